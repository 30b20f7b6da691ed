"""`scenario-lowcodeapi doctor` as a subprocess against the stand-in and raw servers, in each mode LowCodeAPI can be
in: exit status, the --json fields, the human lines, and no token anywhere in the output."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import TOKEN, closed_port, run_cli
from tests.conftest import SNAPSHOT_SPEC, load_json
from tests.faults import Fault, FaultServer
from tests.standin import StandIn

CHECKS = ["connection", "token", "url_format", "envelope", "spec", "versions"]


def line(run_stdout: str, name: str) -> str:
    """The human line of check ``name`` (plain mode: ``[ok]   name  summary``)."""
    found = [text for text in run_stdout.splitlines() if text[7:].startswith(name + " ")]
    assert len(found) == 1, run_stdout
    return found[0]


@pytest.mark.parametrize(
    ("routing", "envelope", "new", "old"),
    [("new", "data", True, False), ("old", "result", False, True), ("both", "data", True, True)],
)
def test_formats_and_envelopes(routing: str, envelope: str, new: bool, old: bool) -> None:
    with StandIn(routing=routing, envelope=envelope) as standin:  # type: ignore[arg-type]
        report = run_cli("doctor", "--json", base_url=standin.base_url)
        human = run_cli("doctor", base_url=standin.base_url)
        requests = standin.requests
    assert report.status == 0 and human.status == 0, report.stdout + report.stderr
    data = report.json()
    assert data["status"] == "all good" and data["exit_status"] == 0 and list(data["checks"]) == CHECKS
    checks = data["checks"]
    assert checks["token"]["accepted"] is True and checks["token"]["env"] == "LOWCODEAPI_API_TOKEN"
    assert checks["connection"]["reachable"] is True and checks["connection"]["status_code"] == 200
    assert isinstance(checks["connection"]["latency_ms"], float) and checks["connection"]["tls"] is None
    assert (checks["url_format"]["new"], checks["url_format"]["old"]) == (new, old)
    assert checks["envelope"]["envelope"] == envelope
    assert checks["spec"]["status"] == "ok" and checks["spec"]["same_file"] is True
    assert checks["spec"]["breaking"] == [] and checks["spec"]["additive"] == []
    assert checks["versions"]["package"] and len(checks["versions"]["spec_sha256"]) == 64
    # free reads only: GETs, and the token went to the base URL alone (never with the spec)
    assert {r.method for r in requests} == {"GET"}
    assert all("api_token" not in r.query for r in requests if r.path.endswith("/openapi"))
    # human lines, one per check, with a mark
    assert line(human.stdout, "token").startswith("[ok]") and "accepted" in line(human.stdout, "token")
    fmt = line(human.stdout, "url format")
    if old and not new:
        assert fmt.startswith("[warn]") and "old only" in fmt and "url_format='old'" in fmt
    else:
        assert fmt.startswith("[ok]") and ("new and old" if old else "new only") in fmt
    assert f"{envelope}:" in line(human.stdout, "envelope")
    assert human.lines[-1] == "doctor: all good (exit status 0)"
    assert "\x1b" not in human.stdout and "\r" not in human.stdout  # a pipe gets plain lines


def test_verbose_output_and_token_from_another_variable(old_result: StandIn) -> None:
    report = run_cli(
        "doctor", "--verbose", "--api-token-env", "MY_TOKEN", base_url=old_result.base_url, token=None, MY_TOKEN=TOKEN
    )
    assert report.status == 0, report.stdout
    assert "$MY_TOKEN accepted" in line(report.stdout, "token")  # run_cli asserts the token itself is nowhere
    assert "debug: doctor: GET http://127.0.0.1:" in report.stderr and "api_token=***" in report.stderr
    listing = run_cli("models", "list", "-v", base_url=old_result.base_url)
    assert listing.status == 0 and "debug: HTTP GET" in listing.stderr and "api_token=***" in listing.stderr


def test_unreachable_host_is_a_problem_not_a_traceback() -> None:
    base_url = f"http://127.0.0.1:{closed_port()}/scenario"
    report = run_cli("doctor", "--json", "--timeout", "5", base_url=base_url)
    human = run_cli("doctor", "--timeout", "5", base_url=base_url)
    assert report.status == 1 and human.status == 1
    checks = report.json()["checks"]
    assert checks["connection"]["status"] == "fail" and checks["connection"]["reachable"] is False
    assert "cannot reach 127.0.0.1:" in checks["connection"]["summary"]
    assert checks["token"]["status"] == "unknown" and checks["url_format"]["status"] == "unknown"
    assert checks["spec"]["status"] == "unknown" and "--spec PATH|URL" in checks["spec"]["summary"]
    assert line(human.stdout, "connection").startswith("[FAIL]")
    assert human.lines[-1] == "doctor: a problem (exit status 1)"


def test_missing_token(old_result: StandIn) -> None:
    report = run_cli("doctor", "--json", base_url=old_result.base_url, token=None)
    assert report.status == 1
    token = report.json()["checks"]["token"]
    assert token["status"] == "fail" and token["present"] is False
    assert token["summary"].startswith("not set: $LOWCODEAPI_API_TOKEN is empty")


def test_malformed_token_refused_by_lowcodeapi(old_result: StandIn) -> None:
    report = run_cli("doctor", "--json", base_url=old_result.base_url, token="not_a_lowcodeapi_token_SECRET")
    assert report.status == 1
    token = report.json()["checks"]["token"]
    assert token["accepted"] is False and token["status_code"] == 401
    assert token["refused_by"] == "lowcodeapi" and token["refusal"] == "token-missing-or-malformed"
    assert "start with at_" in token["summary"]
    # the format and envelope are still told from the answers that refused it
    checks = report.json()["checks"]
    assert checks["envelope"]["envelope"] == "result" and checks["url_format"]["old"] is True


# LowCodeAPI's own answers (LOWCODEAPI.md: check-token.ts, measured on the open-source server).
REFUSALS = {
    "unknown token": (
        403,
        {
            "message": "Invalid api_token",
            "provider": "scenario",
            "error": {"code": "403", "message": "Invalid api_token"},
        },
        "lowcodeapi",
        "token-unknown",
        "LowCodeAPI does not know this token",
    ),
    "no Scenario credentials": (
        403,
        {
            "message": "Credentials not found for provider scenario",
            "provider": "scenario",
            "error": {"code": "403", "message": "Credentials not found for provider scenario"},
        },
        "lowcodeapi",
        "no-scenario-credentials",
        "no Scenario credentials connected",
    ),
    "Scenario refused the credentials": (
        401,
        {
            "message": "Unauthorized",
            "provider": "scenario",
            "error": {"id": "err_1", "apiError": "unauthorized", "error": "Invalid API key", "infos": {}},
            "headers": {},
        },
        "scenario",
        "scenario-refused-credentials",
        "Scenario refused the Scenario key/secret",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_who_refused_the_token_raw_server(case: str) -> None:
    status, body, side, kind, words = REFUSALS[case]
    with FaultServer(Fault("status", status=status, body=json.dumps(body).encode())) as server:
        report = run_cli("doctor", "--json", base_url=server.base_url)
        human = run_cli("doctor", base_url=server.base_url)
    assert report.status == 1 and human.status == 1
    token = report.json()["checks"]["token"]
    assert (token["status"], token["accepted"], token["refused_by"], token["refusal"]) == ("fail", False, side, kind)
    assert words in token["summary"]
    assert line(human.stdout, "token").startswith("[FAIL]") and words in line(human.stdout, "token")


def drifted_spec(tmp_path: Path, *, breaking: bool) -> Path:
    """The vendored spec with an optional query parameter and an operation added and, if ``breaking``, an operation
    removed and a parameter made required."""
    doc: dict[str, Any] = copy.deepcopy(load_json(SNAPSHOT_SPEC))
    paths = doc["paths"]
    paths["/v1/tags"]["get"]["parameters"].append({"name": "sortBy", "in": "query", "schema": {"type": "string"}})
    paths["/v1/assets"] = {"get": {"summary": "List assets", "parameters": [], "responses": {}}}
    if breaking:
        del paths["/v1/models/{modelId}"]["delete"]
        for param in paths["/v1/models"]["get"]["parameters"]:
            if param["name"] == "status":
                param["required"] = "true"  # the converter writes flags as strings
    path = tmp_path / "drifted.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_drifted_spec_breaking(old_result: StandIn, tmp_path: Path) -> None:
    spec = drifted_spec(tmp_path, breaking=True)
    report = run_cli("doctor", "--json", "--spec", str(spec), base_url=old_result.base_url)
    human = run_cli("doctor", "--spec", str(spec), base_url=old_result.base_url)
    assert report.status == 1 and human.status == 1
    check = report.json()["checks"]["spec"]
    assert check["status"] == "fail" and check["same_file"] is False and check["source"] == str(spec)
    assert {(c["operation"], c["change"]) for c in check["breaking"]} == {
        ("DELETE /v1/models/{modelId}", "operation removed"),
        ("GET /v1/models", "parameter query status now required"),
    }
    assert {(c["operation"], c["change"]) for c in check["additive"]} == {
        ("GET /v1/assets", "operation added"),
        ("GET /v1/tags", "parameter query sortBy added (optional)"),
    }
    text = human.stdout
    assert line(text, "spec").startswith("[FAIL]") and "2 change(s) break calls this version makes" in text
    assert "- DELETE /v1/models/{modelId}: operation removed" in text
    assert "+ GET /v1/tags: parameter query sortBy added (optional)" in text


def test_drifted_spec_additive_only_is_fine(old_result: StandIn, tmp_path: Path) -> None:
    report = run_cli(
        "doctor", "--json", "--spec", str(drifted_spec(tmp_path, breaking=False)), base_url=old_result.base_url
    )
    assert report.status == 0
    check = report.json()["checks"]["spec"]
    assert check["status"] == "ok" and check["breaking"] == [] and len(check["additive"]) == 2
    assert "none breaking" in check["summary"]


def test_spec_by_url_and_spec_that_cannot_be_read(old_result: StandIn, tmp_path: Path) -> None:
    by_url = run_cli("doctor", "--json", "--spec", old_result.base_url + "/openapi", base_url=old_result.base_url)
    assert by_url.status == 0 and by_url.json()["checks"]["spec"]["same_file"] is True
    missing = run_cli("doctor", "--json", "--spec", str(tmp_path / "nope.json"), base_url=old_result.base_url)
    garbage = tmp_path / "garbage.json"
    garbage.write_text('{"openapi": "3.0.0", "paths": []}', encoding="utf-8")
    not_openapi = run_cli("doctor", "--spec", str(garbage), base_url=old_result.base_url)
    assert missing.status == 2 and not_openapi.status == 2  # could not check, nothing wrong found
    assert missing.json()["status"] == "could not check everything"
    assert "No such file" in missing.json()["checks"]["spec"]["summary"]
    assert line(not_openapi.stdout, "spec").startswith("[??]") and "non-empty 'paths'" in not_openapi.stdout


def test_bad_base_url_is_a_usage_error() -> None:
    report = run_cli("doctor", "--base-url", "ftp://example.invalid/scenario")
    assert report.status == 2 and report.stderr.startswith("error: base_url must be an http(s) URL")


def test_credentials_in_the_base_url_are_not_shown(old_result: StandIn) -> None:
    base_url = old_result.base_url.replace("http://", "http://user:SECRET@")
    report = run_cli("doctor", "--json", base_url=base_url)  # run_cli: "SECRET" in no output
    assert report.json()["base_url"] == old_result.base_url
