"""drift: what changed between the served spec and the vendored snapshot, named per operation."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.__main__ import main
from codegen.drift import diff_specs, report
from tests.conftest import SNAPSHOT_SPEC, VENDORED_SPECS


def _changed(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    del spec["paths"]["/v1/tags"]
    spec["paths"]["/v1/models"]["get"]["parameters"].append(
        {"name": "sortBy", "in": "query", "schema": {"type": "string", "example": ""}}
    )
    return spec


def test_no_drift_against_itself_or_the_old_format(
    served_spec: dict[str, Any], definition_spec: dict[str, Any]
) -> None:
    assert report(served_spec, served_spec) == ("No drift: the spec matches the vendored snapshot.", 0)
    assert diff_specs(served_spec, definition_spec) == []


def test_added_operation_removed_parameter_and_retyped_field(served_spec: dict[str, Any]) -> None:
    new = copy.deepcopy(served_spec)
    new["paths"]["/v1/assets"] = {"get": {"responses": {}, "summary": "List assets"}}
    params = new["paths"]["/v1/models"]["get"]["parameters"]
    new["paths"]["/v1/models"]["get"]["parameters"] = [p for p in params if p["name"] != "privacy"]
    new["paths"]["/v1/images/upscale"]["put"]["requestBody"]["content"]["application/json"]["schema"]["properties"][
        "scalingFactor"
    ]["type"] = "string"
    text, code = report(served_spec, new)
    assert code == 1
    assert "+ operation added: GET /v1/assets" in text
    assert "- query parameter privacy removed (was string)" in text
    assert "~ body field scalingFactor retyped: number -> string" in text
    assert "~ operation changed: GET /v1/models" in text and "~ operation changed: PUT /v1/images/upscale" in text


def test_cli_drift_exit_codes(tmp_path: Path, served_spec: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(_changed(served_spec)))
    assert main(["drift", "--spec", str(changed)]) == 1
    out = capsys.readouterr().out
    assert "- operation removed: GET /v1/tags" in out
    assert "+ query parameter sortBy added (string)" in out
    assert main(["drift", "--spec", str(SNAPSHOT_SPEC)]) == 0
    assert main(["drift", "--spec", str(VENDORED_SPECS / "scenario.definition.json")]) == 0
