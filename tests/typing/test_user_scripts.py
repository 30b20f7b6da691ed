"""docs/types.md "Types you can trust": the user scripts type-check with concrete types (never Any or object) and the
one that runs never meets an AttributeError, whatever non-guaranteed field Scenario leaves out (conftest.py: the one
mypy run and the one pyright run these tests read)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from scenario_lowcodeapi import Scenario
from tests.standin import StandIn
from tests.typing.conftest import ROOT, USER_FLOW, MypyResult
from tests.typing.user_script import run

SCRIPT = USER_FLOW
IMAGE = ROOT / "examples" / "assets" / "sample.png"
TOKEN = "at_typing_tests"
# What a lean Scenario answer may still carry below the root: the guaranteed ids, plus (in "lean" mode)
# the fields the flow needs to make progress: a status to stop waiting, image URLs to download.
FLOW_KEYS = frozenset({"id", "status", "images", "url"})


# -- user_flow.py: mypy --strict and pyright (strict) show the expected concrete types ------------------------------


def expectations() -> dict[int, str]:
    """line number -> the type its ``reveal_type`` must show (from the ``# expect:`` comment)."""
    found = {}
    for number, line in enumerate(SCRIPT.read_text(encoding="utf-8").splitlines(), start=1):
        match = re.search(r"reveal_type\(.*\)\s+# expect: (.+)$", line)
        if match:
            found[number] = match.group(1).strip()
    assert len(found) >= 15
    return found


def _short(type_text: str) -> str:
    """mypy's ``scenario_lowcodeapi.models.model.Model`` / ``builtins.list[pathlib.Path]`` as written in code."""
    text = re.sub(r"\b(?:[a-z_][a-z0-9_]*\.)+([A-Za-z_]\w*)", r"\1", type_text)
    return text.replace("Union[", "").replace("None]", "None")


def test_mypy_strict_reveals_concrete_types(mypy_user_flow: MypyResult) -> None:
    result = mypy_user_flow
    revealed: dict[int, str] = {}
    problems = []
    for line in result.stdout.splitlines():
        match = re.match(r".*user_flow\.py:(\d+): note: Revealed type is \"(.*)\"$", line)
        if match:
            revealed[int(match.group(1))] = _short(match.group(2))
        elif line.strip():
            problems.append(line)
    assert not problems, "\n".join(problems)
    assert revealed == expectations()


def test_pyright_strict_reveals_concrete_types(pyright_report: Any) -> None:
    report = pyright_report
    problems = [d for d in report["generalDiagnostics"] if d["severity"] != "information"]
    assert not problems, json.dumps(problems, indent=1)
    revealed = {}
    for diagnostic in report["generalDiagnostics"]:
        match = re.fullmatch(r'Type of ".*" is "(.*)"', diagnostic["message"])
        if match:
            revealed[diagnostic["range"]["start"]["line"] + 1] = match.group(1)
    assert revealed == expectations()


# -- user_script.py: mypy --strict with concrete types, and runs on lean payloads -----------------------------------


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


def test_user_script_passes_mypy_strict_with_concrete_types(mypy_user_script: MypyResult) -> None:
    result = mypy_user_script
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
