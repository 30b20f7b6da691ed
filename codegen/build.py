"""The spec half of the pipeline: fetched document -> normalized -> overlaid -> validated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import CodegenError
from .normalize import iter_operations, normalize, validate
from .overlay import apply_overlays, overlay_files
from .paths import OVERRIDES
from .response_types import guarantee_response_fields


def build_spec(doc: dict[str, Any], *, overrides: Path = OVERRIDES, check: bool = True) -> dict[str, Any]:
    """Repair ``doc``, apply every overlay in ``overrides`` and relax what responses guarantee; validate the result unless ``check`` is False."""
    spec = guarantee_response_fields(apply_overlays(normalize(doc), overlay_files(overrides)))
    check_unique_operation_ids(spec)
    if check:
        validate(spec)
    return spec


def check_unique_operation_ids(spec: dict[str, Any]) -> None:
    """Two operations with one operationId would generate one module over the other: refuse."""
    owners: dict[str, str] = {}
    for path, method, op in iter_operations(spec):
        op_id = str(op.get("operationId"))
        where = f"{method.upper()} {path}"
        if op_id in owners:
            raise CodegenError(f"operationId {op_id!r} is used by both {owners[op_id]} and {where}; fix overrides/")
        owners[op_id] = where
