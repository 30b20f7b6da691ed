"""overrides/30-retry.overlay.yaml and codegen.retry.retry_policy: every operation declares its retry policy."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.build import build_spec
from codegen.errors import CodegenError
from codegen.normalize import iter_operations
from codegen.overlay import load_overlay
from codegen.retry import RETRY_KEY, retry_policy
from tests.conftest import ROOT

OVERLAY = ROOT / "overrides" / "30-retry.overlay.yaml"


def test_overlay_declares_one_policy_per_operation() -> None:
    actions = load_overlay(OVERLAY)["actions"]
    assert len(actions) == 28
    assert len({a["target"] for a in actions}) == 28
    assert {a["update"][RETRY_KEY] for a in actions} == {"safe", "unsent-only"}


@pytest.mark.parametrize(
    ("method", "op", "expected"),
    [
        ("get", {}, "safe"),
        ("post", {}, "unsent-only"),
        ("put", {}, "unsent-only"),
        ("delete", {}, "unsent-only"),
        ("put", {RETRY_KEY: "safe"}, "safe"),
        ("get", {RETRY_KEY: "unsent-only"}, "unsent-only"),
    ],
)
def test_retry_policy(method: str, op: dict[str, Any], expected: str) -> None:
    assert retry_policy(method, op) == expected


def test_retry_policy_rejects_unknown_values() -> None:
    with pytest.raises(CodegenError, match="PUT operation 'train_model': x-scenario-retry must be 'safe' or"):
        retry_policy("put", {"operationId": "train_model", RETRY_KEY: "idempotent"})


def test_every_operation_of_the_final_spec_declares_a_policy(served_spec: dict[str, Any]) -> None:
    spec = build_spec(served_spec, check=False)
    ops = [(method, op) for _, method, op in iter_operations(spec)]
    assert len(ops) == 28
    missing = [op.get("operationId") for _, op in ops if RETRY_KEY not in op]
    assert missing == []
