"""examples/batch.py (shown in full in docs/batches.md) runs against the stand-in, re-runs for free, stops at a budget,
and passes mypy --strict."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MYPY_CACHE
from tests.standin import StandIn
from tests.test_batch import paid_creates

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "batch.py"
sys.path.insert(0, str(ROOT / "examples"))

import batch as example  # noqa: E402


def test_the_readme_shows_the_example_in_full() -> None:
    readme = (ROOT / "docs" / "batches.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- batch-example:start -->\n```python\n(.*?)```\n<!-- batch-example:end -->", readme, re.S)
    assert block is not None, "docs/batches.md has no batch example block"
    assert block.group(1) == EXAMPLE.read_text(encoding="utf-8")


def test_the_example_runs_and_reruns_for_free(
    standin: StandIn, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOWCODEAPI_API_TOKEN", "at_example")
    argv = ["model_1", "--out-dir", str(tmp_path), "--base-url", standin.base_url]
    assert example.main(argv) == 0
    out = capsys.readouterr().out
    assert "estimated cost: 80 credits for 8 requests" in out and "charged: 80 credits; failed: 0; unknown: 0" in out
    assert len(list(tmp_path.glob("*.png"))) == 16 and len(paid_creates(standin)) == 8
    assert example.main(argv) == 0  # the second run skips everything
    out = capsys.readouterr().out
    assert out.count("skipped") == 8 and len(paid_creates(standin)) == 8
    assert sum(1 for i in standin.store.inferences.values() if i["parameters"]["prompt"].startswith("pixel-art")) == 8


def test_the_example_stops_at_its_budget(
    standin: StandIn, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOWCODEAPI_API_TOKEN", "at_example")
    argv = ["model_1", "--out-dir", str(tmp_path), "--base-url", standin.base_url, "--max-cost", "50"]
    assert example.main(argv) == 2
    assert "not started: the batch would cost 80 creative units" in capsys.readouterr().out
    assert paid_creates(standin) == []


def test_the_example_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(MYPY_CACHE), str(EXAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
