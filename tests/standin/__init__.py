"""A LowCodeAPI stand-in for the Scenario provider: a real HTTP server for tests, benchmarks and demos.

    from tests.standin import StandIn, Fault
    with StandIn(routing="old", envelope="data") as s:
        ...  # talk HTTP to s.base_url ("http://127.0.0.1:PORT/scenario"), then look at s.requests

Stdlib only; routes come from the vendored intent file ``scenario-intents.json`` next to this module.
"""

from __future__ import annotations

from .fixtures import DEFAULT_TOKEN, PNG_BYTES
from .routes import Route, Router, load_routes
from .server import Envelope, Fault, FaultKind, RecordedRequest, StandIn
from .store import HANDLERS, ApiError, Store

__all__ = [
    "DEFAULT_TOKEN",
    "HANDLERS",
    "PNG_BYTES",
    "ApiError",
    "Envelope",
    "Fault",
    "FaultKind",
    "RecordedRequest",
    "Route",
    "Router",
    "StandIn",
    "Store",
    "load_routes",
]
