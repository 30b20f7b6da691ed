"""Run the command line as a user does: ``python -m scenario_lowcodeapi ...`` in a subprocess, with its settings in
the environment, and check that the token shows nowhere in what it prints."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.standin import StandIn

TOKEN = "at_cli_SECRET_token_4242"


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    @property
    def lines(self) -> list[str]:
        return self.stdout.splitlines()


def run_cli(
    *args: str, base_url: str | None = None, token: str | None = TOKEN, cwd: str | None = None, **env: str
) -> Run:
    """``python -m scenario_lowcodeapi ARGS`` with LOWCODEAPI_* from the arguments only (none inherited)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("LOWCODEAPI_", "SCENARIO_LOWCODEAPI_"))}
    environ.pop("NO_COLOR", None)
    if base_url is not None:
        environ["LOWCODEAPI_BASE_URL"] = base_url
    if token is not None:
        environ["LOWCODEAPI_API_TOKEN"] = token
    environ.update(env)
    result = subprocess.run(
        [sys.executable, "-m", "scenario_lowcodeapi", *args],
        env=environ,
        capture_output=True,
        text=True,
        timeout=90,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
    )
    for stream in (result.stdout, result.stderr):
        assert TOKEN not in stream and "SECRET" not in stream, stream
        assert "Traceback" not in stream, stream
    return Run(result.returncode, result.stdout, result.stderr)


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (bound, then closed)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def old_result() -> Iterator[StandIn]:
    """Like LowCodeAPI's open-source server: old URL format only, the `result` envelope."""
    with StandIn(routing="old", envelope="result") as standin:
        yield standin


@pytest.fixture
def new_data() -> Iterator[StandIn]:
    """Like the hosted docs: new URL format only, the `data` envelope."""
    with StandIn(routing="new", envelope="data") as standin:
        yield standin
