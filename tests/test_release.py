"""Releases you can pin: one version everywhere, SPEC names the spec, the User-Agent carries both versions,
and the pieces of ``codegen update`` (SemVer bump, pyproject rewrite, metadata, CHANGELOG entry) behave."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from codegen.api_diff import Change, highest, ordered
from codegen.errors import CodegenError
from codegen.release import SPEC_META, bump, parse_version, read_spec_meta, read_version, with_version
from codegen.update import changelog_entry, prepend_entry
from tests.conftest import ROOT
from tests.conftest import SNAPSHOT_SPEC as SNAPSHOT
from tests.standin import StandIn

PYPROJECT = ROOT / "pyproject.toml"


def _pyproject_version() -> str:
    return str(tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"])


# -- one version, stated consistently ---------------------------------------------------------------------------


def test_version_is_semver_and_the_same_everywhere() -> None:
    import yaml

    import scenario_lowcodeapi

    version = _pyproject_version()
    parse_version(version)
    assert read_version() == version
    assert scenario_lowcodeapi.__version__ == version
    config = yaml.safe_load((ROOT / "codegen" / "config.yaml").read_text(encoding="utf-8"))
    # openapi-python-client's setting is derived from pyproject at generation time; a stale copy may not linger.
    assert config.get("package_version_override") in (None, version)
    from scenario_lowcodeapi._base_client import USER_AGENT

    assert USER_AGENT == f"scenario-lowcodeapi/{version} python/{sys.version_info[0]}.{sys.version_info[1]}"


def test_changelog_names_the_current_version_first() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = re.findall(r"(?m)^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", text)
    assert releases, "CHANGELOG.md has no `## [x.y.z] - YYYY-MM-DD` entry"
    assert releases[0][0] == _pyproject_version()
    versions = [parse_version(v) for v, _ in releases]
    assert versions == sorted(versions, reverse=True), "entries must be newest first"


def test_license_is_mit_and_metadata_says_so() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert {"Homepage", "Changelog", "Issues"} <= set(project["urls"])
    assert "Programming Language :: Python :: 3.13" in project["classifiers"]
    assert "Typing :: Typed" in project["classifiers"]


def test_spec_metadata_matches_the_vendored_spec() -> None:
    import scenario_lowcodeapi

    meta = read_spec_meta()
    digest = hashlib.sha256(SNAPSHOT.read_bytes()).hexdigest()
    assert meta.sha256 == digest
    assert scenario_lowcodeapi.SPEC.sha256 == digest
    assert scenario_lowcodeapi.SPEC.fetched == meta.fetched
    assert scenario_lowcodeapi.SPEC == (digest, meta.fetched)  # a NamedTuple: immutable, comparable, unpackable
    with pytest.raises(AttributeError):
        scenario_lowcodeapi.SPEC.sha256 = "0" * 64  # type: ignore[misc]


def test_version_and_spec_do_not_import_httpx() -> None:
    """Reading __version__ / SPEC stays cheap: the package init is lazy, nothing heavy loads."""
    code = (
        "import sys, scenario_lowcodeapi as s; print(s.__version__, s.SPEC.sha256, s.SPEC.fetched); "
        "print(sorted(m for m in ('httpx', 'attrs', 'scenario_lowcodeapi._base_client') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == f"{_pyproject_version()} {read_spec_meta().sha256} {read_spec_meta().fetched}"
    assert out[1] == "[]"


def test_user_agent_on_the_wire_carries_both_versions() -> None:
    from scenario_lowcodeapi import Scenario
    from scenario_lowcodeapi.api.models import list_models

    expected = f"scenario-lowcodeapi/{_pyproject_version()} python/{sys.version_info[0]}.{sys.version_info[1]}"
    with StandIn(routing="both") as s:
        with Scenario("at_release_token_1", base_url=s.base_url) as client:
            client.models.get("model_1")
            list_models.sync(client=client.client)
        agents = [r.headers.get("user-agent") for r in s.requests]
    assert agents and all(agent == expected for agent in agents), agents


# -- versions and metadata files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [
        ("1.0.0", "major", "2.0.0"),
        ("1.4.7", "major", "2.0.0"),
        ("1.4.7", "minor", "1.5.0"),
        ("1.4.7", "patch", "1.4.8"),
        ("1.4.7", "none", "1.4.7"),
        ("0.9.9", "minor", "0.10.0"),
    ],
)
def test_bump(version: str, level: str, expected: str) -> None:
    assert bump(version, level) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["1.0", "v1.0.0", "1.0.0-rc1", "01.0.0", "", "1.0.0\n2"])
def test_non_semver_versions_are_refused_in_one_line(bad: str) -> None:
    with pytest.raises(CodegenError, match="is not MAJOR.MINOR.PATCH") as info:
        parse_version(bad)
    assert "\n" not in str(info.value).replace(repr(bad), "")


def test_with_version_rewrites_only_the_project_version() -> None:
    text = PYPROJECT.read_text(encoding="utf-8")
    new = with_version(text, "7.8.9")
    assert tomllib.loads(new)["project"]["version"] == "7.8.9"
    changed = [(a, b) for a, b in zip(text.splitlines(), new.splitlines(), strict=True) if a != b]
    assert len(changed) == 1
    hostile = '[tool.other]\nversion = "0.0.1"\n\n[project]\nname = "x"\nversion = "1.0.0"\n'
    out = with_version(hostile, "2.0.0")
    assert tomllib.loads(out) == {"tool": {"other": {"version": "0.0.1"}}, "project": {"name": "x", "version": "2.0.0"}}
    for no_version in ('[project]\nname = "x"\n', '[project]\nname = "x"\n\n[tool.x]\nversion = "0.0.1"\n'):
        with pytest.raises(CodegenError, match=r"no `version = \"...\"` line"):
            with_version(no_version, "1.0.0")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "cannot read spec metadata"),
        ("[]", "not a JSON object"),
        ('{"sha256": "abc", "fetched": "2026-01-01"}', "'sha256' must be 64"),
        ('{"sha256": "' + "a" * 64 + '", "fetched": "yesterday"}', "'fetched' must be a YYYY-MM-DD"),
    ],
)
def test_bad_spec_metadata_is_one_clear_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "meta.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CodegenError, match=message) as info:
        read_spec_meta(path)
    assert "\n" not in str(info.value)


def test_metadata_file_is_what_update_spec_writes() -> None:
    data = json.loads(SPEC_META.read_text(encoding="utf-8"))
    assert set(data) == {"sha256", "fetched"}
    assert SPEC_META.read_text(encoding="utf-8") == read_spec_meta().to_json()


# -- classification and CHANGELOG entries -----------------------------------------------------------------------


def test_highest_level_and_breaking_first() -> None:
    changes = [
        Change("patch", "docs"),
        Change("minor", "operation `GET /v1/a` added"),
        Change("major", "operation `GET /v1/b` removed"),
        Change("minor", "operation `GET /v1/a` added"),
    ]
    assert highest(changes) == "major"
    assert highest([]) == "none"
    assert [c.level for c in ordered(changes)] == ["major", "minor", "patch"]


def test_changelog_entry_sections_breaking_first() -> None:
    changes = ordered(
        [
            Change("minor", "operation `POST /v1/widgets` added"),
            Change("major", "`GET /v1/models`: query parameter `status` is now required"),
            Change("major", "operation `GET /v1/usages` removed"),
            Change("minor", "`GET /v1/models`: query parameter `kind`: enum value `x` added"),
            Change("patch", "generated code changed with the same API (documentation, templates or runtime)"),
        ]
    )
    entry = changelog_entry("2.0.0", "2026-12-01", "major", changes, "f" * 64, "2026-12-01")
    assert entry.startswith("## [2.0.0] - 2026-12-01\n")
    titles = re.findall(r"(?m)^### (.+)$", entry)
    assert titles == ["Removed (breaking)", "Changed (breaking)", "Added", "Changed"]
    for change in changes:
        assert f"- {change.text}" in entry


def test_prepend_entry_keeps_history_and_unreleased_on_top() -> None:
    old = "# Changelog\n\nintro\n\n## [Unreleased]\n\n- wip\n\n## [1.0.0] - 2026-11-30\n\n- first\n"
    new = prepend_entry(old, "## [1.1.0] - 2026-12-01\n\n- second\n")
    assert new.index("## [Unreleased]") < new.index("## [1.1.0]") < new.index("## [1.0.0]")
    assert new.endswith("- first\n") and "intro" in new
    fresh = prepend_entry("", "## [1.0.1] - 2026-12-01\n\n- x\n")
    assert fresh.startswith("# Changelog") and "## [1.0.1]" in fresh


# -- what the spec says that the Python surface cannot (spec_changes) ---------------------------------------------


def _spec(params: list[dict[str, object]], body: dict[str, object] | None = None) -> dict[str, object]:
    op: dict[str, object] = {"parameters": params, "responses": {"200": {"description": "ok"}}}
    if body is not None:
        op["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return {"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {"/v1/things": {"post": op}}}


def _q(name: str, required: bool = False, **schema: object) -> dict[str, object]:
    return {"name": name, "in": "query", "required": required, "schema": {"type": "string", **schema}}


def _items(ref: str) -> dict[str, object]:
    """A body whose ``tags`` field is an array of ``ref``."""
    tags = {"type": "array", "items": {"$ref": f"#/components/schemas/{ref}"}}
    return _spec([], {"type": "object", "properties": {"tags": tags}})


@pytest.mark.parametrize(
    ("old", "new", "level", "words"),
    [
        (_spec([_q("kind", enum=["a"])]), _spec([_q("kind", enum=["a", "b"])]), "minor", "enum value `b` added"),
        (_spec([_q("kind", enum=["a", "b"])]), _spec([_q("kind", enum=["a"])]), "major", "enum value `b` removed"),
        (_spec([_q("page")]), _spec([_q("page", required=True)]), "major", "query parameter `page` is now required"),
        (_spec([_q("page", required=True)]), _spec([_q("page")]), "minor", "is now optional"),
        (_spec([_q("page")]), _spec([]), "major", "query parameter `page` removed"),
        (_spec([]), _spec([_q("page")]), "minor", "optional query parameter `page` added"),
        (_spec([]), _spec([_q("page", required=True)]), "major", "required query parameter `page` added"),
        (_spec([_q("n")]), _spec([{**_q("n"), "schema": {"type": "integer"}}]), "major", "type string -> integer"),
        (
            _spec([], {"type": "object", "properties": {"name": {"type": "string"}}}),
            _spec([], {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}),
            "major",
            "body field `name` is now required",
        ),
        (
            _spec([], {"type": "object", "properties": {}}),
            _spec([], {"type": "object", "properties": {"seed": {"type": "integer"}}}),
            "minor",
            "optional body field `seed` added",
        ),
        (_items("Tag"), _items("Label"), "major", "body field `tags` type array<Tag> -> array<Label>"),
    ],
)
def test_spec_changes_classify_request_shapes(
    old: dict[str, object], new: dict[str, object], level: str, words: str
) -> None:
    from codegen.api_diff import spec_changes

    changes = spec_changes(old, new)
    assert highest(changes) == level, changes
    assert any(words in c.text and "POST /v1/things" in c.text for c in changes), changes
    assert spec_changes(old, old) == []


# -- the Python surface (surface_changes), on synthetic entries -------------------------------------------------


def test_surface_changes_classify_the_python_api() -> None:
    from codegen.api_diff import Entry, Param, surface_changes

    pkg = "scenario_lowcodeapi"

    def fn(*params: Param) -> Entry:
        return Entry("function", params=params, annotation="Model")

    opt, req = Param("page_size", "keyword-only", False, "int | Unset"), Param("model_id", "positional", True, "str")
    old = {
        f"{pkg}.api": Entry("module"),
        f"{pkg}.api.gone": Entry("module"),
        f"{pkg}.api.gone.sync": fn(),
        f"{pkg}.api.models.list_models.sync": fn(opt),
        f"{pkg}.api.models.get_model.sync": fn(req),
        f"{pkg}.models.Model.name": Entry("attribute", annotation="str | Unset", has_default=True),
        f"{pkg}.models.Model.size": Entry("attribute", annotation="int"),
        f"{pkg}.models.Status.TRAINED": Entry("attribute", annotation="", has_default=True),
        f"{pkg}.models.Model.tag": Entry("attribute", annotation="str | Unset"),
        f"{pkg}.api.tags.list_tags.sync": fn(Param("limit", "keyword-only", True, "int")),
    }
    new = {
        f"{pkg}.api": Entry("module"),
        f"{pkg}.api.widgets": Entry("module"),
        f"{pkg}.api.widgets.sync": fn(),
        f"{pkg}.api.models.list_models.sync": fn(Param("page_size", "keyword-only", True, "int")),
        f"{pkg}.api.models.get_model.sync": fn(req, Param("seed", "keyword-only", False, "int | Unset")),
        f"{pkg}.models.Model.name": Entry("attribute", annotation="str | Unset", has_default=True),
        f"{pkg}.models.Model.size": Entry("attribute", annotation="str"),
        f"{pkg}.models.Status.TRAINED": Entry("attribute", annotation="", has_default=True),
        f"{pkg}.models.Status.COPYING": Entry("attribute", annotation="", has_default=True),
        f"{pkg}.models.Model.tag": Entry("attribute", annotation="str"),  # narrower: readers get more
        f"{pkg}.api.tags.list_tags.sync": fn(Param("limit", "keyword-only", True, "int | str")),  # accepts more
    }
    got = {(c.level, c.text) for c in surface_changes(old, new)}
    assert got == {
        ("major", "`api.gone` (module) removed"),  # its children are not repeated
        ("minor", "`api.widgets` (module) added"),
        ("major", "`api.models.list_models.sync()`: parameter `page_size` is now required"),
        ("minor", "`api.models.get_model.sync()`: optional parameter `seed` added"),
        ("major", "`models.Model.size` type int -> str"),
        ("minor", "`models.Status.COPYING` (attribute) added"),  # an enum value added
        ("minor", "`models.Model.tag` type str | Unset -> str"),
        ("minor", "`api.tags.list_tags.sync()`: parameter `limit` type int -> int | str"),
    }
    assert surface_changes(old, old) == []
