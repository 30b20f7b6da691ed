"""``--profile``: a cProfile of ``get_model.sync`` calls on the mock transport."""

from __future__ import annotations

from typing import Any

import httpx
from _mock import (
    MockHandler,
    compact,
)
from _payloads import model_payload
from _plan import (
    MOCK_BASE,
    TOKEN,
)


def profile_get_model(definitions: dict[str, Any], calls: int = 2000, top: int = 25) -> str:
    """cProfile of ``calls`` get_model.sync calls on the mock transport (realistic payload), by own time."""
    import cProfile
    import io
    import pstats

    from scenario_lowcodeapi import Client
    from scenario_lowcodeapi.api.models import get_model

    handler = MockHandler(b'{"data":' + compact({"model": model_payload(1, definitions)}) + b"}")
    client = Client(TOKEN, base_url=MOCK_BASE, httpx_args={"transport": httpx.MockTransport(handler)})
    for _ in range(200):
        get_model.sync("model_1", client=client)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        get_model.sync("model_1", client=client)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()
