"""make_status_error / raise_for_status: both error envelopes, Scenario's bodies, non-JSON pages."""

from __future__ import annotations

import json

import httpx
import pytest
from rt_helpers import BASE, TOKEN

from codegen.runtime._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    LowCodeAPIError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    make_status_error,
    raise_for_status,
)

URL = f"{BASE}/v1/models/m?api_token={TOKEN}"
REDACTED_URL = f"{BASE}/v1/models/m?api_token=***"


def response(
    status: int,
    body: object = None,
    *,
    text: str | None = None,
    content_type: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = URL,
) -> httpx.Response:
    hdrs = dict(headers or {})
    if text is not None:
        content = text.encode()
        hdrs["content-type"] = content_type or "text/plain"
    else:
        content = json.dumps(body).encode()
        hdrs["content-type"] = content_type or "application/json; charset=utf-8"
    return httpx.Response(status, content=content, headers=hdrs, request=httpx.Request(method, url))


def docs_envelope(message: str, code: str) -> dict[str, object]:
    return {"data": {"error": {"message": message, "code": code}}}


def server_envelope(upstream: object) -> dict[str, object]:
    return {"message": "Request failed", "provider": "scenario", "error": upstream, "headers": {"x-a": "b"}}


SCENARIO_ERROR = {
    "id": "err_1",
    "apiError": "ModelNotFound",
    "error": "Model abc does not exist",
    "infos": {},
    "createdAt": "2025-01-01T00:00:00Z",
    "updatedAt": "2025-01-01T00:00:00Z",
}
SCENARIO_REASON = {"reason": "You reached your plan limit", "name": "PlanLimitReachedError", "details": {"limit": 5}}

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (504, InternalServerError),
    (409, APIStatusError),
    (422, APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
@pytest.mark.parametrize(
    ("body", "message", "code"),
    [
        (docs_envelope("Model not found", "NOT_FOUND"), "Model not found", "NOT_FOUND"),
        (server_envelope(SCENARIO_ERROR), "Model abc does not exist", "ModelNotFound"),
        (server_envelope(SCENARIO_REASON), "You reached your plan limit", "PlanLimitReachedError"),
        (docs_envelope("Server error", "INTERNAL"), "Server error", "INTERNAL"),
        (SCENARIO_ERROR, "Model abc does not exist", "ModelNotFound"),
        (
            {"message": "A valid API token is required to access this API."},
            "A valid API token is required to access this API.",
            None,
        ),
        (server_envelope({}), "Request failed", None),
        (server_envelope("upstream said no"), "upstream said no", None),
    ],
    ids=[
        "docs",
        "server+scenario",
        "server+reason",
        "docs-500",
        "bare-scenario",
        "bare-message",
        "server-empty",
        "server-string",
    ],
)
def test_status_error_from_json_envelopes(
    status: int, cls: type[APIStatusError], body: object, message: str, code: str | None
) -> None:
    exc = make_status_error(response(status, body))
    assert type(exc) is cls
    assert isinstance(exc, APIStatusError) and isinstance(exc, LowCodeAPIError)
    assert exc.status_code == status
    assert exc.message == message
    assert exc.code == code
    assert exc.body == body
    assert exc.response.status_code == status
    line = str(exc)
    assert "\n" not in line
    assert line.startswith(f"{status} ")
    assert message in line
    assert line.endswith(f"for GET {REDACTED_URL}")
    assert TOKEN not in line and TOKEN not in repr(exc) and all(TOKEN not in str(a) for a in exc.args)


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_status_error_from_html_page(status: int, cls: type[APIStatusError]) -> None:
    page = "<html><head><title>Oops</title></head><body><h1>Something broke</h1>\n<p>x</p></body></html>"
    exc = make_status_error(response(status, text=page, content_type="text/html; charset=utf-8"))
    assert type(exc) is cls
    assert exc.message == f"HTTP {status} from LowCodeAPI (text/html): Something broke"
    assert exc.code is None
    assert exc.body == page
    assert "\n" not in str(exc)


def test_str_is_one_readable_line() -> None:
    exc = make_status_error(response(404, docs_envelope("Model not found", "NOT_FOUND")))
    assert str(exc) == f"404 Not Found: Model not found (code NOT_FOUND) for GET {REDACTED_URL}"
    assert repr(exc) == f"NotFoundError({str(exc)!r})"


def test_express_route_miss_page() -> None:
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n'
        "<body>\n<pre>Cannot GET /scenario/v1/models/m</pre>\n</body>\n</html>\n"
    )
    exc = make_status_error(response(404, text=page, content_type="text/html; charset=utf-8"))
    assert isinstance(exc, NotFoundError)
    assert str(exc) == (
        f"404 Not Found: HTTP 404 from LowCodeAPI (text/html): Cannot GET /scenario/v1/models/m for GET {REDACTED_URL}"
    )


def test_bare_html_without_text_and_other_bodies() -> None:
    exc = make_status_error(response(502, text="<html><body></body></html>", content_type="text/html"))
    assert exc.message == "HTTP 502 from LowCodeAPI (text/html)"
    exc = make_status_error(response(502, text="", content_type="text/html"))
    assert exc.message == "HTTP 502 from LowCodeAPI (empty body)"
    exc = make_status_error(response(503, text="upstream connect error\nor disconnect"))
    assert exc.message == "HTTP 503 from LowCodeAPI (text/plain): upstream connect error or disconnect"
    exc = make_status_error(response(500, text='{"message": "text but JSON"}'))
    assert exc.message == "text but JSON"


def test_json_content_type_with_invalid_json_never_raises_decode_error() -> None:
    exc = make_status_error(response(500, text='{"message": "trunc', content_type="application/json"))
    assert isinstance(exc, InternalServerError)
    assert exc.message == "HTTP 500 from LowCodeAPI (application/json, invalid JSON)"
    assert exc.body == '{"message": "trunc'


def test_json_without_a_message_and_long_messages() -> None:
    exc = make_status_error(response(500, [1, 2]))
    assert exc.message == "HTTP 500 from LowCodeAPI (Internal Server Error)"
    exc = make_status_error(response(400, docs_envelope("x" * 1000 + "\n\nmore", "E")))
    assert len(exc.message) <= 300 and "\n" not in str(exc)


def test_message_echoing_the_url_is_redacted() -> None:
    body = server_envelope({"error": f"bad request to {URL}", "apiError": "Bad"})
    exc = make_status_error(response(400, body))
    assert TOKEN not in str(exc) and TOKEN not in exc.message
    assert "api_token=***" in exc.message


def test_retry_after_and_unknown_reason() -> None:
    exc = make_status_error(response(429, docs_envelope("Slow down", "RATE_LIMIT"), headers={"retry-after": "7"}))
    assert isinstance(exc, RateLimitError) and exc.retry_after == 7.0 and exc.code == "RATE_LIMIT"
    exc = make_status_error(response(599, {"message": "odd"}))
    assert type(exc) is InternalServerError
    assert str(exc).startswith("599")


def test_response_without_request() -> None:
    exc = make_status_error(httpx.Response(418, json={"message": "teapot"}))
    assert type(exc) is APIStatusError
    assert str(exc) == "418 I'm a teapot: teapot"


def test_raise_for_status() -> None:
    raise_for_status(response(200, {"data": {}}))
    raise_for_status(response(204, None))
    with pytest.raises(NotFoundError):
        raise_for_status(response(404, docs_envelope("Model not found", "NOT_FOUND")))
    with pytest.raises(APIStatusError):
        raise_for_status(response(302, {}))


def test_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(APIConnectionError, LowCodeAPIError)
    assert issubclass(ResponseDecodeError, LowCodeAPIError)
    assert not issubclass(ResponseDecodeError, APIStatusError)
    assert str(LowCodeAPIError("plain")) == "plain" and LowCodeAPIError("plain").message == "plain"
