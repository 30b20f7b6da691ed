"""Shared fixtures: where things are, and loaders for the specs in ../shared (tests may read it)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPECS = ROOT.parent / "shared" / "specs"
SNAPSHOT_SPEC = ROOT / "codegen" / "spec" / "scenario.openapi.json"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def served_spec() -> dict[str, Any]:
    """The vendored snapshot (new-format paths)."""
    return load_json(SNAPSHOT_SPEC)


@pytest.fixture(scope="session")
def definition_spec() -> dict[str, Any]:
    """The old-format variant from ../shared (literal path keys)."""
    path = SHARED_SPECS / "scenario.definition.json"
    if not path.exists():
        pytest.fail(f"{path} is missing: tests need ../shared/specs beside the repository")
    return load_json(path)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _fresh_format_memory() -> Iterator[None]:
    """The URL format a base URL answers to is remembered process-wide: start each test without it."""
    from scenario_lowcodeapi._routing import format_memory

    format_memory.clear()
    yield
    format_memory.clear()
