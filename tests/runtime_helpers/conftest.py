"""Fixtures for the tests of the hand-written runtime helpers (pagination, waiting, images)."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
