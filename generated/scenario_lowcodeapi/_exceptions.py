"""Exceptions raised by the client, and the parsing of LowCodeAPI's error bodies into them."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable

import httpx

from ._origin import Origin, classify
from ._redact import redact_data, redact_text, redact_url, scrub_response
from ._retry import retry_after_seconds

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "LowCodeAPIError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "make_status_error",
    "raise_for_status",
]

_MAX_MESSAGE = 300


class LowCodeAPIError(Exception):
    """Base class of every error raised by this package. ``str()`` is a single readable line."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class APIStatusError(LowCodeAPIError):
    """LowCodeAPI (or Scenario behind it) answered with a non-2xx status.

    ``message`` is the most specific human message found in the body, ``code`` the machine-readable error code
    when there is one, ``body`` the parsed JSON (or the text when the body is not JSON) and ``retry_after`` the
    wait the server asked for, in seconds.

    ``origin`` says who refused: ``"lowcodeapi"`` for the proxy's own rejections (token missing, malformed or
    unknown, no Scenario credentials connected, no such route, Scenario unreachable), ``"scenario"`` for Scenario's
    answers passed through, ``None`` where the body does not tell (a gateway's HTML page, the hosted envelope
    without a Scenario body). ``scenario_code`` is Scenario's own error code (its ``apiError`` or ``name``, e.g.
    ``"modelNotFound"``, ``"PlanLimitReachedError"``), ``hint`` the next step when there is a clear one; ``str()``
    ends with it.
    """

    status_code: int
    code: str | None
    body: object
    response: httpx.Response
    retry_after: float | None
    origin: Origin | None
    scenario_code: str | None
    hint: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None = None,
        origin: Origin | None = None,
        scenario_code: str | None = None,
        hint: str | None = None,
    ) -> None:
        scrub_response(response)  # a token the server echoed, out of the response this error carries
        message = redact_text(message)
        status = response.status_code
        reason = response.reason_phrase
        line = f"{status} {reason}: {message}" if reason else f"{status}: {message}"
        if code:
            line += f" (code {code})"
        if origin is not None:
            line += f" [{'LowCodeAPI' if origin == 'lowcodeapi' else 'Scenario'}]"
        if hint:
            line += f": {hint}"
        super().__init__(line + _request_suffix(response))
        self.message = message
        self.status_code = status
        self.code = code
        self.origin = origin
        self.scenario_code = scenario_code
        self.hint = hint
        self.body = body
        self.response = response
        self.retry_after = retry_after_seconds(response.headers)


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401. ``origin == "lowcodeapi"``: the api_token is missing or malformed (not ``at_...``).
    ``origin == "scenario"``: Scenario rejected the Scenario key and secret stored in LowCodeAPI."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403. ``origin == "lowcodeapi"``: LowCodeAPI does not know the api_token ("Invalid api_token"), or the
    token's account has no Scenario credentials connected (``hint`` says which). ``origin == "scenario"``: Scenario
    refused the request."""


class NotFoundError(APIStatusError):
    """HTTP 404. ``origin == "scenario"``: the object does not exist (``scenario_code`` e.g. ``"modelNotFound"``).
    ``origin == "lowcodeapi"``: LowCodeAPI has no such route (a self-hosted server needs ``url_format="old"``)."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 500 and above. ``origin == "lowcodeapi"``: LowCodeAPI could not reach Scenario (the message is the
    socket error) or failed itself; ``origin == "scenario"``: Scenario's own failure, passed through."""


class APIConnectionError(LowCodeAPIError):
    """No response: the connection failed or broke. The message names the redacted URL; the underlying httpx
    exception is deliberately not chained (it holds the URL with the token). ``request`` is the request that
    failed, its method and URL only, with ``api_token=***`` (``None`` when raised by hand)."""

    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, waiting for the pool, reading or writing)."""


class ResponseDecodeError(LowCodeAPIError):
    """A successful response whose body is not the JSON it should be."""

    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        secrets = scrub_response(response)  # a token the server echoed, out of the response this error carries
        message = redact_text(message, secrets)
        super().__init__(message + _request_suffix(response))
        self.message = message
        self.response = response


class ResponseTooLargeError(LowCodeAPIError):
    """A response body (or a downloaded image) longer than the client's ``max_response_bytes``, counted after
    decompression, so a compression bomb stops early; the rest was not read. ``limit`` is the limit in bytes,
    ``request`` the request (method and URL, ``api_token=***``; ``None`` for a download). Not retried."""

    limit: int
    request: httpx.Request | None

    def __init__(self, message: str, *, limit: int, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.limit = limit
        self.request = request


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def _request_suffix(response: httpx.Response) -> str:
    try:
        request = response.request
    except RuntimeError:  # a Response built by hand, without a request
        return ""
    return f" for {request.method} {redact_url(request.url)}"


def content_type(response: httpx.Response) -> str:
    """The media type of ``response`` (``application/json``), lower case, without parameters."""
    header: str = response.headers.get("content-type", "")
    return header.partition(";")[0].strip().lower()


def is_json_type(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json") or media_type == "text/json"


def one_line(text: str, limit: int = _MAX_MESSAGE) -> str:
    """``text`` on one line (whitespace runs collapsed), redacted, at most ``limit`` characters."""
    text = redact_text(" ".join(text.split()))
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _as_str(value: object) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _describe(obj: object, depth: int = 0) -> tuple[str | None, str | None]:
    """(message, code) from an error body, preferring the innermost (most specific) one.

    Handles the provider docs' ``{"data": {"error": {"message", "code"}}}``, the open-source server's
    ``{"message", "provider", "error": <upstream body>, "headers"}`` and Scenario's own
    ``{"id", "apiError", "error": "<text>", "infos", ...}`` and ``{"reason", "name", "details"}``.
    """
    if isinstance(obj, str):
        return _as_str(obj), None
    if not isinstance(obj, dict) or depth > 5:
        return None, None
    inner_message: str | None = None
    inner_code: str | None = None
    for key in ("error", "data"):
        inner = obj.get(key)
        if isinstance(inner, dict) or (key == "error" and isinstance(inner, str)):
            inner_message, inner_code = _describe(inner, depth + 1)
            if inner_message or inner_code:
                break
    message = inner_message or _as_str(obj.get("reason")) or _as_str(obj.get("message"))
    code = inner_code or _as_str(obj.get("code")) or _as_str(obj.get("apiError"))
    if code is None:
        name = _as_str(obj.get("name"))
        if name and name != "Error":
            code = name
    return message, code


_HTML_TEXT_RE = [re.compile(rf"<{tag}[^>]*>(.*?)</{tag}>", re.IGNORECASE | re.DOTALL) for tag in ("pre", "h1", "title")]
_TAG_RE = re.compile(r"<[^>]+>")


def _html_summary(text: str) -> str | None:
    head = text[:20_000]
    for pattern in _HTML_TEXT_RE:
        match = pattern.search(head)
        if match:
            found = html.unescape(_TAG_RE.sub(" ", match.group(1))).strip()
            if found:
                return found
    return None


def _non_json_message(response: httpx.Response, media_type: str, text: str) -> str:
    status = response.status_code
    if not response.content:
        return f"HTTP {status} from LowCodeAPI (empty body)"
    label = media_type or "no content type"
    summary: str | None = None
    if "html" in media_type:
        summary = _html_summary(text)
    elif media_type.startswith("text/") or not media_type:
        summary = text.strip() or None
    base = f"HTTP {status} from LowCodeAPI ({label})"
    return f"{base}: {one_line(summary, 200)}" if summary else base


_MAX_BODY_DEPTH = 100


def _too_deep(value: object, limit: int = _MAX_BODY_DEPTH) -> bool:
    """Whether the JSON ``value`` nests arrays/objects more than ``limit`` levels (iterative: any depth is safe)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Iterable[object] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def body_text(response: httpx.Response) -> str:
    """``response.text``, or the body decoded as UTF-8 with replacement characters when its declared charset
    cannot decode it (``.text`` raises for, e.g., ``charset=utf-16`` without a byte-order mark)."""
    try:
        return response.text
    except (UnicodeError, LookupError):
        return response.content.decode("utf-8", "replace")


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The :class:`APIStatusError` subclass for ``response``'s status, with the message and code of its body.

    Never raises for a body it cannot read (invalid JSON or UTF-8, JSON nested too deeply, an unknown charset):
    ``body`` falls back to the text, or ``None``."""
    status = response.status_code
    cls = _STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    media_type = content_type(response)
    body: object = None
    parsed = False
    if response.content and (is_json_type(media_type) or not media_type or media_type.startswith("text/plain")):
        try:
            body = json.loads(response.content)
        except (ValueError, RecursionError):  # invalid JSON or UTF-8, or nested deeper than the recursion limit
            body = None
        else:
            # A text/plain "502" is not a JSON error body, a text/plain '{"message": ...}' is. JSON nested deeper
            # than anyone writes an error is kept as text: printing it would hit the recursion limit.
            parsed = (is_json_type(media_type) or isinstance(body, dict)) and not _too_deep(body)
            if not parsed:
                body = None
    if parsed:
        message, code = _describe(body)
        if message is None:
            reason = response.reason_phrase
            message = f"HTTP {status} from LowCodeAPI" + (f" ({reason})" if reason else "")
        origin, scenario_code, hint = classify(status, body, message)
        return cls(
            one_line(message),
            response=response,
            body=redact_data(body),
            code=one_line(code, 100) if code else None,
            origin=origin,
            scenario_code=one_line(scenario_code, 100) if scenario_code else None,
            hint=hint,
        )
    text = body_text(response)
    body = redact_text(text)
    if media_type and is_json_type(media_type):
        message = f"HTTP {status} from LowCodeAPI ({media_type}, invalid JSON)"
    else:
        message = _non_json_message(response, media_type, text)
    return cls(message, response=response, body=body)


def raise_for_status(response: httpx.Response) -> None:
    """Raise :func:`make_status_error` for a response whose status is not 2xx."""
    if not 200 <= response.status_code < 300:
        raise make_status_error(response)
