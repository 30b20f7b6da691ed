"""decode_payload / decode_json_payload / is_route_miss."""

from __future__ import annotations

import httpx
import pytest
from rt_helpers import BASE, TOKEN

from codegen.runtime._envelope import decode_json_payload, decode_payload, is_route_miss
from codegen.runtime._exceptions import ResponseDecodeError

REQUEST = httpx.Request("GET", f"{BASE}/v1/models?api_token={TOKEN}")


def resp(status: int, content: bytes, content_type: str | None) -> httpx.Response:
    headers = {"content-type": content_type} if content_type else {}
    return httpx.Response(status, content=content, headers=headers, request=REQUEST)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"data": {"models": [], "nextPaginationToken": "p"}}', {"models": [], "nextPaginationToken": "p"}),
        (
            b'{"message": "ok", "provider": "scenario", "result": {"model": {"id": "m"}}, "response_headers": {}}',
            {"model": {"id": "m"}},
        ),
        (b'{"provider": "scenario", "result": null}', None),
        (b'{"data": [1, 2]}', [1, 2]),
        # not clearly an envelope: returned as is
        (b'{"data": 1, "other": 2}', {"data": 1, "other": 2}),
        (b'{"result": 1, "message": "x"}', {"result": 1, "message": "x"}),
        (b'{"model": {"id": "m"}}', {"model": {"id": "m"}}),
        (b"[1, 2]", [1, 2]),
        (b"", None),
    ],
)
def test_json_envelopes(content: bytes, expected: object) -> None:
    assert decode_payload(resp(200, content, "application/json; charset=utf-8")) == expected


@pytest.mark.parametrize(
    "content_type",
    ["application/json", "Application/JSON; charset=utf-8", "application/problem+json", "text/json", None],
)
def test_json_content_types(content_type: str | None) -> None:
    assert decode_payload(resp(200, b' {"data": {"a": 1}}', content_type)) == {"a": 1}


def test_image_is_returned_as_bytes() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    assert decode_payload(resp(200, png, "image/png")) == png
    assert decode_payload(resp(200, b"plain", None)) == b"plain"
    assert decode_payload(resp(200, b'{"data": 1}', "text/html")) == b'{"data": 1}'


@pytest.mark.parametrize("content", [b'{"data": {"models": [{"id": "m1"}, {"id": "m', b"\xff\xfe{", b"nope"])
def test_invalid_json_raises_decode_error(content: bytes) -> None:
    response = resp(200, content, "application/json")
    with pytest.raises(ResponseDecodeError) as info:
        decode_payload(response)
    exc = info.value
    assert exc.response is response
    line = str(exc)
    assert "\n" not in line
    assert line.startswith("Invalid JSON in 200 OK response from LowCodeAPI (application/json, ")
    assert line.endswith(f"for GET {BASE}/v1/models?api_token=***")
    assert TOKEN not in line and TOKEN not in repr(exc)
    assert exc.__cause__ is None and exc.__suppress_context__


def test_decode_json_payload() -> None:
    assert decode_json_payload(resp(200, b'{"data": {"a": 1}}', "application/json")) == {"a": 1}
    with pytest.raises(ResponseDecodeError, match=r"Expected JSON from LowCodeAPI, got text/html \(6 bytes\)"):
        decode_json_payload(resp(200, b"<html>", "text/html"))


@pytest.mark.parametrize(
    ("status", "content", "content_type", "miss"),
    [
        (404, b"<pre>Cannot GET /scenario/v1/models/m</pre>", "text/html; charset=utf-8", True),
        (404, b"Not Found", "text/plain", True),
        (404, b"", None, True),
        (404, b"<html>", "application/json", True),  # claims JSON, is not: not Scenario's answer
        (404, b'{"data": {"error": {"message": "Model not found", "code": "NOT_FOUND"}}}', "application/json", False),
        (404, b'{"message": "x", "provider": "scenario", "error": {"error": "Model not found"}}', None, False),
        (404, b'{"apiError": "not_found", "error": "Model not found"}', "application/json", False),
        (404, b'{"message": "Not Found"}', "application/json", True),  # a JSON route miss from another deployment
        (404, b'{"error": "Cannot GET /scenario/v1/models/m"}', "application/json", True),
        (404, b"[]", "application/json", True),
        (200, b"<html>", "text/html", False),
        (500, b"<html>", "text/html", False),
    ],
)
def test_is_route_miss(status: int, content: bytes, content_type: str | None, miss: bool) -> None:
    assert is_route_miss(resp(status, content, content_type)) is miss
