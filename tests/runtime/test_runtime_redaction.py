"""The token never shows: redact helpers, logging filter, and a fault matrix through the Client."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from rt_helpers import BASE, TOKEN, Proxy, Script, fail, html_404, respond

from codegen.runtime._base_client import Client
from codegen.runtime._envelope import decode_payload
from codegen.runtime._exceptions import APIStatusError, LowCodeAPIError, raise_for_status
from codegen.runtime._redact import (
    RedactingFilter,
    Secrets,
    install_redaction,
    logger,
    redact_text,
    redact_url,
    scrub_response,
    setup_logging,
)
from codegen.runtime._routing import Route

ClientFactory = Callable[..., Client]
MODEL = Route.from_template("GET", "/v1/models/{modelId}")
CREATE = Route.from_template("POST", "/v1/models/{modelId}/inferences")
MODELS = Route.from_template("GET", "/v1/models")


def test_scrub_response_redacts_body_text_stream_and_headers_in_place() -> None:
    secret = "at_scrub+me/7"
    response = httpx.Response(
        400,
        content=f'{{"message": "bad {secret}", "next": "/x?api_token=other"}}'.encode(),
        headers=[("content-type", "application/json"), ("link", f"</a?api_token={secret}>"), ("link", "</b>")],
    )
    assert secret in response.text  # cached before the scrub: the scrub must drop the cached text too
    scrub_response(response, Secrets(secret))
    for shown in (response.content.decode(), response.text, b"".join(response.iter_bytes()).decode()):
        assert secret not in shown and "api_token=other" not in shown and "bad ***" in shown
    assert response.json()["message"] == "bad ***"
    assert response.headers.get_list("link") == ["</a?api_token=***>", "</b>"]  # both values kept, in order


def test_scrub_response_leaves_a_clean_or_unread_response_alone() -> None:
    clean = httpx.Response(200, content=b'{"ok": true}', headers={"x": "y"})
    content, headers = clean.content, clean.headers
    scrub_response(clean)
    assert clean.content is content and clean.headers is headers
    streamed = httpx.Response(200, stream=httpx.ByteStream(b"not read yet"))
    scrub_response(streamed)  # a body not read yet is not read here
    assert not hasattr(streamed, "_content")


def test_redact_url() -> None:
    assert redact_url(f"{BASE}/v1/models?api_token={TOKEN}") == f"{BASE}/v1/models?api_token=***"
    assert redact_url(httpx.URL(f"{BASE}/v1/x?a=1&api_token={TOKEN}&b=2#f")) == f"{BASE}/v1/x?a=1&api_token=***&b=2#f"
    assert redact_url(f"{BASE}/v1/x?API_TOKEN={TOKEN}") == f"{BASE}/v1/x?API_TOKEN=***"
    assert redact_url(f"{BASE}/v1/x?my_api_token=keep") == f"{BASE}/v1/x?my_api_token=keep"
    assert redact_url(f"{BASE}/v1/x?a=1") == f"{BASE}/v1/x?a=1"


def test_redact_text() -> None:
    assert redact_text(f"token {TOKEN} and url ?api_token={TOKEN}&x=1", Secrets(TOKEN)) == (
        "token *** and url ?api_token=***&x=1"
    )
    assert redact_text("GET /x?api_token=at_other 'api_token=at_q'") == "GET /x?api_token=*** 'api_token=***'"


def test_filter_scrubs_message_args_and_traceback() -> None:
    flt = RedactingFilter()
    url = httpx.URL(f"{BASE}/v1/models?api_token={TOKEN}")
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, 'HTTP Request: %s %s "%s"', ("GET", url, "200"), None
    )
    assert flt.filter(record)
    assert record.getMessage() == f'HTTP Request: GET {BASE}/v1/models?api_token=*** "200"'
    assert TOKEN not in str(record.args) and TOKEN not in str(record.msg)
    try:
        raise RuntimeError(f"failed {url}")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "oops", None, sys.exc_info())
    flt.filter(record)
    assert record.exc_text and TOKEN not in record.exc_text and "api_token=***" in record.exc_text
    assert TOKEN not in logging.Formatter().format(record)
    # untouched records stay untouched (args kept for lazy formatting)
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "n=%d", (3,), None)
    flt.filter(record)
    assert record.args == (3,)


def test_filters_installed_once_on_httpx_httpcore_and_package_loggers() -> None:
    install_redaction()
    install_redaction()
    setup_logging()
    for name in ("httpx", "httpcore", "httpcore.http11", "httpcore.connection", "scenario_lowcodeapi"):
        filters = [f for f in logging.getLogger(name).filters if isinstance(f, logging.Filter)]
        assert sum(getattr(f, "_scenario_lowcodeapi_redacting", False) for f in filters) == 1, name


@pytest.mark.parametrize("level", ["debug", "INFO"])
def test_setup_logging_from_env(
    monkeypatch: pytest.MonkeyPatch, restore_package_logger: logging.Logger, level: str
) -> None:
    monkeypatch.setenv("SCENARIO_LOWCODEAPI_LOG", level)
    setup_logging()
    setup_logging()
    Client(TOKEN)
    marked = [h for h in logger.handlers if getattr(h, "_scenario_lowcodeapi_redacting", False)]
    assert len(marked) == 1
    assert isinstance(marked[0], logging.StreamHandler) and marked[0].stream is sys.stderr
    assert logger.level == getattr(logging, level.upper())


def test_setup_logging_without_env_adds_no_handler(restore_package_logger: logging.Logger) -> None:
    before = list(logger.handlers)
    setup_logging()
    assert logger.handlers == before


# -- fault matrix through the client -------------------------------------------------------------------------

SCENARIO_404 = {"data": {"error": {"message": "Model not found", "code": "NOT_FOUND"}}}


def echo_url_error(request: httpx.Request) -> httpx.Response:
    body = {
        "message": f"Failed calling {request.url}",
        "provider": "scenario",
        "error": {"reason": f"bad url {request.url}", "name": "BadRequest"},
        "headers": {},
    }
    return httpx.Response(400, json=body, request=request)


def echo_url_html(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        502, text=f"<h1>Bad gateway for {request.url}</h1>", request=request, headers={"content-type": "text/html"}
    )


FAULTS: dict[str, tuple[Any, ...]] = {
    # name: (steps, route, client kwargs)
    "connect-error-with-url": ((fail(httpx.ConnectError, "cannot reach {url}"),), MODELS, {}),
    "read-timeout": ((fail(httpx.ReadTimeout, "timed out reading {url}"),), MODEL, {}),
    "post-remote-protocol": ((fail(httpx.RemoteProtocolError, "peer closed: {url}"),), CREATE, {}),
    "pool-timeout-post": ((fail(httpx.PoolTimeout),), CREATE, {}),
    "html-502": ((respond(502, text="<html><h1>502 Bad Gateway</h1></html>", content_type="text/html"),), MODELS, {}),
    "html-502-echo-url": ((echo_url_html,), MODELS, {}),
    "json-400-echo-url": ((echo_url_error,), MODEL, {}),
    "401-docs": (
        (
            respond(
                401,
                {
                    "data": {
                        "error": {
                            "message": "A valid API token is required to access this API.",
                            "code": "UNAUTHORIZED",
                        }
                    }
                },
            ),
        ),
        MODELS,
        {},
    ),
    "429-long-wait": ((respond(429, {}, headers={"Retry-After": "3600"}),), MODELS, {}),
    "503-then-timeout": ((respond(503, {}), fail(httpx.ConnectTimeout, "{url}")), MODEL, {}),
    "route-miss-both": ((html_404,), MODEL, {}),
    "route-miss-then-404": ((html_404, respond(404, SCENARIO_404)), MODEL, {}),
    "truncated-json": ((respond(200, text='{"data": {"mod', content_type="application/json"),), MODELS, {}),
    "no-retries-500": ((respond(500, {"message": "x"}),), MODEL, {"max_retries": 0}),
    "forced-old": ((respond(200),), MODEL, {"url_format": "old"}),
}


TRANSPORT_ONLY = {"connect-error-with-url", "read-timeout", "post-remote-protocol", "pool-timeout-post"}


def chain(exc: BaseException | None) -> list[BaseException]:
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def assert_clean(text: str, where: str) -> None:
    assert TOKEN not in text, f"token leaked in {where}: {text[:300]}"


async def run_fault(client: Client, route: Route, is_async: bool) -> LowCodeAPIError | None:
    kwargs: dict[str, Any] = {"path_params": {"modelId": "model_abc"}} if route.path_params else {}
    if route.method == "POST":
        kwargs["json"] = {"parameters": {"prompt": "cat"}}
    try:
        response = await client.arequest(route, **kwargs) if is_async else client.request(route, **kwargs)
        raise_for_status(response)
        decode_payload(response)
    except LowCodeAPIError as exc:
        return exc
    return None


@pytest.mark.anyio
@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("fault", list(FAULTS))
async def test_token_never_leaks(
    client_factory: ClientFactory, caplog: pytest.LogCaptureFixture, fault: str, is_async: bool
) -> None:
    caplog.set_level(logging.DEBUG)
    steps, route, kwargs = FAULTS[fault]
    client = client_factory(Script(*steps), **kwargs)
    assert_clean(repr(client), "repr(client)")
    assert_clean(str(client), "str(client)")
    exc = await run_fault(client, route, is_async)
    if fault != "forced-old":
        assert exc is not None
    for link in chain(exc):
        assert_clean(str(link), "str(exc)")
        assert_clean(repr(link), "repr(exc)")
        assert_clean(repr(link.args), "exc.args")
        assert_clean(str(getattr(link, "message", "")), "exc.message")
    if exc is not None:
        assert exc.__cause__ is None
        assert_clean("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)), "traceback")
        if isinstance(exc, APIStatusError) and isinstance(exc.body, str):
            assert_clean(exc.body, "exc.body")
    httpx_records = [r for r in caplog.records if r.name == "httpx"]
    if fault not in TRANSPORT_ONLY:
        assert httpx_records, "httpx logs each response at INFO: the filter must have seen them"
    for record in caplog.records:
        assert_clean(record.getMessage(), f"log record {record.name}")
        assert_clean(str(record.msg), f"log record msg {record.name}")
        assert_clean(repr(record.args), f"log record args {record.name}")
        if record.exc_text:
            assert_clean(record.exc_text, "log exc_text")
    assert_clean(caplog.text, "caplog.text")
    if caplog.records:
        assert "api_token=***" in caplog.text


def test_the_proxy_helper_sees_the_token(client_factory: ClientFactory) -> None:
    # sanity check for the matrix: the token really is sent, so its absence above means redaction, not omission
    proxy = Proxy("new")
    client_factory(proxy).request(MODEL, path_params={"modelId": "m"})
    assert proxy.requests[0].url.params["api_token"] == TOKEN
