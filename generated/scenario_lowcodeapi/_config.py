"""A client's settings: their defaults, the environment variables that stand in for them, and the checks that
refuse a bad value (one-line ``ValueError``) before anything is sent."""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Mapping
from ipaddress import ip_address
from typing import Final, Literal, TypeAlias
from urllib.parse import urlsplit

import httpx

from ._redact import redact_url

__all__ = [
    "BASE_URL_ENV_VAR",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "TOKEN_ENV_VAR",
    "URL_FORMAT_ENV_VAR",
    "TimeoutTypes",
    "UrlFormatOption",
    "warn_cleartext",
]

DEFAULT_BASE_URL: Final = "https://api.lowcodeapi.com/scenario"
DEFAULT_TIMEOUT: Final = 60.0
"""Seconds one whole attempt (connect to last byte) may take, by default."""
DEFAULT_MAX_RESPONSE_BYTES: Final = 256 * 1024 * 1024
"""The longest response body (after decompression) a client reads, by default: 256 MiB, room for Scenario's largest
answers (an upscaled image as base64) while a runaway or compression-bomb answer stops early."""
DEFAULT_MAX_RETRIES: Final = 2
TOKEN_ENV_VAR: Final = "LOWCODEAPI_API_TOKEN"
BASE_URL_ENV_VAR: Final = "LOWCODEAPI_BASE_URL"
URL_FORMAT_ENV_VAR: Final = "LOWCODEAPI_URL_FORMAT"
TimeoutTypes: TypeAlias = "float | httpx.Timeout | None"
UrlFormatOption: TypeAlias = Literal["auto", "new", "old"]

_warned_cleartext: set[str] = set()
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        return True
    try:
        return ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def warn_cleartext(base_url: str) -> None:
    """Warn (once per base URL and process) when the token would travel unencrypted to another machine."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or _is_loopback(parts.hostname) or base_url in _warned_cleartext:
        return
    _warned_cleartext.add(base_url)
    # Point at the user's line: the first frame outside this package (Scenario(), Client() or a helper of ours).
    level, frame = 1, sys._getframe(0)
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame, level = frame.f_back, level + 1
    warnings.warn(
        f"base_url {redact_url(base_url)!r} is plain http:// to a non-loopback host: "
        "the LowCodeAPI token travels in cleartext in every request URL; use https://",
        UserWarning,
        stacklevel=level,
    )


def _normalize_base_url(base_url: str) -> str:
    text = str(base_url).strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"base_url must be an http(s) URL, got {redact_url(text)!r}")
    if (
        parts.query or parts.fragment or "?" in text or "#" in text
    ):  # an empty "?" or "#" too: it would mangle every URL
        raise ValueError(
            f"base_url must not have a query string or fragment (the token goes in api_token=), "
            f"got {redact_url(text)!r}"
        )
    return text


def _resolve_base_url(base_url: str | None) -> str:
    """``base_url`` if given, else ``$LOWCODEAPI_BASE_URL`` if set (and not blank), else the public proxy."""
    if base_url is not None:
        return base_url
    from_env = os.environ.get(BASE_URL_ENV_VAR, "").strip()
    return from_env or DEFAULT_BASE_URL


def _as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
    return max_retries


def _check_max_response_bytes(max_response_bytes: int | None) -> int | None:
    if max_response_bytes is None:
        return None
    if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int) or max_response_bytes < 1:
        raise ValueError(f"max_response_bytes must be an int >= 1 or None, got {max_response_bytes!r}")
    return max_response_bytes


_URL_FORMATS: Mapping[object, UrlFormatOption] = {"auto": "auto", "new": "new", "old": "old"}


def _check_url_format(url_format: object) -> UrlFormatOption:
    checked = _URL_FORMATS.get(url_format)
    if checked is not None:
        return checked
    raise ValueError(f"url_format must be 'auto', 'new' or 'old', got {url_format!r}")


def _resolve_url_format(url_format: UrlFormatOption | None) -> UrlFormatOption:
    """``url_format`` if given, else ``$LOWCODEAPI_URL_FORMAT`` if set (and not blank; a self-hosted LowCodeAPI:
    ``old``), else ``auto``."""
    if url_format is not None:
        return _check_url_format(url_format)
    from_env = os.environ.get(URL_FORMAT_ENV_VAR, "").strip().lower()
    if not from_env:
        return "auto"
    checked = _URL_FORMATS.get(from_env)
    if checked is None:
        raise ValueError(f"{URL_FORMAT_ENV_VAR} must be 'auto', 'new' or 'old', got {from_env!r}")
    return checked
