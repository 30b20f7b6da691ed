"""What every command shares: settings from flags and the environment, the client, and the error -> exit status
mapping. The token is read from the environment when a command needs it and handed to the client; it is never an
argument on the command line (other users could read it in ``ps``) and never printed."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .._config import BASE_URL_ENV_VAR, TOKEN_ENV_VAR, _resolve_base_url
from ._output import Output

if TYPE_CHECKING:
    from .._resources import Scenario

__all__ = ["EXIT_API", "EXIT_OK", "EXIT_USAGE", "Context", "Handler", "UsageError"]

EXIT_OK = 0
EXIT_API = 1  # the API (or the network) said no: the typed error's message is printed
EXIT_USAGE = 2  # the command line or the setup is wrong (argparse's own status for bad arguments)
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """A problem with how the command was called or set up (exit status 2), printed as one line."""


@dataclass(frozen=True)
class Context:
    """Parsed global options and the output writer, given to each command."""

    args: argparse.Namespace
    out: Output

    @property
    def token_env(self) -> str:
        return str(self.args.api_token_env)

    @property
    def base_url(self) -> str:
        return _resolve_base_url(self.args.base_url)

    @property
    def base_url_source(self) -> str:
        if self.args.base_url is not None:
            return "--base-url"
        return f"${BASE_URL_ENV_VAR}" if os.environ.get(BASE_URL_ENV_VAR, "").strip() else "default"

    @property
    def timeout(self) -> float:
        return float(self.args.timeout)

    def token(self) -> str | None:
        """The token from ``$<--api-token-env>`` (blank counts as unset); callers pass it on, never print it."""
        value = os.environ.get(self.token_env, "").strip()
        return value or None

    def require_token(self) -> str:
        token = self.token()
        if token is None:
            hint = "" if self.token_env == TOKEN_ENV_VAR else f" (--api-token-env {self.token_env})"
            raise UsageError(f"No LowCodeAPI API token: set ${self.token_env}{hint}")
        return token

    def client(self) -> Scenario:
        from .._resources import Scenario

        return Scenario(self.require_token(), base_url=self.args.base_url, timeout=self.timeout)


Handler = Callable[[Context], int]


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {text!r}")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}")
    return value


def verbose_logging() -> None:
    """``--verbose``: the library's debug lines (one per request attempt, URLs with ``api_token=***``) on stderr."""
    from .._redact import install_redaction

    logger = logging.getLogger("scenario_lowcodeapi")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("debug: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    install_redaction()
