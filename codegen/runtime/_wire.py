"""The request as it goes on the wire and as it is shown afterwards: the query string, and the one object that holds
the token (:class:`WireRequest`), sealed (:func:`seal`, :func:`publish`) once its attempts are over so that what
responses and errors carry reads ``api_token=***``."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

import httpx

from ._redact import REDACTED, Secrets, attach_secrets, redact_url, scrub_response

__all__ = ["PUBLIC_TOKEN_QUERY", "WireRequest", "encode_query", "public_url", "publish", "seal"]

PUBLIC_TOKEN_QUERY: Final = "api_token=" + REDACTED


def _render(value: object) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return value
    if isinstance(value, enum.Enum):
        return _render(value.value)
    return str(value)


def encode_query(params: Mapping[str, Any]) -> str:
    """``a=1&b=true&c=x&c=y``: ``None`` values dropped, bools as ``true``/``false``, lists as repeated keys."""
    parts: list[str] = []
    for key, value in params.items():
        if value is None or key == "api_token":
            continue
        name = quote(key, safe="")
        if isinstance(value, (list, tuple)):
            parts.extend(f"{name}={quote(_render(item), safe='')}" for item in value if item is not None)
        else:
            parts.append(f"{name}={quote(_render(value), safe='')}")
    return "&".join(parts)


class WireRequest(httpx.Request):
    """The request handed to httpx: the only object holding the token. Its ``repr`` hides it (tracebacks with
    local variables, debuggers), and once its attempts are over (:func:`publish`, or a connection error) the
    URL with the token is dropped and ``url`` (hence ``response.request.url``, ``response.url``) reads as the
    redacted one.

    ``url`` is a property over the instance's own ``url`` (set by ``httpx.Request.__init__``): the redacted
    URL is parsed lazily, only if someone reads it after the call, so publishing costs nothing per call.
    """

    public_url: str

    @property
    def url(self) -> httpx.URL:
        state = self.__dict__
        if state.get("_published"):
            public = state.get("_public")
            if public is None:
                public = state["_public"] = httpx.URL(self.public_url)
            return public
        wire: httpx.URL = state["url"]
        return wire

    @url.setter
    def url(self, value: httpx.URL) -> None:
        self.__dict__["url"] = value
        self.__dict__.pop("_published", None)
        self.__dict__.pop("_public", None)

    def __repr__(self) -> str:
        return f"<Request({self.method!r}, {self.public_url!r})>"


def publish(response: httpx.Response, secrets: Secrets | None = None) -> httpx.Response:
    """``response`` with the token gone from its request's URL (``api_token=***``); idempotent. Only for a
    response that ends an attempt sequence: the request is not sent again.

    With the client's ``secrets``: a non-2xx answer (an error is about to carry it) has a token the server echoed
    redacted from its body and headers now; a 2xx keeps them for a :class:`ResponseDecodeError` built from it
    later (most are parsed fine: their body is not searched)."""
    if secrets is not None:
        if 200 <= response.status_code < 300:
            attach_secrets(response, secrets)
        else:
            scrub_response(response, secrets)
    try:
        request = response.request
    except RuntimeError:  # built by hand, without a request
        return response
    seal(request)
    return response


def seal(request: httpx.Request) -> None:
    """Forget the token in ``request`` (a :class:`WireRequest` whose attempts are over): its ``url`` reads as
    the redacted one from now on, and the URL with the token is dropped."""
    if isinstance(request, WireRequest):
        state = request.__dict__
        state["_published"] = True
        state["url"] = None


def public_url(request: httpx.Request) -> str:
    return request.public_url if isinstance(request, WireRequest) else redact_url(request.url)
