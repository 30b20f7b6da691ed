"""Issue #9, part 4: the token goes nowhere, across the whole fault matrix, sync and async.

Real HTTP to a raw fault server (tests/faults) that resets, stalls, and answers 4xx/5xx and 2xx bodies that
*echo the token it received* (JSON, text, HTML, headers, an Express route miss). For every resulting error we
look at ``str``, ``repr``, ``.message``, ``.body``, ``exc.response`` (its body, text and headers, its request's
URL), the traceback formatted with local variables (what Sentry-style reporters capture) and every log record
at DEBUG: 0 occurrences of the token, raw or URL-quoted. The token has characters that URL quoting changes, so both forms are distinct.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from scenario_lowcodeapi import APIConnectionError, AsyncScenario, Client, LowCodeAPIError, Scenario
from scenario_lowcodeapi.api.inferences import create_inference
from scenario_lowcodeapi.api.models import get_model
from scenario_lowcodeapi.models import PostModelsInferencesByModelIdRequest
from tests.faults import Fault, FaultServer, no_async_sleep, no_sleep

TOKEN = "at_Leak+Me/9f=2c~x"
FORMS = {TOKEN, quote(TOKEN, safe=""), quote(TOKEN), quote_plus(TOKEN)}


def _status(status: int, body: str, content_type: str = "application/json") -> Fault:
    return Fault("status", status=status, body=body.encode(), content_type=content_type)


FAULTS: dict[str, Fault] = {
    "reset": Fault("reset"),
    "timeout": Fault("delay", seconds=3.0),
    "401-json-echo": _status(401, '{"message": "Invalid token {token}", "provider": "scenario"}'),
    "400-nested-echo": _status(
        400, '{"data": {"error": {"message": "bad {token}", "code": "{token}"}}, "k": ["{token}"]}'
    ),
    "500-text-echo": _status(500, "upstream said: token={token}", "text/plain"),
    "502-html-echo": _status(502, "<html><h1>Bad gateway for {token}</h1></html>", "text/html"),
    "404-route-miss": Fault("route-miss-old"),  # new-format miss, then the old format answers
    "404-html-echo": _status(404, "<!DOCTYPE html><pre>Cannot GET /x?api_token={token}</pre>", "text/html"),
    "200-invalid-json": _status(200, '{"data": {"model": "{token}"'),
    "429-echo": _status(429, '{"message": "slow down {token}"}'),
    "400-header-echo": Fault(
        "status",
        status=400,
        body=b'{"message": "see the headers"}',
        headers={"Location": "/v1/models?api_token={token}", "X-Debug-Token": "{token}"},
    ),
    "200-html-echo": _status(200, "<html>login again: {token}</html>", "text/html"),
    "200-json-echo": _status(200, '{"data": {"model": "{token}", "inference": ["{token}"], "job": 1}}'),
}


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    for name in ("scenario_lowcodeapi", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog


def _leaks(text: str) -> list[str]:
    return [form for form in FORMS if form in text]


def _inspect(exc: BaseException) -> dict[str, str]:
    seen = {
        "str": str(exc),
        "repr": repr(exc),
        "message": str(getattr(exc, "message", "")),
        "body": repr(getattr(exc, "body", "")),
        "code": str(getattr(exc, "code", "")),
        "traceback": "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format()),
    }
    request = getattr(exc, "request", None)
    if request is not None:
        seen["request.url"] = str(request.url)
        seen["request"] = repr(request)
    response = getattr(exc, "response", None)
    if response is not None:
        seen["response.request.url"] = str(response.request.url)
        seen["response.url"] = str(response.url)
        seen["response.request"] = repr(response.request)
        seen["response.content"] = response.content.decode("utf-8", "replace")
        seen["response.text"] = response.text
        seen["response.iter_bytes"] = b"".join(response.iter_bytes()).decode("utf-8", "replace")
        seen["response.headers"] = repr(response.headers.multi_items())
    return seen


async def _call(client: Client, mode: str, operation: str) -> Any:
    if operation == "get_model":
        if mode == "sync":
            return get_model.sync("model_1", client=client)
        return await get_model.asyncio("model_1", client=client)
    body = PostModelsInferencesByModelIdRequest.from_dict({"parameters": {"prompt": "a fox"}})
    if mode == "sync":
        return create_inference.sync("model_1", client=client, body=body)
    return await create_inference.asyncio("model_1", client=client, body=body)


@pytest.mark.anyio
@pytest.mark.parametrize("operation", ["get_model", "create_inference"])
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("fault", sorted(FAULTS))
async def test_no_token_anywhere(fault: str, mode: str, operation: str, logs: pytest.LogCaptureFixture) -> None:
    with FaultServer(FAULTS[fault]) as server:
        client = Client(
            TOKEN,
            base_url=server.base_url,
            timeout=1.0,  # the "timeout" fault stalls 3 s
            max_retries=1,
            _sleep=no_sleep,
            _async_sleep=no_async_sleep,
        )
        caught: BaseException | None = None
        seen: dict[str, str] = {}
        try:
            await _call(client, mode, operation)
        except LowCodeAPIError as exc:
            caught = exc
            seen = _inspect(exc)  # now: this test's own frame (in the traceback) must hold nothing secret yet
        await client.aclose()
        received = list(server.received)
    assert received, "the server saw no request"
    assert all(TOKEN in r.query.get("api_token", []) for r in received)  # the token was sent...
    if caught is not None and fault in ("reset", "timeout"):
        request = caught.request  # type: ignore[attr-defined]
        assert (request.method, request.url.params["api_token"]) == (received[0].method, "***")
    if fault == "404-route-miss":
        assert caught is None  # the fallback worked; only the logs are of interest
    else:
        assert caught is not None
        leaks = {where: _leaks(text) for where, text in seen.items()}
        assert {where: found for where, found in leaks.items() if found} == {}  # ...and shown nowhere
    records = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in logs.records)
    assert _leaks(records) == []


def test_the_resource_client_and_the_response_request_are_redacted() -> None:
    with FaultServer(_status(200, '{"data": {"model": {"id": "m"}}}')) as server:
        with Scenario(TOKEN, base_url=server.base_url) as client:
            raw = client.models.with_raw_response.get("model_1")
            assert _leaks(repr(client)) == []
            assert raw.status_code == 200
    # The success path holds no token either: what with_raw_response / event hooks users would print.
    assert _leaks(str(raw.headers)) == []


def test_connection_error_after_close_is_typed_and_redacted() -> None:
    client = Client(TOKEN, base_url="http://127.0.0.1:9/scenario", max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        client.request(get_model._ROUTE, path_params={"modelId": "m"})
    assert _leaks("".join(_inspect(info.value).values())) == []


@pytest.mark.parametrize("make", [Scenario, AsyncScenario, Client])
@pytest.mark.parametrize("bad", [{"base_url": "ftp://lowcode.test/scenario"}, {"max_retries": -1}, {"timeout": "x"}])
def test_a_constructor_that_fails_leaves_the_token_in_no_frame(make: Any, bad: dict[str, Any]) -> None:
    """The constructor raises on bad settings after it was handed the token: its frames, captured with their
    locals as a traceback reporter does, must not show it (the token goes to Client through a _TokenBox)."""
    with pytest.raises((ValueError, TypeError)) as info:
        make(api_token=TOKEN, **bad)
    assert _leaks(_inspect(info.value)["traceback"]) == []
