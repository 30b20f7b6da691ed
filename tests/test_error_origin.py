"""Who refused the call (issue #17, point 3): every status error says whether LowCodeAPI or Scenario refused
(``exc.origin``), Scenario's own error code (``exc.scenario_code``) and the next step (``exc.hint``, also at the end
of ``str(exc)``). Against the stand-in, which answers as LowCodeAPI's open-source server does (LOWCODEAPI.md)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scenario_lowcodeapi import (
    APIStatusError,
    AsyncScenario,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Scenario,
)
from scenario_lowcodeapi._exceptions import make_status_error
from tests.standin import Fault, StandIn

KNOWN = "at_known_origin_7d2f"
UNCONNECTED = "at_unconnected_origin_3b9e"


@pytest.fixture
def server() -> Iterator[StandIn]:
    with StandIn(
        routing="old", envelope="result", known_tokens={KNOWN, UNCONNECTED}, unconnected_tokens={UNCONNECTED}
    ) as s:
        yield s


def _call(server: StandIn, token: str, **options: Any) -> APIStatusError:
    with Scenario(api_token=token, base_url=server.base_url, max_retries=0, url_format="old", **options) as client:
        with pytest.raises(APIStatusError) as info:
            client.models.get("model_1")
    exc = info.value
    assert token not in str(exc) and token not in repr(exc.body)
    return exc


def test_malformed_token_is_lowcodeapis_401(server: StandIn) -> None:
    exc = _call(server, "sk_live_not_a_lowcodeapi_token")
    assert type(exc) is AuthenticationError and exc.status_code == 401
    assert (exc.origin, exc.code, exc.scenario_code) == ("lowcodeapi", "401", None)
    assert exc.message == "A valid API token is required to access this API."
    assert exc.hint is not None and "api_token" in exc.hint and "at_" in exc.hint
    assert str(exc).startswith(
        "401 Unauthorized: A valid API token is required to access this API. (code 401) [LowCodeAPI]: "
    )
    assert exc.hint in str(exc)


def test_unknown_token_is_lowcodeapis_403(server: StandIn) -> None:
    exc = _call(server, "at_unknown_to_lowcodeapi")
    assert type(exc) is PermissionDeniedError
    assert (exc.origin, exc.message, exc.scenario_code) == ("lowcodeapi", "Invalid api_token", None)
    assert exc.hint is not None and exc.hint.startswith("LowCodeAPI does not know this api_token")


def test_token_without_scenario_credentials_is_lowcodeapis_403(server: StandIn) -> None:
    exc = _call(server, UNCONNECTED)
    assert type(exc) is PermissionDeniedError and exc.origin == "lowcodeapi"
    assert exc.hint is not None and "connect your Scenario account" in exc.hint


def test_scenario_rejecting_the_stored_key_is_scenarios_401(server: StandIn) -> None:
    server.scenario_key_valid = False
    exc = _call(server, KNOWN)
    assert type(exc) is AuthenticationError
    assert (exc.origin, exc.scenario_code) == ("scenario", "unauthorized")
    assert exc.hint is not None and "the Scenario key stored in LowCodeAPI was rejected by Scenario" in exc.hint
    assert "[Scenario]" in str(exc)


def test_unreachable_scenario_is_lowcodeapis_500(server: StandIn) -> None:
    server.upstream_reachable = False
    exc = _call(server, KNOWN)
    assert type(exc) is InternalServerError and exc.origin == "lowcodeapi"
    assert "ECONNREFUSED" in exc.message
    assert exc.hint is not None and exc.hint.startswith("LowCodeAPI could not reach Scenario")


def test_route_miss_is_lowcodeapis_404_and_a_missing_model_scenarios(server: StandIn) -> None:
    with Scenario(api_token=KNOWN, base_url=server.base_url, max_retries=0, url_format="new") as client:
        with pytest.raises(NotFoundError) as info:
            client.models.get("model_1")  # a self-hosted LowCodeAPI mounts only the old format
    assert info.value.origin == "lowcodeapi" and info.value.message == "Not Found"
    assert info.value.hint is not None and 'url_format="old"' in info.value.hint
    with Scenario(api_token=KNOWN, base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(NotFoundError) as info:
            client.models.get("model_nope")  # auto: the old format works, and Scenario says the model is not there
    assert (info.value.origin, info.value.scenario_code, info.value.hint) == ("scenario", "notFound", None)


@pytest.mark.anyio
async def test_async_errors_carry_the_origin_too(server: StandIn) -> None:
    async with AsyncScenario(api_token="at_unknown_async", base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(PermissionDeniedError) as info:
            await client.inferences.create("model_1", parameters={"type": "txt2img", "prompt": "x"})
    assert info.value.origin == "lowcodeapi"


def test_the_hosted_data_envelope_keeps_working() -> None:
    """``{"data": {"error": {"message", "code"}}}``: message and code as before; the status as code is LowCodeAPI's,
    a symbolic code alone cannot be told apart (origin None)."""
    with StandIn(routing="old", envelope="data") as s:
        with Scenario(api_token="bad", base_url=s.base_url, max_retries=0, url_format="old") as client:
            with pytest.raises(AuthenticationError) as info:
                client.models.list()
        assert (info.value.origin, info.value.code) == ("lowcodeapi", "401")
        with Scenario(api_token=KNOWN, base_url=s.base_url, max_retries=0, url_format="old") as client:
            with pytest.raises(NotFoundError) as nf:
                client.models.get("model_nope")
            s.inject(Fault(status=429, headers={"Retry-After": "0"}))
            with pytest.raises(RateLimitError) as rl:
                client.models.list()
    assert (nf.value.origin, nf.value.code, nf.value.message) == (None, "NOT_FOUND", "Model model_nope not found")
    assert rl.value.origin is None and rl.value.retry_after == 0


def _error(
    status: int, body: Any = None, *, text: str | None = None, content_type: str = "application/json"
) -> APIStatusError:
    request = httpx.Request("GET", "https://api.lowcodeapi.com/scenario/v1/models/m?api_token=at_x")
    if text is None:
        return make_status_error(httpx.Response(status, json=body, request=request))
    return make_status_error(httpx.Response(status, text=text, headers={"content-type": content_type}, request=request))


@pytest.mark.parametrize(
    ("status", "body", "origin", "scenario_code"),
    [
        # the open-source server: its own rejections (the Error object it serialises, with or without logging)
        (
            401,
            {"message": "A valid API token is required", "provider": "scenario", "error": {"code": 401, "logging": {}}},
            "lowcodeapi",
            None,
        ),
        (403, {"message": "Request failed", "provider": "scenario", "error": {"code": "403"}}, "lowcodeapi", None),
        (
            500,
            {"message": "connect ETIMEDOUT 1.2.3.4:443", "provider": "scenario", "error": {"code": 500}},
            "lowcodeapi",
            None,
        ),
        (500, {"message": "Request failed", "provider": "scenario"}, "lowcodeapi", None),
        (404, {"message": "Not Found"}, "lowcodeapi", None),
        # ... and Scenario's answers passed through
        (
            404,
            {"message": "m", "provider": "scenario", "error": {"id": "e", "apiError": "modelNotFound", "error": "x"}},
            "scenario",
            "modelNotFound",
        ),
        (
            400,
            {
                "message": "m",
                "provider": "scenario",
                "error": {"reason": "limit", "name": "PlanLimitReachedError", "details": {}},
            },
            "scenario",
            "PlanLimitReachedError",
        ),
        (
            401,
            {
                "message": "Request failed with status code 401",
                "provider": "scenario",
                "error": {"message": "Unauthorized"},
            },
            "scenario",
            None,
        ),
        # the hosted docs' envelope
        (
            404,
            {"data": {"error": {"message": "x", "code": "NOT_FOUND", "apiError": "modelNotFound"}}},
            "scenario",
            "modelNotFound",
        ),
        (403, {"data": {"error": {"message": "Invalid api_token", "code": "403"}}}, "lowcodeapi", None),
        (403, {"data": {"error": {"message": "Forbidden", "code": "FORBIDDEN"}}}, None, None),
        # Scenario's own body, unwrapped
        (429, {"id": "e", "apiError": "tooManyRequests", "error": "slow down"}, "scenario", "tooManyRequests"),
        (500, ["not", "an", "object"], None, None),
    ],
)
def test_origin_is_read_from_envelope_and_status(
    status: int, body: Any, origin: str | None, scenario_code: str | None
) -> None:
    exc = _error(status, body)
    assert (exc.origin, exc.scenario_code) == (origin, scenario_code)


def test_a_gateway_page_cannot_be_told() -> None:
    exc = _error(502, text="<html><h1>502 Bad Gateway</h1></html>", content_type="text/html")
    assert (exc.origin, exc.scenario_code, exc.hint) == (None, None, None)


def test_the_403_hint_follows_the_message_within_lowcodeapis_envelope() -> None:
    unknown = _error(403, {"message": "Invalid api_token", "provider": "scenario", "error": {"code": 403}})
    no_creds = _error(
        403, {"message": "No scenario credential associated with this api_token.", "provider": "scenario"}
    )
    assert unknown.hint is not None and unknown.hint.startswith("LowCodeAPI does not know this api_token")
    assert no_creds.hint is not None and "connect your Scenario account" in no_creds.hint
    # the same text inside Scenario's body is Scenario's refusal, whatever it says
    scenario = _error(403, {"message": "Invalid api_token", "provider": "scenario", "error": {"apiError": "forbidden"}})
    assert scenario.origin == "scenario" and scenario.hint is not None and scenario.hint.startswith("Scenario refused")
