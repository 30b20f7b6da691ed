"""Keeping the LowCodeAPI token (sent as the ``api_token`` query parameter) out of logs and messages."""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

import httpx

__all__ = [
    "LOG_ENV_VAR",
    "REDACTED",
    "RedactingFilter",
    "install_redaction",
    "logger",
    "redact_data",
    "redact_text",
    "register_secret",
    "redact_url",
    "scrub_response",
    "setup_logging",
]

REDACTED = "***"
LOG_ENV_VAR = "SCENARIO_LOWCODEAPI_LOG"

logger = logging.getLogger("scenario_lowcodeapi")

# `api_token=<value>` wherever it appears: a query string, a URL inside a message, a repr.
_TOKEN_RE = re.compile(r"(api_token=)[^&#\s'\"<>]*", re.IGNORECASE)
_TOKEN_URL_RE = re.compile(r"([?&]api_token=)[^&#]*", re.IGNORECASE)
_TOKEN_BYTES_RE = re.compile(rb"(api_token=)[^&#\s'\"<>]*", re.IGNORECASE)

# Loggers that may print a request URL (httpx logs every request at INFO; httpcore traces at DEBUG).
_FOREIGN_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.connection_pool",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_MARK = "_scenario_lowcodeapi_redacting"

# Every token a Client of this process was given, raw and URL-quoted: a server may echo it anywhere (an error
# message, a body), so it is replaced wherever we produce text, not only after "api_token=".
_secrets: tuple[str, ...] = ()
_secrets_lock = threading.Lock()


def register_secret(token: str) -> None:
    """Remember ``token`` (and its URL-quoted form) so that every redaction of this process replaces it."""
    global _secrets
    forms = {token, quote(token, safe=""), quote(token), quote_plus(token)}
    with _secrets_lock:
        added = tuple(form for form in sorted(forms, key=len, reverse=True) if form and form not in _secrets)
        if added:
            # Longest first, so a token that contains another one is replaced whole.
            _secrets = tuple(sorted((*_secrets, *added), key=len, reverse=True))


def _reset_lock_after_fork() -> None:
    global _secrets_lock
    _secrets_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_lock_after_fork)


def _has_secret(text: str) -> bool:
    return any(secret in text for secret in _secrets)


def redact_url(url: str | httpx.URL) -> str:
    """``url`` as a string with the value of its ``api_token`` query parameter replaced by ``***``."""
    text = str(url)
    if "api_token" not in text.lower():
        return text
    return _TOKEN_URL_RE.sub(r"\g<1>" + REDACTED, text)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with every occurrence of each (non-empty) secret, of every registered token (raw and URL-quoted)
    and every ``api_token=<value>`` replaced."""
    for secret in (*secrets, *_secrets):
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    if "api_token" in text.lower():
        text = _TOKEN_RE.sub(r"\g<1>" + REDACTED, text)
    return text


def redact_data(value: object, depth: int = 0) -> object:
    """A parsed JSON value with :func:`redact_text` applied to every string in it (keys included); values
    without a secret come back as they are."""
    if isinstance(value, str):
        return redact_text(value)
    if depth > 50:
        return value
    if isinstance(value, dict):
        return {(redact_text(k) if isinstance(k, str) else k): redact_data(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_data(item, depth + 1) for item in value]
    return value


def _redact_bytes(content: bytes) -> bytes:
    """``content`` with every registered token (raw and URL-quoted, as UTF-8) and ``api_token=<value>`` replaced;
    the same object when there is nothing to replace."""
    out = content
    for secret in _secrets:
        encoded = secret.encode("utf-8", "surrogatepass")
        if encoded in out:
            out = out.replace(encoded, REDACTED.encode())
    if _TOKEN_BYTES_RE.search(out):
        out = _TOKEN_BYTES_RE.sub(rb"\g<1>" + REDACTED.encode(), out)
    return out


def scrub_response(response: httpx.Response) -> None:
    """Redact, in place, a token the server echoed into ``response``'s body or headers.

    Exceptions carry the response (``exc.response``), and a traceback reporter or a user may print its
    ``content``, ``text`` or headers. A body or header without a token is left untouched; a body not read yet is
    not read here.
    """
    content = response.__dict__.get("_content")
    if content:
        scrubbed = _redact_bytes(content)
        if scrubbed is not content:
            response._content = scrubbed  # what .content, .text, .json() and .iter_bytes() read
            response.__dict__.pop("_text", None)  # a cached .text holds the old body
            response.stream = httpx.ByteStream(scrubbed)
    items = response.headers.multi_items()
    if any(_has_secret(value) or "api_token" in value.lower() for _, value in items):
        response.headers = httpx.Headers([(name, redact_text(value)) for name, value in items])


class RedactingFilter(logging.Filter):
    """Scrubs ``api_token=<value>`` and every registered token from a record's message, arguments and
    formatted traceback.

    It never drops a record. The work (formatting the message) only happens for records that are emitted.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a broken record is the logging module's problem, not ours
            return True
        if "api_token" in text.lower() or _has_secret(text):
            record.msg = redact_text(text)
            record.args = None
        if record.exc_info and not record.exc_text:
            formatted = logging.Formatter().formatException(record.exc_info)
            if "api_token" in formatted.lower() or _has_secret(formatted):
                record.exc_text = redact_text(formatted)
        if record.stack_info and ("api_token" in record.stack_info.lower() or _has_secret(record.stack_info)):
            record.stack_info = redact_text(record.stack_info)
        return True


def _add_filter_once(target: logging.Logger | logging.Handler) -> None:
    # Marked by attribute, not by class, so that two copies of this module (codegen.runtime and the generated
    # package) do not both install a filter.
    if not any(getattr(existing, _MARK, False) for existing in target.filters):
        redacting = RedactingFilter()
        setattr(redacting, _MARK, True)
        target.addFilter(redacting)


def install_redaction() -> None:
    """Attach a :class:`RedactingFilter` to the package logger and the httpx/httpcore loggers (idempotent)."""
    _add_filter_once(logger)
    for name in _FOREIGN_LOGGERS:
        _add_filter_once(logging.getLogger(name))


_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def setup_logging() -> None:
    """Install redaction; when ``SCENARIO_LOWCODEAPI_LOG`` is ``debug`` or ``info``, log to stderr at that level.

    The handler is added once, however often this is called.
    """
    install_redaction()
    level = _LEVELS.get(os.environ.get(LOG_ENV_VAR, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if any(getattr(handler, _MARK, False) for handler in logger.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    setattr(handler, _MARK, True)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    _add_filter_once(handler)
    logger.addHandler(handler)


install_redaction()
