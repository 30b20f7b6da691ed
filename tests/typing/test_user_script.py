"""docs/types.md "Types you can trust": a user script that follows the types passes ``mypy --strict`` with concrete
types, and runs without an AttributeError against payloads that leave out every field Scenario marks
"required" but the client does not guarantee."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scenario_lowcodeapi import Scenario
from tests.conftest import ROOT
from tests.standin import StandIn
from tests.typing.user_script import run

SCRIPT = Path(__file__).with_name("user_script.py")
IMAGE = ROOT / "examples" / "assets" / "sample.png"
TOKEN = "at_typing_tests"
# What a lean Scenario answer may still carry below the root: the guaranteed ids, plus (in "lean" mode)
# the fields the flow needs to make progress: a status to stop waiting, image URLs to download.
FLOW_KEYS = frozenset({"id", "status", "images", "url"})


class LeanStandIn(StandIn):
    """The stand-in, answering with only ``keep`` keys in every object below the payload's root."""

    def __init__(self, keep: frozenset[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.keep = keep

    def _success_envelope(self, payload: Any) -> Any:
        if isinstance(payload, dict):
            payload = {key: self._strip(value) for key, value in payload.items()}
        return super()._success_envelope(payload)

    def _strip(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self._strip(item) for item in value]
        if isinstance(value, dict):
            return {key: self._strip(item) for key, item in value.items() if key in self.keep}
        return value


def test_user_script_passes_mypy_strict_with_concrete_types() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(ROOT / ".mypy_cache"), str(SCRIPT)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    revealed = re.findall(r'Revealed type is "([^"]+)"', result.stdout)
    assert len(revealed) == 11, result.stdout
    for text in revealed:
        assert "Any" not in text and "object" not in text, text
    assert revealed[0] == "scenario_lowcodeapi.models.model.Model"
    assert revealed[1] == "str"  # an id is guaranteed
    assert revealed[2] == "scenario_lowcodeapi.models.model_privacy.ModelPrivacy"  # a default applies
    assert revealed[3].endswith("| scenario_lowcodeapi.types.Unset")  # Scenario may leave it out
    assert revealed[4:7] == [
        "scenario_lowcodeapi.models.inference.Inference",
        "scenario_lowcodeapi.models.job.Job",
        "scenario_lowcodeapi.models.inference.Inference",
    ]
    assert revealed[8] == "scenario_lowcodeapi.models.asset.Asset"
    assert revealed[10] == "scenario_lowcodeapi.models.model.Model"


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "images"


def run_against(standin: StandIn, out: Path) -> list[str]:
    with standin, Scenario(TOKEN, base_url=standin.base_url) as client:
        return run(client, "model_1", IMAGE, out)


def test_user_script_full_payloads(out: Path) -> None:
    log = run_against(StandIn(routing="both"), out)
    assert any(line.startswith("saved 1") for line in log), log
    assert log[-1] == "not found: 404"


def test_user_script_lean_payloads_completes(out: Path) -> None:
    log = run_against(LeanStandIn(FLOW_KEYS, routing="both"), out)
    assert "got model_1, private" in log  # privacy left out: its default
    assert any(line.startswith("saved 1") for line in log), log
    assert log[-1] == "not found: 404"
    assert any("(no name)" in line for line in log)


def test_user_script_ids_only_payloads_end_in_a_typed_error_not_attribute_error(out: Path) -> None:
    # No status anywhere: the wait cannot tell the inference ended; the script sees WaitTimeoutError.
    log = run_against(LeanStandIn(frozenset({"id"}), routing="both"), out)
    assert log[-1].startswith("still unknown after"), log
