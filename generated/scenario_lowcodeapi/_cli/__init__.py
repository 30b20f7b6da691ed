"""The ``scenario-lowcodeapi`` command line (also ``python -m scenario_lowcodeapi``). Standard library argparse.

Each command lives in a module of this package with a ``register(subparsers, common)`` function that adds its
subparser(s) and sets ``handler`` (a :data:`~._common.Handler`: ``Context -> exit status``); adding a command is one
module and one entry in :data:`COMMANDS`. Global options (``--base-url``, ``--api-token-env``, ``--timeout``,
``--json``, ``--verbose``) are accepted before or after the command.

Exit status: 0 success; 1 an API or network error (one ``error:`` line with the typed error's message); 2 a usage
or setup error (argparse's status too); 130 interrupted. ``doctor`` has its own: 0 all good, 1 a problem, 2 could
not check. ``generate`` exits 1 also when any request of the batch failed or is ``unknown``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from .._config import BASE_URL_ENV_VAR, TOKEN_ENV_VAR
from .._exceptions import LowCodeAPIError
from . import _doctor, _generate, _resources
from ._common import EXIT_API, EXIT_INTERRUPTED, EXIT_USAGE, Context, UsageError, positive_float, verbose_logging
from ._output import Output

__all__ = ["COMMANDS", "build_parser", "main"]

PROG = "scenario-lowcodeapi"
DEFAULT_TIMEOUT = 10.0

# Every command module, in the order `--help` lists them.
COMMANDS: tuple[ModuleType, ...] = (_doctor, _resources, _generate)

_GLOBAL_DEFAULTS = {
    "base_url": None,
    "api_token_env": TOKEN_ENV_VAR,
    "timeout": DEFAULT_TIMEOUT,
    "json": False,
    "verbose": False,
}


def _version() -> str:
    import platform

    from .. import SPEC, __version__

    return f"{PROG} {__version__} (spec {SPEC.sha256[:12]} fetched {SPEC.fetched}; Python {platform.python_version()})"


class _VersionAction(argparse.Action):
    """``--version`` on one line (argparse's own wraps it to the terminal's width)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(_version())
        parser.exit(0)


def _common_options() -> argparse.ArgumentParser:
    """Options every (sub)command accepts; defaults are filled in after parsing, so a value given before the
    command is not reset by the subparser."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("global options")
    group.add_argument(
        "--base-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help=f"LowCodeAPI's Scenario URL (default: ${BASE_URL_ENV_VAR}, else the public proxy)",
    )
    group.add_argument(
        "--api-token-env",
        default=argparse.SUPPRESS,
        metavar="NAME",
        help=f"the environment variable holding the token (default: {TOKEN_ENV_VAR}); never pass the token itself",
    )
    group.add_argument(
        "--timeout",
        type=positive_float,
        default=argparse.SUPPRESS,
        metavar="SECONDS",
        help=f"per request (default: {DEFAULT_TIMEOUT:g})",
    )
    group.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts")
    group.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log each request (token shown as ***)"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="The Scenario API through LowCodeAPI, from the command line.",
        parents=[common],
        epilog="Exit status: 0 success, 1 API or network error, 2 usage or setup error, 130 interrupted (doctor: "
        "0 all good, 1 a problem, 2 could not check; generate: 1 also when any request failed or is unknown).",
    )
    parser.add_argument("-V", "--version", action=_VersionAction, nargs=0, help="show the versions and exit")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (``__main__`` and the console script pass it to ``exit``)."""
    parser = build_parser()
    try:
        args, extras = parser.parse_known_args(argv)
        # argparse fills an nargs="*" positional from the first run of positionals only: in `generate M a --num 2 b`
        # "b" is left over. A command that names such a list in `more_positionals` gets those (non-option) strings.
        more = getattr(args, "more_positionals", None)
        if extras and more and not any(text.startswith("-") for text in extras):
            getattr(args, more).extend(extras)
        elif extras:
            parser.error(f"unrecognized arguments: {' '.join(extras)}")
    except SystemExit as exc:  # --help, --version, or a usage error (argparse printed it)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    for name, value in _GLOBAL_DEFAULTS.items():
        if not hasattr(args, name):
            setattr(args, name, value)
    out = Output(json_mode=bool(args.json))
    if args.verbose:
        verbose_logging()
    try:
        return int(args.handler(Context(args, out)))
    except UsageError as exc:
        out.error(str(exc))
        return EXIT_USAGE
    except LowCodeAPIError as exc:
        out.error(str(exc))
        return EXIT_API
    except (ValueError, TypeError) as exc:  # an argument the client refuses before sending (e.g. an empty ID)
        out.error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        out.error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `... | head`: the reader left; say nothing more on a closed stdout
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_API
    except OSError as exc:  # writing downloads: a full disk, a folder we may not write to
        out.error(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
        return EXIT_API
