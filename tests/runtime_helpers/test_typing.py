"""mypy --strict sees the real item types through sync_page / async_page (typed_snippet.py), not Any."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MYPY_CACHE

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SNIPPET = HERE / "typed_snippet.py"

NEGATIVE = """\
from typing import assert_type

from codegen.runtime._pagination import sync_page
from tests.runtime_helpers.typed_snippet import get_models

for m in sync_page(get_models, lambda r: r.models, lambda r: r.next_pagination_token):
    assert_type(m, str)
"""

pytestmark = pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")


def mypy(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(MYPY_CACHE),
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_item_types_are_inferred(tmp_path: Path) -> None:
    negative = tmp_path / "negative_snippet.py"
    negative.write_text(NEGATIVE, encoding="utf-8")
    result = mypy(SNIPPET, negative)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    # typed_snippet.py is clean; the one deliberate mistake shows the precise item type (not Any).
    assert not [line for line in lines if "typed_snippet" in line], result.stdout + result.stderr
    assert len(lines) == 1, result.stdout + result.stderr
    assert 'Expression is of type "Model", not "str"' in lines[0]
    assert result.returncode == 1
