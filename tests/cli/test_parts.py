"""The command line's parts without a subprocess: who refused a token (recorded bodies), the spec manifest and its
comparison, the output modes."""

from __future__ import annotations

import copy
import io
import json
from importlib.resources import files
from typing import Any

import pytest

from codegen.normalize import normalize
from scenario_lowcodeapi._cli._doctor import PUBLIC_SPEC_URL, classify_refusal, spec_url_for
from scenario_lowcodeapi._cli._output import Output, clean
from scenario_lowcodeapi._spec_check import compare, load_manifest, manifest_of, manifest_text

# --- classify_refusal: bodies as LOWCODEAPI.md records them ------------------------------------------------------

TOKEN_401 = {
    "message": "A valid API token is required to access this API.",
    "provider": "scenario",
    "error": {"code": "401", "message": "A valid API token is required to access this API."},
}


@pytest.mark.parametrize(
    ("status", "body", "side", "kind"),
    [
        (401, TOKEN_401, "lowcodeapi", "token-missing-or-malformed"),
        (
            401,
            {"message": "nope", "provider": "scenario", "error": {"code": "401"}},
            "lowcodeapi",
            "token-missing-or-malformed",
        ),
        (
            403,
            {"message": "Invalid api_token", "provider": "scenario", "error": {"code": "403"}},
            "lowcodeapi",
            "token-unknown",
        ),
        (
            403,
            {"message": "Credentials not found", "provider": "scenario", "error": {"code": "403"}},
            "lowcodeapi",
            "no-scenario-credentials",
        ),
        (
            401,
            {
                "message": "Unauthorized",
                "provider": "scenario",
                "error": {"id": "e", "apiError": "unauthorized"},
                "headers": {},
            },
            "scenario",
            "scenario-refused-credentials",
        ),
        (
            500,
            {"message": "connect ECONNREFUSED 10.0.0.1:443", "provider": "scenario", "error": {}},
            "lowcodeapi",
            "scenario-unreachable",
        ),
        # the provider docs' envelope: the message decides
        (
            401,
            {
                "data": {
                    "error": {"message": "A valid API token is required to access this API.", "code": "UNAUTHORIZED"}
                }
            },
            "lowcodeapi",
            "token-missing-or-malformed",
        ),
        (
            403,
            {"data": {"error": {"message": "Invalid api_token", "code": "FORBIDDEN"}}},
            "lowcodeapi",
            "token-unknown",
        ),
        (429, {"data": {"error": {"message": "Too many requests", "code": "RATE_LIMITED"}}}, None, "rate-limited"),
        (401, {"data": {"error": {"message": "Something else", "code": "UNAUTHORIZED"}}}, None, "other"),
        (502, b"<html>Bad gateway</html>", None, "other"),
        (404, {"message": "Not Found"}, None, "other"),
    ],
)
def test_classify_refusal(status: int, body: Any, side: str | None, kind: str) -> None:
    refusal = classify_refusal(status, body)
    assert (refusal.side, refusal.kind) == (side, kind)
    assert "\n" not in refusal.reason and str(status) in refusal.reason


def test_classify_refusal_keeps_an_echoed_token_out() -> None:
    from scenario_lowcodeapi._redact import Secrets

    body = {"message": "Invalid api_token at_echoed_SECRET", "error": {"code": "403"}}
    refusal = classify_refusal(403, body, Secrets("at_echoed_SECRET"))
    assert "SECRET" not in refusal.reason and refusal.kind == "token-unknown"


# --- the manifest --------------------------------------------------------------------------------------------------


def test_manifest_reads_both_url_formats_raw_and_repaired_alike(
    served_spec: dict[str, Any], definition_spec: dict[str, Any]
) -> None:
    ours = manifest_of(served_spec)
    assert manifest_of(definition_spec) == ours == manifest_of(normalize(served_spec))
    op = ours["operations"]["GET /v1/models/{modelId}/inferences/{inferenceId}"]
    assert op == {
        "old_path": "/v1/models/modelId/inferences/inferenceId",
        "params": {"path inferenceId": True, "path modelId": True},
        "body": {},
    }
    assert ours["operations"]["DELETE /v1/models/{modelId}/images"]["params"]["query ids"] is True
    assert all("query api_token" not in o["params"] for o in ours["operations"].values())


def test_the_package_carries_the_manifest_of_the_spec_it_was_built_from(served_spec: dict[str, Any]) -> None:
    """Written by codegen (generate.write_manifest), read back by the installed package without codegen."""
    text = files("scenario_lowcodeapi").joinpath("_manifest.json").read_text(encoding="utf-8")
    assert text == manifest_text(manifest_of(served_spec))
    assert load_manifest() == json.loads(text) == manifest_of(served_spec)
    assert len(load_manifest()["operations"]) == 28


def test_compare_classifies_changes(served_spec: dict[str, Any]) -> None:
    ours = manifest_of(served_spec)
    assert compare(ours, manifest_of(copy.deepcopy(served_spec))) == []
    doc = copy.deepcopy(served_spec)
    models = doc["paths"]["/v1/models"]["get"]
    models["parameters"] = [p for p in models["parameters"] if p["name"] != "privacy"]  # removed: we send it
    models["parameters"].append({"name": "teamId", "in": "query", "required": True})  # new and required
    body = doc["paths"]["/v1/models"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["name"]["required"] = True  # the converter's way of requiring a field
    body["properties"]["tags"] = {"type": "array"}
    doc["paths"]["/v1/models/{modelId}/images"]["delete"]["parameters"][1]["required"] = False
    got = {(c.impact, c.operation, c.text) for c in compare(ours, manifest_of(doc))}
    assert got == {
        ("breaking", "GET /v1/models", "parameter query privacy removed (this version sends it)"),
        ("breaking", "GET /v1/models", "parameter query teamId added, required (this version does not send it)"),
        ("breaking", "POST /v1/models", "body field name now required"),
        ("additive", "POST /v1/models", "body field tags added (optional)"),
        ("compatible", "DELETE /v1/models/{modelId}/images", "parameter query ids no longer required"),
    }


@pytest.mark.parametrize("doc", [None, [], {"paths": {}}, {"paths": []}, {"openapi": "3.0.0"}])
def test_manifest_of_something_else_is_a_one_line_value_error(doc: object) -> None:
    with pytest.raises(ValueError, match="non-empty 'paths'"):
        manifest_of(doc)


def test_spec_url_for() -> None:
    assert spec_url_for("https://api.lowcodeapi.com/scenario") == PUBLIC_SPEC_URL
    assert spec_url_for("http://127.0.0.1:8765/scenario/") == "http://127.0.0.1:8765/scenario/openapi"


# --- output modes --------------------------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_clean_removes_escape_sequences_and_control_characters() -> None:
    assert clean("a\x1b[31mred\x1b[0m\nb\x1b]0;title\x07c\rd\x9be\x00") == "ared bcde"


def test_plain_tty_and_json_modes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    pipe, tty, doc = io.StringIO(), _Terminal(), io.StringIO()
    outs = [Output(json_mode=False, out=pipe), Output(json_mode=False, out=tty), Output(json_mode=True, out=doc)]
    assert [o.mode for o in outs] == ["plain", "tty", "json"]
    for out in outs:
        out.check("fail", "token", "refused \x1b[2Jby\nme", ["detail \x1b[1m1"])
        out.live_line("50%")
        out.live_line("100%")
        out.line("done")
    assert pipe.getvalue() == "[FAIL] token       refused by me\n         detail 1\n50%\n100%\ndone\n"
    assert "\x1b[31m✗\x1b[0m token       refused by me\n" in tty.getvalue()
    assert tty.getvalue().endswith("\r\x1b[2K50%\r\x1b[2K100%\ndone\n")  # redrawn in place, then kept
    assert doc.getvalue() == ""  # JSON mode: stdout is the document alone
    outs[2].document({"a": "é"})
    assert json.loads(doc.getvalue()) == {"a": "é"}


def test_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    tty = _Terminal()
    Output(json_mode=False, out=tty).check("ok", "spec", "same")
    assert tty.getvalue() == "✓ spec        same\n"
