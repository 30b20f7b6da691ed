"""Keeping the LowCodeAPI token (sent as the ``api_token`` query parameter) out of logs and messages."""

from __future__ import annotations

import contextvars
import logging
import os
import re
import sys

import httpx

__all__ = [
    "LOG_ENV_VAR",
    "MIN_SECRET_LENGTH",
    "NO_SECRETS",
    "REDACTED",
    "RedactingFilter",
    "Secrets",
    "attach_secrets",
    "calling",
    "done_calling",
    "install_redaction",
    "logger",
    "redact_data",
    "redact_text",
    "redact_url",
    "scrub_response",
    "setup_logging",
]

REDACTED = "***"
LOG_ENV_VAR = "SCENARIO_LOWCODEAPI_LOG"

logger = logging.getLogger("scenario_lowcodeapi")

# `api_token=<value>` wherever it appears: a query string, a URL inside a message, a repr; also a URL-quoted URL
# (`api_token%3D<value>`, the value ending at a quoted `&`). This is all the log filter and a URL need.
_TOKEN_RE = re.compile(r"(api_token=)[^&#\s'\"<>]*", re.IGNORECASE)
_QUOTED_TOKEN_RE = re.compile(r"(api_token%3D)(?:(?!%26)[^&#\s'\"<>])*", re.IGNORECASE)
_TOKEN_URL_RE = re.compile(r"([?&]api_token=)[^&#]*", re.IGNORECASE)
_TOKEN_BYTES_RE = re.compile(rb"(api_token=)[^&#\s'\"<>]*", re.IGNORECASE)
_QUOTED_TOKEN_BYTES_RE = re.compile(rb"(api_token%3D)(?:(?!%26)[^&#\s'\"<>])*", re.IGNORECASE)

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
_ATTACHED = "_scenario_lowcodeapi_secrets"  # a 2xx response's Secrets, for a ResponseDecodeError built later

MIN_SECRET_LENGTH = 8
"""A token shorter than this is redacted only where it follows ``api_token=``: replaced wherever it occurs, ``a``
or ``1`` would mangle every message (LowCodeAPI's tokens are far longer)."""

# HTML5's named character references of ASCII punctuation (from html.entities.html5, which is not imported for
# them: it is large); other characters look theirs up there.
_NAMED: dict[str, tuple[str, ...]] = {
    "!": ("excl",), '"': ("QUOT", "quot"), "#": ("num",), "$": ("dollar",), "%": ("percnt",),
    "&": ("AMP", "amp"), "'": ("apos",), "(": ("lpar",), ")": ("rpar",), "*": ("ast", "midast"),
    "+": ("plus",), ",": ("comma",), ".": ("period",), "/": ("sol",), ":": ("colon",), ";": ("semi",),
    "<": ("LT", "lt"), "=": ("equals",), ">": ("GT", "gt"), "?": ("quest",), "@": ("commat",),
    "[": ("lbrack", "lsqb"), "\\": ("bsol",), "]": ("rbrack", "rsqb"), "^": ("Hat",), "_": ("UnderBar", "lowbar"),
    "`": ("DiacriticalGrave", "grave"), "{": ("lbrace", "lcub"), "|": ("VerticalLine", "verbar", "vert"),
    "}": ("rbrace", "rcub"),
}  # fmt: skip


def _entity_names(char: str) -> tuple[str, ...]:
    if char.isascii():
        return _NAMED.get(char, ())
    import html.entities

    return tuple(
        sorted(name[:-1] for name, value in html.entities.html5.items() if value == char and name.endswith(";"))
    )


def _char_forms(char: str) -> str:
    """A regex matching ``char`` as a server may echo it: raw, URL-quoted, HTML-escaped, JSON-escaped."""
    if char.isascii() and char.isalnum():  # no escaping scheme touches letters and digits
        return re.escape(char)
    code = ord(char)
    forms = [re.escape(char)]
    forms.append("(?i:" + "".join(f"%{byte:02x}" for byte in char.encode("utf-8")) + ")")  # URL-quoted
    if char == " ":
        forms.append(r"\+")
    forms.append(f"&#0*{code};")  # HTML: decimal, hex and named character references
    forms.append(f"(?i:&#x0*{code:x};)")
    forms.extend(f"&{re.escape(name)};" for name in _entity_names(char))
    if char in '/"\\':  # JSON: \/ \" \\ and \uXXXX
        forms.append(re.escape("\\" + char))
    if code <= 0xFFFF:
        forms.append(f"(?i:\\\\u{code:04x})")
    return "(?:" + "|".join(forms) + ")"


class Secrets:
    """One client's token, as the patterns that find it in text a server echoes: raw, URL-quoted, HTML-escaped
    (``&amp;``, ``&#47;``, ``&sol;``) and JSON-escaped (``\\/``, ``\\u002f``), in any mix.

    Each client redacts its own token only: nothing is registered process-wide, and another client's errors are
    never touched. A token shorter than :data:`MIN_SECRET_LENGTH` has no literal patterns (only ``api_token=``
    values are redacted). The ``repr`` shows nothing, and a copy or a pickle carries no token (it redacts
    ``api_token=`` values only).
    """

    __slots__ = ("_anchor", "_bytes_anchor", "_patterns", "_token")

    def __init__(self, token: str = "") -> None:
        self._token = token if len(token) >= MIN_SECRET_LENGTH else ""
        self._patterns: tuple[re.Pattern[str], re.Pattern[bytes]] | None = None  # compiled on first use
        # The longest run of ASCII letters and digits: every echoed form contains it, so a text without it is
        # skipped at the speed of `in` (and most clients never compile their patterns).
        runs = re.findall(r"[A-Za-z0-9]+", self._token)
        anchor = max(runs, key=len) if runs else ""
        self._anchor = anchor if len(anchor) >= 4 else ""
        self._bytes_anchor = self._anchor.encode()

    def _compiled(self) -> tuple[re.Pattern[str], re.Pattern[bytes]] | None:
        if not self._token:
            return None
        patterns = self._patterns
        if patterns is None:  # two threads may both compile: the same patterns, harmless
            source = "".join(_char_forms(char) for char in self._token)
            patterns = self._patterns = (re.compile(source), re.compile(source.encode("utf-8")))
        return patterns

    def text(self, text: str) -> str:
        if not self._token or (self._anchor and self._anchor not in text):
            return text
        patterns = self._compiled()
        return patterns[0].sub(REDACTED, text) if patterns else text

    def bytes(self, content: bytes) -> bytes:
        """``content`` with the token's forms replaced; the same object when there is none."""
        if not self._token or (self._bytes_anchor and self._bytes_anchor not in content):
            return content
        patterns = self._compiled()
        if patterns is None:
            return content
        out, count = patterns[1].subn(REDACTED.encode(), content)
        return out if count else content

    def __repr__(self) -> str:
        return "Secrets(***)"

    def __reduce__(self) -> tuple[type[Secrets], tuple[()]]:
        return (Secrets, ())  # a copy or a pickle carries no token

    def __copy__(self) -> Secrets:
        return self

    def __deepcopy__(self, memo: object) -> Secrets:
        return self


NO_SECRETS = Secrets()

# The secrets of the client whose call is running in this thread or task, set by Client.request/arequest for the
# call's duration only: what lets the log filter (installed once, holding no token) redact a token a server
# echoed into a header that httpcore traces. Per context, never shared: another client's calls do not see it.
# One variable for every copy of this module (the generated package and codegen.runtime in its tests), kept on
# the package logger, because only one copy's filter is installed.
_calling: contextvars.ContextVar[Secrets | None] = logger.__dict__.setdefault(
    "_scenario_lowcodeapi_calling", contextvars.ContextVar("scenario_lowcodeapi_calling", default=None)
)


def calling(secrets: Secrets) -> contextvars.Token[Secrets | None]:
    """Mark the current thread or task as running a call of the client holding ``secrets``; undo with
    :func:`done_calling` (in a ``finally``)."""
    return _calling.set(secrets)


def done_calling(token: contextvars.Token[Secrets | None]) -> None:
    _calling.reset(token)


def redact_url(url: str | httpx.URL) -> str:
    """``url`` as a string with the value of its ``api_token`` query parameter replaced by ``***``."""
    text = str(url)
    if "api_token" not in text.lower():
        return text
    return _TOKEN_URL_RE.sub(r"\g<1>" + REDACTED, text)


def redact_text(text: str, secrets: Secrets | None = None) -> str:
    """``text`` with every ``api_token=<value>`` (raw or URL-quoted) and, given a client's ``secrets``, every form
    of its token replaced by ``***``."""
    if secrets is not None:
        text = secrets.text(text)
    if "api_token" in text.lower():
        text = _TOKEN_RE.sub(r"\g<1>" + REDACTED, text)
        text = _QUOTED_TOKEN_RE.sub(r"\g<1>" + REDACTED, text)
    return text


def redact_data(value: object, secrets: Secrets | None = None, depth: int = 0) -> object:
    """A parsed JSON value with :func:`redact_text` applied to every string in it (keys included); values
    without a secret come back as they are."""
    if isinstance(value, str):
        return redact_text(value, secrets)
    if depth > 50:
        return value
    if isinstance(value, dict):
        return {
            (redact_text(k, secrets) if isinstance(k, str) else k): redact_data(v, secrets, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_data(item, secrets, depth + 1) for item in value]
    return value


def _redact_bytes(content: bytes, secrets: Secrets | None) -> bytes:
    """``content`` with the client's token (every form) and ``api_token=<value>`` replaced; the same object when
    there is nothing to replace."""
    out = content if secrets is None else secrets.bytes(content)
    for pattern in (_TOKEN_BYTES_RE, _QUOTED_TOKEN_BYTES_RE):
        replaced, count = pattern.subn(rb"\g<1>" + REDACTED.encode(), out)
        if count:
            out = replaced
    return out


def attach_secrets(response: httpx.Response, secrets: Secrets) -> None:
    """Let a :class:`ResponseDecodeError` built later from this (2xx) ``response`` redact the client's token."""
    response.__dict__[_ATTACHED] = secrets


def scrub_response(response: httpx.Response, secrets: Secrets | None = None) -> Secrets | None:
    """Redact, in place, a token the server echoed into ``response``'s body or headers: ``secrets`` (or those
    :func:`attach_secrets` left on it, then dropped) and every ``api_token=<value>``.

    Exceptions carry the response (``exc.response``), and a traceback reporter or a user may print its
    ``content``, ``text`` or headers. A body or header without a token is left untouched; a body not read yet is
    not read here. Returns the secrets used (for the message of the error being built).
    """
    attached = response.__dict__.pop(_ATTACHED, None)
    if secrets is None and isinstance(attached, Secrets):
        secrets = attached
    content = response.__dict__.get("_content")
    if content:
        scrubbed = _redact_bytes(content, secrets)
        if scrubbed is not content and scrubbed != content:
            response._content = scrubbed  # what .content, .text, .json() and .iter_bytes() read
            response.__dict__.pop("_text", None)  # a cached .text holds the old body
            response.stream = httpx.ByteStream(scrubbed)
    items = response.headers.multi_items()
    redacted = [(name, redact_text(value, secrets)) for name, value in items]
    if redacted != items:
        response.headers = httpx.Headers(redacted)
    return secrets


class RedactingFilter(logging.Filter):
    """Scrubs every ``api_token=<value>`` (raw or URL-quoted) from a record's message, arguments and formatted
    traceback; during a client's call, also that client's token in any form (see :func:`calling`). It holds no
    token: installed once for the process, it is the same for every client.

    It never drops a record. The work (formatting the message) only happens for records that are emitted.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a broken record is the logging module's problem, not ours
            return True
        secrets = _calling.get()
        redacted = redact_text(text, secrets)
        if redacted != text:
            record.msg = redacted
            record.args = None
        if record.exc_info and not record.exc_text:
            formatted = logging.Formatter().formatException(record.exc_info)
            redacted = redact_text(formatted, secrets)
            if redacted != formatted:
                record.exc_text = redacted
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info, secrets)
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
