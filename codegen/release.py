"""Versions and spec identity: the one version (``pyproject.toml`` ``[project] version``) and the metadata of the
vendored spec (``codegen/spec/scenario.openapi.meta.json``: its sha256 and the date it was fetched).

Generation reads both from disk (never the clock or the network), so the same repository state always gives the
same ``__version__`` and ``SPEC`` in the generated package.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .errors import CodegenError
from .paths import ROOT

PYPROJECT = ROOT / "pyproject.toml"
SPEC_META = ROOT / "codegen" / "spec" / "scenario.openapi.meta.json"
CHANGELOG = ROOT / "CHANGELOG.md"

Level = Literal["major", "minor", "patch", "none"]
LEVELS: tuple[Level, ...] = ("none", "patch", "minor", "major")

_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
# The version line of the [project] table: the first `version = "..."` after `[project]` and before the next table.
_PROJECT_VERSION = re.compile(r'(?ms)^(\[project\][ \t]*$(?:(?!^\[).)*?^version[ \t]*=[ \t]*")([^"\n]*)(")')


def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3)``; anything that is not plain MAJOR.MINOR.PATCH is a one-line CodegenError."""
    match = _SEMVER.fullmatch(text.strip())
    if not match:
        raise CodegenError(f"version {text!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def bump(version: str, level: Level) -> str:
    """The next SemVer version for a change of ``level`` (``none`` keeps it)."""
    major, minor, patch = parse_version(version)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    if level == "none":
        return version
    raise CodegenError(f"unknown release level {level!r}")


def read_version(pyproject: Path = PYPROJECT) -> str:
    """``[project] version`` of ``pyproject.toml``: the single source of the package version."""
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CodegenError(f"cannot read the version from {pyproject}: {exc}") from None
    version = data.get("project", {}).get("version")
    if not isinstance(version, str):
        raise CodegenError(f"{pyproject} has no [project] version string")
    parse_version(version)
    return version


def with_version(pyproject_text: str, version: str) -> str:
    """``pyproject.toml``'s text with ``[project] version`` set to ``version`` (nothing else touched)."""
    parse_version(version)
    new, count = _PROJECT_VERSION.subn(lambda m: f"{m.group(1)}{version}{m.group(3)}", pyproject_text, count=1)
    if count != 1:
        raise CodegenError('pyproject.toml has no `version = "..."` line in its [project] table')
    return new


@dataclass(frozen=True)
class SpecMeta:
    """What ``scenario_lowcodeapi.SPEC`` reports: the served spec's sha256 and the date (UTC) it was fetched."""

    sha256: str
    fetched: str

    def to_json(self) -> str:
        return json.dumps({"sha256": self.sha256, "fetched": self.fetched}, indent=2) + "\n"


def today() -> str:
    """The UTC date, YYYY-MM-DD (what a fetch records)."""
    import datetime

    return datetime.datetime.now(datetime.UTC).date().isoformat()


def spec_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def spec_text(doc: object) -> str:
    """How the vendored snapshot is written (and so what its sha256 is taken over)."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def read_spec_meta(path: Path = SPEC_META) -> SpecMeta:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CodegenError(f"cannot read spec metadata {path}: {exc}") from None
    if not isinstance(data, dict):
        raise CodegenError(f"{path}: not a JSON object")
    sha, fetched = data.get("sha256"), data.get("fetched")
    if not (isinstance(sha, str) and re.fullmatch(r"[0-9a-f]{64}", sha)):
        raise CodegenError(f"{path}: 'sha256' must be 64 lowercase hex digits")
    if not (isinstance(fetched, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", fetched)):
        raise CodegenError(f"{path}: 'fetched' must be a YYYY-MM-DD date")
    return SpecMeta(sha256=sha, fetched=fetched)


def spec_meta_for(data: bytes, *, meta_path: Path = SPEC_META, fetched: str = "unknown") -> SpecMeta:
    """The metadata of a spec given as bytes: the vendored metadata when it is the vendored spec, else its sha256
    with ``fetched`` (``"unknown"`` for a file of unknown origin)."""
    sha = spec_sha256(data)
    meta = read_spec_meta(meta_path)
    return meta if meta.sha256 == sha else SpecMeta(sha256=sha, fetched=fetched)


@dataclass(frozen=True)
class Release:
    """What a generated package states about itself: its version and the spec it was generated from."""

    version: str
    spec: SpecMeta


def current_release(pyproject: Path = PYPROJECT, meta_path: Path = SPEC_META) -> Release:
    return Release(version=read_version(pyproject), spec=read_spec_meta(meta_path))
