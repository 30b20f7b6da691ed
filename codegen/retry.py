"""What the spec says about repeating an operation: ``x-scenario-retry`` (set in overrides/30-retry.overlay.yaml),
checked, with the runtime's own default where an operation declares none. Used by the resource methods
(codegen/extras.py) and the endpoint modules (codegen/generate.py)."""

from __future__ import annotations

from typing import Any

from .errors import CodegenError

RETRY_KEY = "x-scenario-retry"  # set in overrides/30-retry.overlay.yaml: may a failed attempt be repeated?
RETRY_DOCS = {
    "safe": "safe to repeat: retried on connection errors, timeouts, 408, 429 and 5xx.",
    "unsent-only": (
        "creates something or costs credits: retried only when the request provably never left "
        "(connect error, connect or pool timeout) or on 429; never after a read timeout, a reset, a 502 or a 503."
    ),
}


def retry_policy(method: str, op: dict[str, Any]) -> str:
    """The operation's declared ``x-scenario-retry``, else the safe side: ``safe`` for GET, ``unsent-only``."""
    from .runtime._retry import default_retry_policy  # the runtime's own default, so the two cannot disagree

    declared = op.get(RETRY_KEY)
    if declared is None:
        return default_retry_policy(method)
    if declared not in RETRY_DOCS:
        raise CodegenError(
            f"{method.upper()} operation {op.get('operationId')!r}: {RETRY_KEY} must be 'safe' or 'unsent-only', "
            f"got {declared!r}"
        )
    return str(declared)
