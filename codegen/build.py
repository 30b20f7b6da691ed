"""The spec half of the pipeline: fetched document -> normalized -> overlaid -> validated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import CodegenError
from .normalize import iter_operations, normalize, validate
from .overlay import apply_overlays, overlay_files
from .paths import OVERRIDES
from .requests import apply_scenario_requests
from .response_types import guarantee_response_fields
from .runtime._spec_check import manifest_of

MANIFEST_KEY = "x-lowcodeapi-manifest"


def build_spec(
    doc: dict[str, Any],
    *,
    overrides: Path = OVERRIDES,
    check: bool = True,
    dropped: list[str] | None = None,
    normalized: bool = False,
) -> dict[str, Any]:
    """Repair ``doc``, apply every overlay in ``overrides``, merge Scenario's request shapes, then relax what
    responses do not guarantee (after the requests, so schemas a request body reaches stay strict); validate the
    result unless ``check`` is False. ``dropped``: see :func:`codegen.overlay.apply_overlays` (``codegen update``
    classifies a spec that lost an operation some overlay still names). ``normalized``: ``doc`` is already
    :func:`codegen.normalize.normalize`'s output (``codegen update`` normalizes the new spec once for everything)."""
    repaired = doc if normalized else normalize(doc)
    spec = apply_overlays(repaired, overlay_files(overrides), dropped)
    apply_scenario_requests(spec)
    spec = guarantee_response_fields(spec)
    check_unique_operation_ids(spec)
    # What LowCodeAPI declared, before our overlays: the package's _manifest.json, for `doctor`'s spec check.
    spec[MANIFEST_KEY] = manifest_of(repaired)
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


def lowcodeapi_operations(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(method, path) of every operation in LowCodeAPI's spec ``doc``, once repaired (what the overlays target)."""
    return [(method, path) for path, method, _ in iter_operations(normalize(doc))]
