"""The per-attempt hook in Client._flow (a debug line, retries_taken on the response) and the header options."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import httpx
import pytest
from rt_helpers import TOKEN, Script, fail, html_404, respond

from codegen.runtime._base_client import RETRIES_TAKEN, Client
from codegen.runtime._exceptions import APIConnectionError
from codegen.runtime._options import merge_headers
from codegen.runtime._routing import Route
from scenario_lowcodeapi._response import APIResponse, raw_response  # needs the generated .types

GET = Route.from_template("GET", "/v1/models")
GET_ONE = Route.from_template("GET", "/v1/models/{modelId}")
POST = Route.from_template("POST", "/v1/models")
OK = respond(200, {"data": {"models": []}})
ClientFactory = Callable[..., Client]


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "scenario_lowcodeapi" and r.msg.startswith("HTTP ")]


def test_retries_taken_counts_retries_not_url_format_fallbacks(client_factory: ClientFactory) -> None:
    client = client_factory(Script(respond(503, {}), respond(500, {}), OK))
    assert client.request(GET).extensions[RETRIES_TAKEN] == 2
    fallback = client_factory(Script(html_404, OK))  # new format missed, old format answered: no retry
    response = fallback.request(GET_ONE, path_params={"modelId": "m1"})
    assert response.status_code == 200 and response.extensions[RETRIES_TAKEN] == 0


def test_one_debug_line_per_attempt_including_transport_failures(
    client_factory: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="scenario_lowcodeapi")
    client = client_factory(Script(fail(httpx.ConnectError, "refused {url}"), respond(502, {}), OK))
    client.request(GET)
    lines = _lines(caplog)
    assert len(lines) == 3
    assert lines[0] == f"HTTP GET {client.base_url}/v1/models?api_token=*** -> ConnectError (attempt 1)"
    # MockTransport answers are not timed by httpx ("?"); over HTTP the stand-in tests see milliseconds.
    assert re.fullmatch(r"HTTP GET \S+ -> 502 Bad Gateway in \? ms \(attempt 2\)", lines[1]), lines[1]
    assert re.fullmatch(r"HTTP GET \S+ -> 200 OK in \? ms \(attempt 3\)", lines[2]), lines[2]
    assert TOKEN not in caplog.text


def test_nothing_is_logged_at_info_on_success(client_factory: ClientFactory, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="scenario_lowcodeapi")
    client_factory(Script(OK)).request(GET)
    assert [r for r in caplog.records if r.name == "scenario_lowcodeapi"] == []


def test_a_post_that_failed_to_connect_logs_and_raises_without_the_token(
    client_factory: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="scenario_lowcodeapi")
    client = client_factory(Script(fail(httpx.ReadError, "reset {url}")), max_retries=0)
    with pytest.raises(APIConnectionError):
        client.request(POST, json={"name": "x"})
    assert _lines(caplog) == [f"HTTP POST {client.base_url}/v1/models?api_token=*** -> ReadError (attempt 1)"]


def test_raw_response_wraps_only_2xx(client_factory: ClientFactory) -> None:
    client = client_factory(Script(respond(200, {"data": {"id": "m"}}, headers={"x-request-id": "r1"})))
    raw: APIResponse[str] = raw_response(client.request(GET), lambda r: r.json()["data"]["id"])
    assert raw.parse() == "m" and raw.headers["x-request-id"] == "r1" and raw.retries_taken == 0
    assert raw.elapsed is None  # not timed by a MockTransport; a real answer's is a timedelta (test_typed_api)
    assert str(raw.http_request.url) == f"{client.base_url}/v1/models?api_token=***"
    assert repr(raw) == f"<APIResponse [200 OK] GET {client.base_url}/v1/models?api_token=***>"
    hand_made = httpx.Response(200, json={}, request=httpx.Request("GET", "https://x.test/?api_token=at_z"))
    assert APIResponse(hand_made, lambda r: 1).retries_taken == 0  # a response that never went through _flow


def test_merge_headers_is_case_insensitive() -> None:
    assert merge_headers({"X-Key": "1", "A": "a"}, {"x-key": "2"}) == {"A": "a", "x-key": "2"}
    assert merge_headers(None, {}) is None


@pytest.mark.parametrize(
    ("headers", "error", "message"),
    [
        ({"": "v"}, TypeError, "default_headers keys must be non-empty strings"),
        ({"bad name": "v"}, ValueError, "default_headers: 'bad name' is not a valid header name"),
        ({"x": b"bytes"}, TypeError, r"default_headers\['x'\] must be a str, got bytes"),
        ([("x", "y")], TypeError, "default_headers must be a mapping"),
        ({"x-inject": "v\r\nX-Evil: 1"}, ValueError, r"default_headers\['x-inject'\] must not contain CR, LF or NUL"),
        ({"x-name": "Zoë"}, ValueError, r"default_headers\['x-name'\] must be ASCII"),
    ],
)
def test_bad_default_headers_are_one_line_errors(headers: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message) as info:
        Client(TOKEN, default_headers=headers)  # type: ignore[arg-type]
    assert "\n" not in str(info.value)


def test_base_url_env_is_used_only_without_an_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOWCODEAPI_BASE_URL", "http://127.0.0.1:9/scenario/")
    assert Client(TOKEN).base_url == "http://127.0.0.1:9/scenario"
    assert Client(TOKEN, base_url="http://127.0.0.1:8/x").base_url == "http://127.0.0.1:8/x"
    monkeypatch.setenv("LOWCODEAPI_BASE_URL", f"http://h.test/scenario?api_token={TOKEN}")
    with pytest.raises(ValueError, match="must not have a query string") as info:
        Client(TOKEN)
    assert TOKEN not in str(info.value)
