"""What the model-layer tests share: the root response models, and an HTTP answer carrying a payload."""

from __future__ import annotations

import json
from typing import Any

import httpx

import scenario_lowcodeapi.models as models
from tests.payloads import definitions

# The generated response models that are one of Scenario's own definitions (tests/payloads.py builds those).
ROOTS = sorted(n for n in dir(models) if n.endswith("Response") and n in definitions())


def response(payload: Any, *, raw: bytes | None = None, token: str = "at_secret_token") -> httpx.Response:
    """A 200 JSON answer carrying ``{"data": payload}`` (or ``raw``), to a request whose URL holds ``token``."""
    body = raw if raw is not None else json.dumps({"data": payload}).encode()
    request = httpx.Request("GET", f"https://api.lowcodeapi.com/scenario/v1/models?api_token={token}")
    return httpx.Response(200, content=body, headers={"content-type": "application/json"}, request=request)
