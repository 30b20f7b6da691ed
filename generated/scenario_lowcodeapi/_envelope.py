"""Unwrapping LowCodeAPI's success envelopes around Scenario's responses."""

from __future__ import annotations

import json

import httpx

from ._exceptions import ResponseDecodeError, content_type, is_json_type, one_line

__all__ = ["decode_json_payload", "decode_payload", "is_route_miss", "unwrap_envelope"]


def unwrap_envelope(data: object) -> object:
    """Scenario's response inside a LowCodeAPI envelope, or ``data`` itself when it is not clearly an envelope.

    Provider docs: ``{"data": X}`` (``data`` the only key). Open-source server:
    ``{"message", "provider", "result": X, "response_headers"}`` (``result`` together with ``provider``).
    """
    if type(data) is dict:
        if len(data) == 1 and "data" in data:
            return data["data"]
        if "result" in data and "provider" in data:
            return data["result"]
    return data


def _looks_like_json(content: bytes) -> bool:
    return content.lstrip()[:1] in (b"{", b"[")


def _invalid_json(response: httpx.Response, media_type: str, error: ValueError) -> ResponseDecodeError:
    status = f"{response.status_code} {response.reason_phrase}".rstrip()
    size = len(response.content)
    return ResponseDecodeError(
        f"Invalid JSON in {status} response from LowCodeAPI ({media_type or 'no content type'}, {size} bytes): "
        + one_line(str(error), 120),
        response=response,
    )


def decode_payload(response: httpx.Response) -> object:
    """The payload of a successful response: unwrapped JSON for a JSON content type, raw ``bytes`` otherwise
    (an image passed through by the proxy). An empty JSON body gives ``None``.

    Raises :class:`ResponseDecodeError` when the body claims to be JSON but is not (e.g. truncated).
    """
    content = response.content
    header = response.headers.get("content-type")
    if header is None:
        if not _looks_like_json(content):
            return content
        media_type = ""
    else:
        media_type = header.partition(";")[0].strip().lower()
        if not is_json_type(media_type):
            return content
    if not content:
        return None
    try:
        data = json.loads(content)
    except ValueError as error:  # includes UnicodeDecodeError
        del content  # the body may echo the token: keep it out of the locals a traceback reporter captures
        raise _invalid_json(response, media_type, error) from None
    return unwrap_envelope(data)


def decode_json_payload(response: httpx.Response) -> object:
    """Like :func:`decode_payload`, for endpoints that must answer JSON: a non-JSON body (e.g. an HTML page
    from a gateway with a 200) raises :class:`ResponseDecodeError` instead of returning bytes."""
    payload = decode_payload(response)
    if isinstance(payload, bytes):
        media_type = content_type(response) or "no content type"
        raise ResponseDecodeError(
            f"Expected JSON from LowCodeAPI, got {media_type} ({len(payload)} bytes) "
            f"with {response.status_code} {response.reason_phrase}".rstrip(),
            response=response,
        )
    return payload


def is_route_miss(response: httpx.Response) -> bool:
    """A 404 that did not come from Scenario: the proxy has no such route.

    The open-source server's catch-all answers JSON ``{"message": "Not Found"}`` (no ``provider``; measured);
    a bare Express deployment answers its HTML ``Cannot GET`` page. A 404 from Scenario itself (the model really does not exist) comes
    back inside LowCodeAPI's error envelope (``{"data": {"error": ...}}`` or ``{"provider": ..., "error": ...}``)
    or as Scenario's own error body, and is not a route miss.
    """
    if response.status_code != 404:
        return False
    media_type = content_type(response)
    if media_type and not is_json_type(media_type):
        return True
    content = response.content
    if not content.strip():
        return True
    try:
        body = json.loads(content)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply to decode: not Scenario's error body
        return True
    return not _is_upstream_error(body)


def _is_upstream_error(body: object) -> bool:
    """Whether a JSON error body carries an error from Scenario (through either envelope)."""
    if not isinstance(body, dict):
        return False
    data = body.get("data")
    if isinstance(data, dict) and "error" in data:
        return True  # provider docs' envelope
    if "provider" in body or "apiError" in body or "reason" in body:
        return True  # open-source envelope, or Scenario's own body
    error = body.get("error")
    return isinstance(error, dict) and bool(error)  # {"error": {<upstream body>}}
