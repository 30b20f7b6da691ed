"""Fixtures for the runtime tests (codegen/runtime, importable before generation)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

_REPO = str(Path(__file__).resolve().parents[2])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)

from rt_helpers import TOKEN, Handler, make_client  # noqa: E402

from codegen.runtime._base_client import Client  # noqa: E402
from codegen.runtime._redact import logger as package_logger  # noqa: E402


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _no_token_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOWCODEAPI_API_TOKEN", raising=False)
    monkeypatch.delenv("SCENARIO_LOWCODEAPI_LOG", raising=False)


@pytest.fixture
def restore_package_logger() -> Iterator[logging.Logger]:
    handlers, level = list(package_logger.handlers), package_logger.level
    yield package_logger
    package_logger.handlers[:] = handlers
    package_logger.setLevel(level)


@pytest.fixture
def token() -> str:
    return TOKEN


@pytest.fixture
def client_factory() -> Iterator[Callable[..., Client]]:
    made: list[Client] = []

    def factory(handler: Handler, **kwargs: Any) -> Client:
        client = make_client(handler, **kwargs)
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()
