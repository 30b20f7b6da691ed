"""Per-call request options, with openai-python's names: ``extra_query``, ``extra_headers``, ``extra_body``.

Every generated operation (function style and resource style) takes them and hands them to
:meth:`Client.request`, which merges them here just before the request is built:

- ``extra_query`` is added to the operation's query parameters (it wins on a clash) but can never
  set ``api_token``: the client sends the token itself.
- ``extra_headers`` are added to the client's headers for this call.
- ``extra_body`` is merged (shallow) into the JSON body, and creates one for an operation without a body.

Bad input raises ``TypeError``/``ValueError`` with one line naming the option and the key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeAlias

__all__ = ["Body", "Headers", "Query", "check_headers", "merge_body", "merge_headers", "merge_query"]

Query: TypeAlias = Mapping[str, object]
Headers: TypeAlias = Mapping[str, str]
Body: TypeAlias = Mapping[str, object]

# ``api_token`` itself, and the forms Express's query parser (qs) reads as the same key: ``api_token[]``,
# ``api_token[0]``, ``api_token[x]``.
_TOKEN_KEY = re.compile(r"api_token(\[.*)?", re.DOTALL)
# RFC 9110 token characters for a header name; a value must not break the header line.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BAD_VALUE = re.compile(r"[\r\n\x00]")


def _mapping(option: str, value: object) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{option} must be a mapping (dict), got {type(value).__name__}")
    return value


def _key(option: str, key: object) -> str:
    if not isinstance(key, str) or not key:
        raise TypeError(f"{option} keys must be non-empty strings, got {key!r}")
    return key


def merge_query(params: Mapping[str, Any] | None, extra_query: Query | None) -> Mapping[str, Any] | None:
    """``params`` with ``extra_query`` added on top (``None`` values drop a parameter, lists repeat it)."""
    if extra_query is None:
        return params
    extra = _mapping("extra_query", extra_query)
    merged: dict[str, Any] = dict(params) if params else {}
    for key, value in extra.items():
        if _TOKEN_KEY.fullmatch(_key("extra_query", key)):
            raise ValueError(f"extra_query must not set {key!r}: the client sends the api_token itself")
        merged[key] = value
    return merged


def check_headers(option: str, headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` as a dict, every name a valid header name and every value a one-line ASCII ``str``: httpx would
    otherwise fail only at send time, with an error naming no header."""
    checked: dict[str, str] = {}
    for name, value in _mapping(option, headers).items():
        if not _HEADER_NAME.fullmatch(_key(option, name)):
            raise ValueError(f"{option}: {name!r} is not a valid header name")
        if not isinstance(value, str):
            raise TypeError(f"{option}[{name!r}] must be a str, got {type(value).__name__}")
        if _BAD_VALUE.search(value):
            raise ValueError(f"{option}[{name!r}] must not contain CR, LF or NUL")
        if not value.isascii():
            raise ValueError(f"{option}[{name!r}] must be ASCII")
        checked[name] = value
    return checked


def merge_headers(
    headers: Mapping[str, str] | None, extra_headers: Headers | None, option: str = "extra_headers"
) -> dict[str, str] | None:
    """The client's ``headers`` with ``extra_headers`` on top (case-insensitive names; the last one wins)."""
    if extra_headers is None:
        return dict(headers) if headers else None
    extra = check_headers(option, extra_headers)
    overridden = {name.lower() for name in extra}
    merged = {name: value for name, value in (headers or {}).items() if name.lower() not in overridden}
    merged.update(extra)
    return merged or None


def merge_body(json: Any, extra_body: Body | None) -> Any:
    """The JSON body with ``extra_body``'s keys added on top (a new object when the operation sends none)."""
    if extra_body is None:
        return json
    extra = _mapping("extra_body", extra_body)
    if json is None:
        merged: dict[str, Any] = {}
    elif isinstance(json, Mapping):
        merged = dict(json)
    else:
        raise TypeError(f"extra_body needs a JSON object body, this operation sends {type(json).__name__}")
    for key, value in extra.items():
        merged[_key("extra_body", key)] = value
    return merged
