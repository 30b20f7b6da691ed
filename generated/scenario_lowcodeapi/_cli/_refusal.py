"""Who refused the token: a non-2xx answer to ``doctor``'s free read classified from its status and body (LowCodeAPI's
token check, missing Scenario credentials, Scenario's own refusal passed through, Scenario unreachable)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .._exceptions import one_line
from .._redact import Secrets, redact_text

__all__ = ["Refusal", "RefusalKind", "classify_refusal"]


RefusalKind = Literal[
    "token-missing-or-malformed",
    "token-unknown",
    "no-scenario-credentials",
    "scenario-refused-credentials",
    "scenario-unreachable",
    "rate-limited",
    "other",
]


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why LowCodeAPI did not answer a read with a 2xx: ``side`` refused it (``lowcodeapi``, ``scenario`` or
    ``None`` when the answer does not say), ``kind`` says how, ``reason`` says it to a person."""

    side: Literal["lowcodeapi", "scenario"] | None
    kind: RefusalKind
    reason: str


_SCENARIO_KEYS = ("apiError", "reason", "infos", "createdAt")
_UNREACHABLE = re.compile(r"ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|socket hang up", re.I)


def _message(body: Mapping[str, Any]) -> str:
    for candidate in (body.get("message"), (body.get("error") if isinstance(body.get("error"), str) else None)):
        if isinstance(candidate, str) and candidate.strip():
            return candidate
    inner = body.get("error")
    if not isinstance(inner, Mapping):
        data = body.get("data")
        inner = data.get("error") if isinstance(data, Mapping) else None
    if isinstance(inner, Mapping):
        for key in ("message", "error", "reason"):
            if isinstance(inner.get(key), str) and inner[key].strip():
                return str(inner[key])
    return ""


def classify_refusal(status: int, body: object, secrets: Secrets | None = None) -> Refusal:
    """Classify a non-2xx answer to the token probe from its status and body (LOWCODEAPI.md, measured on the
    open-source server): LowCodeAPI's token check answers 401 (missing, or not ``at_...``) and 403
    ``Invalid api_token`` (unknown) with ``{"message", "provider", "error": {"code": "<status>"}}``; a known token
    without Scenario credentials gets a 403 of the same shape; Scenario's own 401 (it refused the key/secret
    LowCodeAPI holds) is passed through with Scenario's body under ``error``; a 500 with a socket error means
    LowCodeAPI could not reach Scenario. The provider docs' ``{"data": {"error": {"message", "code"}}}`` says less:
    the message decides. ``secrets``: the token's forms, never repeated in the reason."""
    mapping: Mapping[str, Any] = body if isinstance(body, Mapping) else {}
    message = one_line(redact_text(_message(mapping), secrets), 160)
    said = f": {message}" if message else ""
    lowered = message.lower()
    error = mapping.get("error")
    data = mapping.get("data")
    docs_error = data.get("error") if isinstance(data, Mapping) else None
    inner = error if isinstance(error, Mapping) else docs_error if isinstance(docs_error, Mapping) else None
    scenario_body = isinstance(inner, Mapping) and any(key in inner for key in _SCENARIO_KEYS)
    proxy_shaped = isinstance(error, Mapping) and str(error.get("code")) == str(status) and not scenario_body
    if "invalid api_token" in lowered or (status == 403 and "api_token" in lowered):
        return Refusal("lowcodeapi", "token-unknown", f"LowCodeAPI does not know this token ({status}{said})")
    if "api token is required" in lowered or (status == 401 and proxy_shaped):
        return Refusal(
            "lowcodeapi",
            "token-missing-or-malformed",
            f"LowCodeAPI's token check refused it ({status}{said}); LowCodeAPI tokens start with at_",
        )
    if status == 403 and proxy_shaped:
        return Refusal(
            "lowcodeapi",
            "no-scenario-credentials",
            f"LowCodeAPI knows the token, but its account has no Scenario credentials connected ({status}{said})",
        )
    if status == 401 and (scenario_body or isinstance(error, Mapping)):
        return Refusal(
            "scenario",
            "scenario-refused-credentials",
            f"Scenario refused the Scenario key/secret stored in LowCodeAPI (401 passed through{said})",
        )
    if status >= 500 and _UNREACHABLE.search(message):
        return Refusal("lowcodeapi", "scenario-unreachable", f"LowCodeAPI could not reach Scenario ({status}{said})")
    if status == 429:
        return Refusal(None, "rate-limited", f"rate limited (429{said}); try again later")
    side: Literal["lowcodeapi", "scenario"] | None = "scenario" if scenario_body else None
    return Refusal(side, "other", f"refused with HTTP {status}{said}")
