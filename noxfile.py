"""The suite on every CPython from 3.11 up (``nox -s tests``; ``.ci/run`` runs it for the versions other than the
default interpreter, which ``make test`` covers with the full gate).

Only pytest runs here: ruff and mypy give the same answer on every version. nox never downloads an interpreter; a
version that is not installed is skipped by ``.ci/run`` with one line.
"""

from __future__ import annotations

import nox

PYTHONS = ["3.11", "3.12", "3.13"]

nox.options.default_venv_backend = "venv"
nox.options.download_python = "never"
nox.options.error_on_missing_interpreters = True  # .ci/run passes only the versions it found
nox.options.sessions = ["tests"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install("--quiet", "--disable-pip-version-check", "-e", ".[dev]")
    session.run("python", "-m", "pytest", "-q", *session.posargs)
