"""The suite on every CPython from 3.11 up (``nox -s tests``; ``.ci/run`` runs it for the versions other than the
default interpreter, which ``make test`` covers with the full gate), and the runtime on both ends of its declared
dependency ranges (``nox -s deps-lowest deps-newest``; ``.ci/run`` runs both on the default interpreter).

Only pytest runs here: ruff and mypy give the same answer on every version. nox never downloads an interpreter; a
version that is not installed is skipped by ``.ci/run`` with one line.

The deps sessions install the package with only the ``test`` extra (no codegen tools: openapi-python-client pins
httpx below its newest) and run :data:`RUNTIME_TESTS`, the tests of what the installed package does over real
sockets and mock transports; nothing there imports codegen's generator.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import nox

# .ci/run reads this line (keep it one line): the one list of the Python versions CI runs.
PYTHONS = ["3.11", "3.12", "3.13"]
ROOT = Path(__file__).resolve().parent

# httpcore is httpx's, not ours to declare, but the package drives its network backend (_deadline.py): the lowest
# session pins the lowest httpcore that the lowest httpx accepts.
HTTPCORE_LOWEST = "0.15.0"
# Two pytest runs: the runtime's own unit tests import its second copy (codegen.runtime), whose log-redaction filter
# would otherwise stand in for the generated package's on httpx's loggers (only one copy installs one).
RUNTIME_UNIT_TESTS = ["tests/runtime"]
RUNTIME_TESTS = [
    "tests/test_reliability_deadline.py",
    "tests/test_reliability_fork.py",
    "tests/test_reliability_misc.py",
    "tests/test_reliability_token.py",
    "tests/test_guest_limits.py",
    "tests/test_guest_loops.py",
    "tests/test_guest_deadline.py",
    "tests/test_probe_deadline.py",
    "tests/test_resource_client.py",
]
# The one test that waits out the default 60 s deadline runs in `make test`; here the deadline is checked at 1 s.
RUNTIME_DESELECT = "not default_client"

nox.options.default_venv_backend = "venv"
nox.options.download_python = "never"
nox.options.error_on_missing_interpreters = True  # .ci/run passes only the versions it found
nox.options.sessions = ["tests"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install("--quiet", "--disable-pip-version-check", "-e", ".[dev]")
    session.run("python", "-m", "pytest", "-q", *session.posargs)


def lowest_pins() -> list[str]:
    """``name==lower bound`` for every runtime dependency in pyproject.toml (each must declare ``>=``), and httpcore."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = []
    for requirement in declared:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*>=\s*([0-9][0-9A-Za-z.]*)(\s*,.*)?", requirement)
        if match is None:
            raise ValueError(f"runtime dependency {requirement!r} declares no lower bound (>=)")
        pins.append(f"{match[1]}=={match[2]}")
    return [*pins, f"httpcore=={HTTPCORE_LOWEST}"]


def _run_runtime_tests(session: nox.Session) -> None:
    session.run("python", "-c", _VERSIONS)
    session.run("python", "-m", "pytest", "-q", "-p", "no:randomly", *RUNTIME_UNIT_TESTS)
    session.run("python", "-m", "pytest", "-q", "-p", "no:randomly", *RUNTIME_TESTS, "-k", RUNTIME_DESELECT)


_VERSIONS = (
    "import importlib.metadata as m; "
    "print('deps:', ', '.join(f'{n} {m.version(n)}' for n in ('httpx', 'httpcore', 'attrs', 'h11', 'anyio')))"
)


@nox.session(name="deps-lowest")
def deps_lowest(session: nox.Session) -> None:
    """The runtime and reliability tests on exactly the lowest declared httpx and attrs (and httpcore)."""
    session.install("--quiet", "--disable-pip-version-check", "-e", ".[test]", *lowest_pins())
    _run_runtime_tests(session)


@nox.session(name="deps-newest")
def deps_newest(session: nox.Session) -> None:
    """The runtime and reliability tests on the newest httpx, httpcore and attrs the declared ranges allow."""
    session.install("--quiet", "--disable-pip-version-check", "--upgrade", "-e", ".[test]")  # a fresh venv: newest
    _run_runtime_tests(session)
