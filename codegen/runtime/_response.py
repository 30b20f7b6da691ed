"""Turning an httpx.Response into what a generated operation returns.

Generated endpoint modules call these; they hold no logic of their own.
"""

from __future__ import annotations

import datetime
import json as _json
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, Generic, TypeVar, cast

import httpx

from ._envelope import decode_payload
from ._exceptions import ResponseDecodeError, raise_for_status
from ._parsing import PayloadError
from ._redact import redact_url
from .types import Response

T = TypeVar("T")

__all__ = [
    "APIResponse",
    "build_response",
    "parse_json",
    "parse_model",
    "parse_model_or_bytes",
    "raise_for_status",
    "raw_response",
]


def parse_json(response: httpx.Response) -> Any:
    """Scenario's payload, unwrapped from LowCodeAPI's envelope (bytes for a non-JSON body); a body that is not
    the JSON it claims to be, or is nested too deeply to decode, is a ``ResponseDecodeError``."""
    return _decode(response)


def parse_model(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T:
    """Parse a 2xx response into the operation's typed model.

    A body that is not a JSON object (an HTML page, an image, a list) or that the model cannot
    read is a ResponseDecodeError naming what came back (and the JSON path of what was wrong); the raw
    body stays on ``.response``.
    """
    return _model_from(response, _decode(response), from_dict)


def parse_model_or_bytes(response: httpx.Response, from_dict: Callable[[Mapping[str, Any]], T]) -> T | bytes:
    """Like :func:`parse_model`, for operations that may answer with a raw image: a non-JSON body is its bytes."""
    payload = _decode(response)
    if isinstance(payload, bytes):
        return payload
    try:
        return _model_from(response, payload, from_dict)
    except ResponseDecodeError:
        del payload  # it may echo the token (see _model_from)
        raise


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
    # The payload may echo the token: every failure drops it from this frame's locals before raising (what a
    # traceback reporter captures), and raises outside the except blocks, so no chained context keeps it either.
    if (payload is None or payload == b"") and empty_is_success(response):
        payload = {}
    if not isinstance(payload, dict):
        if isinstance(payload, bytes):
            what = f"{len(payload)} bytes of {response.headers.get('content-type', 'unknown content type')}"
        else:
            what = f"JSON {type(payload).__name__}"
        del payload
        raise ResponseDecodeError(f"expected a JSON object from Scenario, got {what}", response=response)
    try:
        return from_dict(payload)
    except PayloadError as exc:
        error = ResponseDecodeError(f"cannot read the payload as {_model_name(from_dict)}: {exc}", response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        error = ResponseDecodeError(
            f"cannot read the payload as {_model_name(from_dict)}: {type(exc).__name__}: {_one_line(exc)}",
            response=response,
        )
    del payload
    try:
        raise error
    finally:
        del error


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


_NOT_PARSED: Any = object()


class APIResponse(Generic[T]):
    """What ``client.<resource>.with_raw_response.<method>(...)`` returns: a 2xx answer (any other status raised the
    typed error already), its HTTP details, and :meth:`parse` for the typed result the plain method returns.

    The token never shows: ``http_request`` is a copy of the request with ``api_token=***`` in its URL, and the
    repr names only the status and that URL.
    """

    __slots__ = ("_parse", "_parsed", "_response")

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self._response = response
        self._parse = parse
        self._parsed: T = _NOT_PARSED

    def parse(self) -> T:
        """The typed result (the model the plain method returns); parsed once, then cached. A body that is not the
        expected JSON raises :class:`ResponseDecodeError`."""
        if self._parsed is _NOT_PARSED:
            self._parsed = self._parse(self._response)
        return self._parsed

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def reason_phrase(self) -> str:
        return self._response.reason_phrase

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def content(self) -> bytes:
        """The body as received (LowCodeAPI's envelope included)."""
        return self._response.content

    @property
    def text(self) -> str:
        return self._response.text

    def json(self) -> Any:
        """The body as received, decoded as JSON (LowCodeAPI's envelope included; :meth:`parse` unwraps it)."""
        return _json.loads(self._response.content)

    @property
    def http_request(self) -> httpx.Request:
        """The request that got this answer, with the token replaced by ``***`` in its URL (a copy: sending it
        would not authenticate)."""
        return redacted_request(self._response.request)

    @property
    def url(self) -> str:
        """The URL that answered, token redacted."""
        return redact_url(self._response.request.url)

    @property
    def elapsed(self) -> datetime.timedelta | None:
        """Time from sending the (last) request to reading the whole answer; None when the transport did not time it
        (an ``httpx.MockTransport`` handler returning a ready-made body)."""
        try:
            return self._response.elapsed
        except RuntimeError:
            return None

    @property
    def retries_taken(self) -> int:
        """Retries made before this answer (0: the first attempt; a URL-format fallback is not a retry)."""
        value = self._response.extensions.get("retries_taken", 0)
        return value if isinstance(value, int) else 0

    def __repr__(self) -> str:
        request = self._response.request
        return (
            f"<{type(self).__name__} [{self.status_code} {self.reason_phrase}] "
            f"{request.method} {redact_url(request.url)}>"
        )


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` whose URL has ``api_token=***`` (headers and body kept)."""
    return httpx.Request(request.method, redact_url(request.url), headers=request.headers, content=request.content)


def raw_response(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> APIResponse[T]:
    """The ``with_raw_response`` result: raises the typed :class:`APIStatusError` for a non-2xx answer (as the
    plain method does), else wraps ``response`` with ``parse`` for :meth:`APIResponse.parse`."""
    raise_for_status(response)
    return APIResponse(response, parse)
