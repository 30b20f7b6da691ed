"""Who refused a call: LowCodeAPI itself, or Scenario behind it (read from the error envelope and the status).

LowCodeAPI's open-source server (``packages/api-access/routes/index.ts``, ``auth-middleware/check-token.ts``)
answers its own rejections and Scenario's alike as ``{"message", "provider", "error", "headers"}``:

- its own (token missing or not ``at_...``: 401; token unknown: 403 "Invalid api_token"; no Scenario credentials
  connected: 403; Scenario unreachable: 500 with the socket error as message) carry no Scenario body: ``error``
  is absent, or only LowCodeAPI's ``{"code": <the status>, ...}``;
- Scenario's answers passed through carry Scenario's body under ``error`` (``{"id", "apiError", "error",
  "infos", ...}`` or ``{"reason", "name", "details"}``), with Scenario's status (its 401 when the Scenario key
  stored in LowCodeAPI is wrong);
- a route it does not have: 404 ``{"message": "Not Found"}`` (no ``provider``).

The hosted service's documented ``{"data": {"error": {"message", "code"}}}`` says less: a Scenario body inside is
Scenario's, a ``code`` that is the status in digits is LowCodeAPI's, anything else cannot be told (``None``).
"""

from __future__ import annotations

from typing import Literal

__all__ = ["Origin", "classify"]

Origin = Literal["lowcodeapi", "scenario"]

# Keys only Scenario's own error bodies have (LowCodeAPI's own errors carry "code", "message", "logging").
_SCENARIO_KEYS = ("apiError", "reason", "name", "details", "infos", "id")

HINT_TOKEN_INVALID = (
    "LowCodeAPI did not get a valid api_token: pass api_token= (or set LOWCODEAPI_API_TOKEN) to your LowCodeAPI "
    "API token, which starts with at_"
)
HINT_TOKEN_UNKNOWN = (
    "LowCodeAPI does not know this api_token: copy the current token from your LowCodeAPI account "
    "(a regenerated token replaces the old one)"
)
HINT_NO_CREDENTIALS = (
    "LowCodeAPI has no Scenario credentials for this api_token: connect your Scenario account (API key and "
    "secret) in LowCodeAPI"
)
HINT_SCENARIO_KEY = (
    "the Scenario key stored in LowCodeAPI was rejected by Scenario: update your Scenario API key and secret in "
    "LowCodeAPI"
)
HINT_SCENARIO_FORBIDDEN = "Scenario refused this request for the Scenario account connected in LowCodeAPI"
HINT_CREDENTIALS_BROKEN = (
    "LowCodeAPI could not read the Scenario credentials stored for this api_token: connect your Scenario account "
    "in LowCodeAPI again"
)
HINT_ROUTE_MISS = (
    'LowCodeAPI has no such route: a self-hosted LowCodeAPI knows only the old URL format (url_format="old")'
)
HINT_UPSTREAM = (
    "LowCodeAPI could not reach Scenario: retry later; on a self-hosted LowCodeAPI, check that it can reach "
    "api.cloud.scenario.com"
)


def _is_scenario_body(obj: object) -> bool:
    if not isinstance(obj, dict) or not obj:
        return False
    if any(key in obj for key in _SCENARIO_KEYS) or isinstance(obj.get("error"), str):
        return True
    # Not LowCodeAPI's own {"code": <status>, ...} (its Error object serialised): Scenario's, whatever its shape.
    return "code" not in obj and "logging" not in obj


def _status_code(value: object, status: int) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value == status
    return isinstance(value, str) and value.strip() == str(status)


def _scenario_code(obj: object) -> str | None:
    if not isinstance(obj, dict):
        return None
    for key in ("apiError", "name"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip() and value != "Error":
            return value.strip()[:100]
    return None


def classify(status: int, body: object, message: str | None) -> tuple[Origin | None, str | None, str | None]:
    """``(origin, scenario_code, hint)`` for an error answer: who refused, Scenario's own error code, what to do."""
    if not isinstance(body, dict):
        return None, None, None
    origin: Origin | None
    scenario: object = None
    data = body.get("data")
    if "provider" in body or ("message" in body and "error" in body):  # the open-source server's envelope
        error = body.get("error")
        if _is_scenario_body(error):
            origin, scenario = "scenario", error
        else:
            origin = "lowcodeapi"
    elif isinstance(data, dict) and "error" in data:  # the hosted docs' envelope
        error = data["error"]
        if isinstance(error, dict) and any(key in error for key in _SCENARIO_KEYS):
            origin, scenario = "scenario", error
        elif isinstance(error, dict) and _status_code(error.get("code"), status):
            origin = "lowcodeapi"
        else:
            origin = None
    elif any(key in body for key in _SCENARIO_KEYS):  # Scenario's own body, unwrapped
        origin, scenario = "scenario", body
    elif status == 404 and set(body) <= {"message", "status", "statusCode", "error"}:
        origin = "lowcodeapi"  # the catch-all route miss: {"message": "Not Found"}
    else:
        origin = None
    return origin, _scenario_code(scenario), _hint(origin, status, message)


def _hint(origin: Origin | None, status: int, message: str | None) -> str | None:
    if origin == "lowcodeapi":
        if status == 401:
            return HINT_TOKEN_INVALID
        text = (message or "").lower()
        if status == 403:
            # Both 403s have the same envelope: the unknown token's message names the token ("Invalid api_token"),
            # the missing credentials' is empty ("Request failed") or names the credential.
            return HINT_TOKEN_UNKNOWN if "token" in text and "credential" not in text else HINT_NO_CREDENTIALS
        if status == 404:
            return HINT_ROUTE_MISS
        if status >= 500:
            return HINT_CREDENTIALS_BROKEN if "credential" in text else HINT_UPSTREAM
    elif origin == "scenario":
        if status == 401:
            return HINT_SCENARIO_KEY
        if status == 403:
            return HINT_SCENARIO_FORBIDDEN
    return None
