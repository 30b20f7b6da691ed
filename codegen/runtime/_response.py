"""Turning an httpx.Response into what a generated operation returns.

Generated endpoint modules call these; they hold no logic of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, TypeVar, cast

import httpx

from ._envelope import decode_payload
from ._exceptions import ResponseDecodeError, raise_for_status
from .types import Response

T = TypeVar("T")

__all__ = ["build_response", "parse_json", "parse_model", "parse_model_or_bytes", "raise_for_status"]


def parse_json(response: httpx.Response) -> Any:
    """Scenario's payload, unwrapped from LowCodeAPI's envelope (bytes for a non-JSON body)."""
    return decode_payload(response)


def parse_model(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    """Parse a 2xx response into the operation's typed model.

    A body that is not a JSON object (an HTML page, an image, a list) or that the model cannot
    read is a ResponseDecodeError naming what came back; the raw body stays on ``.response``.
    """
    return _model_from(response, decode_payload(response), from_dict)


def parse_model_or_bytes(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T | bytes:
    """Like :func:`parse_model`, for operations that may answer with a raw image: a non-JSON body is its bytes."""
    payload = decode_payload(response)
    if isinstance(payload, bytes):
        return payload
    return _model_from(response, payload, from_dict)


def empty_is_success(response: httpx.Response) -> bool:
    """A 2xx without a body (a 204, or an empty 200) to a DELETE: the delete succeeded, there is nothing to say."""
    if response.content:
        return False
    try:
        return response.request.method == "DELETE"
    except RuntimeError:  # a Response built by hand, without a request
        return False


def _model_from(response: httpx.Response, payload: object, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    if (payload is None or payload == b"") and empty_is_success(response):
        payload = {}
    if not isinstance(payload, dict):
        if isinstance(payload, bytes):
            what = f"{len(payload)} bytes of {response.headers.get('content-type', 'unknown content type')}"
        else:
            what = f"JSON {type(payload).__name__}"
        raise ResponseDecodeError(f"expected a JSON object from Scenario, got {what}", response=response)
    try:
        return from_dict(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        owner = getattr(from_dict, "__self__", None)
        model = getattr(owner, "__name__", "the response model")
        raise ResponseDecodeError(
            f"cannot read the payload as {model}: {type(exc).__name__}: {exc}", response=response
        ) from None


def build_response(response: httpx.Response, parsed: T | None) -> Response[T]:
    """The ``*_detailed`` result: status, headers, raw bytes and the parsed model (None unless 2xx)."""
    try:
        status: HTTPStatus = HTTPStatus(response.status_code)
    except ValueError:  # a status http.HTTPStatus does not know (e.g. 599): keep the number
        status = cast(HTTPStatus, response.status_code)
    return Response(status_code=status, content=response.content, headers=response.headers, parsed=parsed)
