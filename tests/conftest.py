"""Shared fixtures: where things are, and loaders for the vendored specs (codegen/spec, copied from shared/specs)."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from tests.standin import StandIn

ROOT = Path(__file__).resolve().parent.parent
# Every spec variant the tests read is vendored here (see codegen/spec/README.md): a clone needs nothing beside it.
VENDORED_SPECS = ROOT / "codegen" / "spec"
SNAPSHOT_SPEC = VENDORED_SPECS / "scenario.openapi.json"
# The one mypy cache every test that runs mypy uses: `make typecheck` fills it for the package just before pytest.
MYPY_CACHE = ROOT / ".mypy_cache"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def served_spec() -> dict[str, Any]:
    """The vendored snapshot (new-format paths)."""
    return load_json(SNAPSHOT_SPEC)


@functools.cache
def _final_spec() -> dict[str, Any]:
    from codegen.build import build_spec

    return build_spec(load_json(SNAPSHOT_SPEC))


def final_spec_copy() -> dict[str, Any]:
    """The final spec (``build_spec`` of the vendored snapshot: normalized, overlaid, validated; about 3 s), built
    once per test session; each call returns a fresh deep copy (30 ms), so a test may change it."""
    return copy.deepcopy(_final_spec())


@pytest.fixture(scope="session")
def final_spec() -> dict[str, Any]:
    """The final spec, built once per session and shared by the tests that only read it (do not change it: take
    :func:`final_spec_copy` for that)."""
    return _final_spec()


@pytest.fixture(scope="session")
def definition_spec() -> dict[str, Any]:
    """The old-format variant (literal path keys), vendored beside the snapshot."""
    return load_json(VENDORED_SPECS / "scenario.definition.json")


@pytest.fixture
def standin() -> Iterator[StandIn]:
    """A LowCodeAPI stand-in on 127.0.0.1 serving both URL formats, fresh for each test."""
    from tests.standin import StandIn

    with StandIn(routing="both") as s:
        yield s


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_base_url_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client reads LOWCODEAPI_BASE_URL when no base_url is passed: a developer's setting must not leak in."""
    monkeypatch.delenv("LOWCODEAPI_BASE_URL", raising=False)
    monkeypatch.delenv("LOWCODEAPI_URL_FORMAT", raising=False)
