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
from ._parsing import PayloadError, gc_paused
from .types import Response

T = TypeVar("T")

__all__ = ["build_response", "parse_json", "parse_model", "parse_model_or_bytes", "raise_for_status"]


def parse_json(response: httpx.Response) -> Any:
    """Scenario's payload, unwrapped from LowCodeAPI's envelope (bytes for a non-JSON body)."""
    return decode_payload(response)


def parse_model(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    """Parse a 2xx response into the operation's typed model.

    A body that is not a JSON object (an HTML page, an image, a list) or that the model cannot
    read is a ResponseDecodeError naming what came back (and the JSON path of what was wrong); the raw
    body stays on ``.response``. The cyclic GC is paused meanwhile (see ``_parsing.gc_paused``).
    """
    with gc_paused:
        return _model_from(response, _decode(response), from_dict)


def parse_model_or_bytes(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T | bytes:
    """Like :func:`parse_model`, for operations that may answer with a raw image: a non-JSON body is its bytes."""
    with gc_paused:
        payload = _decode(response)
        if isinstance(payload, bytes):
            return payload
        return _model_from(response, payload, from_dict)


def _decode(response: httpx.Response) -> object:
    try:
        return decode_payload(response)
    except RecursionError:  # JSON nested deeper than the interpreter's recursion limit
        raise ResponseDecodeError(
            f"the JSON body is nested too deeply to decode ({len(response.content)} bytes)", response=response
        ) from None


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
    except PayloadError as exc:
        raise ResponseDecodeError(
            f"cannot read the payload as {_model_name(from_dict)}: {exc}", response=response
        ) from None
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise ResponseDecodeError(
            f"cannot read the payload as {_model_name(from_dict)}: {type(exc).__name__}: {_one_line(exc)}",
            response=response,
        ) from None


def _model_name(from_dict: Callable[..., object]) -> str:
    owner = getattr(from_dict, "__self__", None)
    return str(getattr(owner, "__name__", "the response model"))


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:200] + "..."


def build_response(response: httpx.Response, parsed: T | None) -> Response[T]:
    """The ``*_detailed`` result: status, headers, raw bytes and the parsed model (None unless 2xx)."""
    try:
        status: HTTPStatus = HTTPStatus(response.status_code)
    except ValueError:  # a status http.HTTPStatus does not know (e.g. 599): keep the number
        status = cast(HTTPStatus, response.status_code)
    return Response(status_code=status, content=response.content, headers=response.headers, parsed=parsed)
