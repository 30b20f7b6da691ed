"""``python -m codegen update``: the acceptance of issue #10 part 3, end to end through the command line.

The modified specs are built at run time from whatever the vendored spec is (other work changes overlays and
templates in parallel), and the writing runs happen in a copy of the repository in tmp_path, never in this tree.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen.release import bump
from tests.conftest import ROOT
from tests.conftest import SNAPSHOT_SPEC as SNAPSHOT

NEW_PATH = "/v1/release-test-widgets"
RELEASE_LINE = re.compile(r"^release: (major|minor|patch|none) \((.+)\)$", re.M)


def _vendored() -> dict[str, Any]:
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def spec_with_new_operation() -> dict[str, Any]:
    doc = _vendored()
    source = next(p for p, item in doc["paths"].items() if "{" not in p and "get" in item)
    op = copy.deepcopy(doc["paths"][source]["get"])
    op["summary"], op["description"] = "List release test widgets", "List release test widgets."
    doc["paths"][NEW_PATH] = {"get": op}
    return doc


def spec_without_an_operation() -> tuple[dict[str, Any], str]:
    doc = _vendored()
    path = sorted(doc["paths"])[-1]
    method = sorted(doc["paths"][path])[0]
    del doc["paths"][path][method]
    if not doc["paths"][path]:
        del doc["paths"][path]
    return doc, f"{method.upper()} {path}"


def spec_with_a_required_query_parameter() -> tuple[dict[str, Any], str]:
    doc = _vendored()
    for item in doc["paths"].values():
        for op in item.values():
            for param in op.get("parameters") or []:
                if param.get("in") == "query" and not param.get("required"):
                    param["required"] = True
                    return doc, param["name"]
    raise AssertionError("the vendored spec has no optional query parameter left to make required")


def spec_with_a_new_description() -> dict[str, Any]:
    doc = _vendored()
    op = next(iter(next(iter(doc["paths"].values())).values()))
    op["description"] = "Reworded by the release tests: documentation only."
    return doc


def _write(tmp_path: Path, name: str, doc: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path


def _update(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd / "generated")}
    return subprocess.run(
        [sys.executable, "-m", "codegen", "update", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _release(result: subprocess.CompletedProcess[str]) -> tuple[str, str]:
    assert result.returncode == 0, result.stderr
    lines = RELEASE_LINE.findall(result.stdout)
    assert len(lines) == 1, result.stdout
    return lines[0]


@dataclass
class DryRun:
    result: subprocess.CompletedProcess[str]
    notes: str | None  # what --notes wrote


@pytest.fixture(scope="module")
def dry_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, DryRun]:
    """The four acceptance specs through `update --dry-run`, run side by side (each generates a package)."""
    tmp = tmp_path_factory.mktemp("specs")
    removed, _ = spec_without_an_operation()
    required, _ = spec_with_a_required_query_parameter()
    specs = {
        "vendored": SNAPSHOT,
        "new_operation": _write(tmp, "new.json", spec_with_new_operation()),
        "removed_operation": _write(tmp, "removed.json", removed),
        "required_parameter": _write(tmp, "required.json", required),
        "description": _write(tmp, "description.json", spec_with_a_new_description()),
    }
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated")}
    procs = {
        name: subprocess.Popen(
            [sys.executable, "-m", "codegen", "update", "--spec", str(path), "--dry-run", "--notes", str(tmp / name)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, path in specs.items()
    }
    results: dict[str, DryRun] = {}
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        notes = tmp / name
        results[name] = DryRun(
            subprocess.CompletedProcess(proc.args, proc.returncode, out, err),
            notes.read_text(encoding="utf-8") if notes.exists() else None,
        )
    return results


def test_dry_run_vendored_spec_is_none(dry_runs: dict[str, DryRun]) -> None:
    level, reason = _release(dry_runs["vendored"].result)
    assert level == "none"
    assert "unchanged" in reason


def test_dry_run_new_operation_is_minor(dry_runs: dict[str, DryRun]) -> None:
    result = dry_runs["new_operation"].result
    level, reason = _release(result)
    assert level == "minor"
    assert f"GET {NEW_PATH} added" in reason
    assert f"+ operation added: GET {NEW_PATH}" in result.stdout  # the drift report comes first
    # --notes: the CHANGELOG entry a dry run would write (the weekly workflow's PR body).
    notes = dry_runs["new_operation"].notes
    assert notes is not None and notes.startswith("## [") and "### Added" in notes and f"GET {NEW_PATH}" in notes


def test_dry_run_removed_operation_is_major(dry_runs: dict[str, DryRun]) -> None:
    _, removed = spec_without_an_operation()
    level, reason = _release(dry_runs["removed_operation"].result)
    assert level == "major"
    assert f"operation {removed} removed" in reason


def test_dry_run_query_parameter_made_required_is_major(dry_runs: dict[str, DryRun]) -> None:
    _, name = spec_with_a_required_query_parameter()
    result = dry_runs["required_parameter"].result
    level, reason = _release(result)
    assert level == "major"
    assert f"query parameter {name} is now required" in reason
    # The Python surface agrees: the generated functions' keyword became required.
    assert re.search(r"major: `api\.[\w.]+\.sync\(\)`: parameter `\w+` is now required", result.stdout), result.stdout


def test_dry_run_documentation_only_is_patch(dry_runs: dict[str, DryRun]) -> None:
    level, reason = _release(dry_runs["description"].result)
    assert level == "patch"
    assert "same API" in reason


def test_dry_run_none_writes_no_notes(dry_runs: dict[str, DryRun]) -> None:
    assert dry_runs["vendored"].notes is None


def test_bad_spec_is_one_line_and_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = _update("--spec", bad, "--dry-run")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "is not valid JSON" in result.stderr


# -- writing, in a copy of the repository ----------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _status(repo: Path) -> list[str]:
    return [line[3:] for line in _git(repo, "status", "--porcelain", "--untracked-files=all").splitlines()]


@pytest.fixture(scope="module")
def repo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's files (tracked and new, as in this work tree) in a fresh git repository."""
    files = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    dest = tmp_path_factory.mktemp("repo")
    for rel in filter(None, files):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "copy")
    return dest


def test_write_none_and_failure_leave_the_copy_untouched(repo_copy: Path, tmp_path: Path) -> None:
    level, _ = _release(_update("--spec", repo_copy / "codegen/spec/scenario.openapi.json", cwd=repo_copy))
    assert level == "none"
    assert _status(repo_copy) == []
    # A removed operation that an overlay still names cannot be released unattended: one line, nothing written.
    doc, _ = spec_without_an_operation()
    result = _update("--spec", _write(tmp_path, "removed.json", doc), cwd=repo_copy)
    assert result.returncode == 2, result.stdout
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "overlay" in result.stderr and "nothing written" in result.stderr
    assert _status(repo_copy) == []
    assert not list(repo_copy.glob(".update-*"))


def test_write_minor_bumps_everywhere_and_adds_a_changelog_entry(repo_copy: Path, tmp_path: Path) -> None:
    old = tomllib.loads((repo_copy / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    new = bump(old, "minor")
    result = _update("--spec", _write(tmp_path, "minor.json", spec_with_new_operation()), cwd=repo_copy)
    assert _release(result)[0] == "minor"

    expected = {
        "pyproject.toml",
        "CHANGELOG.md",
        "codegen/spec/scenario.openapi.json",
        "codegen/spec/scenario.openapi.meta.json",
        "generated/api.md",
        "tests/__snapshots__/test_generate/test_generated_tree_snapshot.json",
        "tests/__snapshots__/test_normalize/test_normalized_spec_snapshot.json",
    }
    changed = _status(repo_copy)
    assert {"pyproject.toml", "CHANGELOG.md", "codegen/spec/scenario.openapi.json"} <= set(changed)
    unexpected = [p for p in changed if p not in expected and not p.startswith("generated/scenario_lowcodeapi/")]
    assert unexpected == []
    assert (
        "GET /v1/" in (repo_copy / "generated" / "api.md").read_text()
        and "29 operations" in (repo_copy / "generated" / "api.md").read_text()
    )  # the API reference lists the new operation too
    assert not list(repo_copy.glob(".update-*"))

    # The version, everywhere it is stated: pyproject, __version__, the User-Agent, the CHANGELOG's newest entry.
    assert tomllib.loads((repo_copy / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"] == new
    code = (
        "import scenario_lowcodeapi as s, hashlib, pathlib; "
        "from scenario_lowcodeapi._base_client import USER_AGENT; "
        "print(s.__file__); print(s.__version__); print(USER_AGENT.split()[0]); "
        "print(s.SPEC.sha256 == hashlib.sha256(pathlib.Path('codegen/spec/scenario.openapi.json').read_bytes())"
        ".hexdigest())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=repo_copy,
        env={**os.environ, "PYTHONPATH": str(repo_copy / "generated")},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert out[0].startswith(str(repo_copy))
    assert out[1:] == [new, f"scenario-lowcodeapi/{new}", "True"]
    changelog = (repo_copy / "CHANGELOG.md").read_text(encoding="utf-8")
    entries = re.findall(r"(?m)^## \[(\d+\.\d+\.\d+)\]", changelog)
    assert entries[:2] == [new, old]
    newest = changelog.split(f"## [{old}]")[0]
    assert f"GET {NEW_PATH}" in newest and "### Added" in newest
    assert not any(line.startswith("+ ") for line in newest.splitlines())  # entry, not the raw drift report

    # The snapshots are what `pytest --snapshot-update` would have written, and the package is up to date.
    tests = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "snapshot or up_to_date",
            "tests/test_generate.py",
            "tests/test_normalize.py",
        ],
        cwd=repo_copy,
        env={**os.environ, "PYTHONPATH": str(repo_copy / "generated")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert re.search(r"\d+ passed", tests.stdout) and "failed" not in tests.stdout, tests.stdout[-1000:]


def test_update_normalizes_each_spec_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The drift report, the build, the classification and the normalized-spec snapshot share one normalization of
    the new spec (and one of the vendored one). Generation is stubbed (the committed package stands in for it)."""
    import codegen.generate
    import codegen.normalize
    from codegen.update import run_update

    calls: list[int] = []
    repairs = [lambda doc: calls.append(1), *codegen.normalize.REPAIRS]
    monkeypatch.setattr(codegen.normalize, "REPAIRS", repairs)
    monkeypatch.setattr(codegen.generate, "generate", lambda spec, **_: ROOT / "generated" / "scenario_lowcodeapi")
    said: list[str] = []
    outcome = run_update(spec_path=SNAPSHOT, dry_run=True, say=said.append)
    assert outcome.level == "none" and said[0].startswith("No drift")
    assert len(calls) == 2  # the vendored spec and the new one, once each
