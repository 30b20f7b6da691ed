"""Report what changed between two LowCodeAPI specs, per operation, in words a reviewer can act on.

Both documents are normalized first, so the two URL formats and the converter's noise compare
equal; only what LowCodeAPI changed shows: operations added or removed, and per operation the
parameters and request-body fields added, removed or retyped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .normalize import iter_operations, normalize

BODY_FIELD = "body field"
# A request slot by where it goes and its name: ("query parameter", "status"), ("body field", "name").
SlotKey = tuple[str, str]


@dataclass(frozen=True)
class Slot:
    """A request parameter or body field: its type, the values it is limited to, whether it is required.

    An array's type names its items (``array<Model>``, ``array<array<string>>``); its ``enum`` is its innermost
    items' (the values a user writes). ``enum`` keeps the spec's order: the drift report prints it so.
    """

    element: str
    enum: tuple[str, ...]
    required: bool
    depth: int = 0  # how many arrays wrap ``element``

    @property
    def type(self) -> str:
        """``string``, ``Model``, ``array<Model>``: without the enum values."""
        return "array<" * self.depth + self.element + ">" * self.depth

    def describe(self) -> str:
        """``string(a|b), required``, ``array<string(a|b)>``: how the drift report words it."""
        values = "(" + "|".join(self.enum) + ")" if self.enum else ""
        return (
            "array<" * self.depth + self.element + values + ">" * self.depth + (", required" if self.required else "")
        )


def _slot(schema: Any, required: bool, depth: int = 0) -> Slot:
    if not isinstance(schema, dict):
        return Slot("any", (), required, depth)
    if "$ref" in schema:
        return Slot(str(schema["$ref"]).rsplit("/", 1)[-1], (), required, depth)
    kind = str(schema.get("type", "any"))
    if kind == "array":
        return _slot(schema.get("items"), required, depth + 1)
    return Slot(kind, tuple(map(str, schema.get("enum") or ())), required, depth)


def operation_slots(op: dict[str, Any]) -> dict[SlotKey, Slot]:
    """Every parameter (``(f"{in} parameter", name)``), then every request-body field (``("body field", name)``)."""
    slots: dict[SlotKey, Slot] = {}
    for p in op.get("parameters") or []:
        if isinstance(p, dict):
            slots[f"{p.get('in')} parameter", str(p.get("name"))] = _slot(p.get("schema"), bool(p.get("required")))
    for media in ((op.get("requestBody") or {}).get("content") or {}).values():
        schema = (media or {}).get("schema") or {}
        required = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            slots[BODY_FIELD, str(name)] = _slot(prop, name in required)
    return slots


def request_slots(doc: dict[str, Any]) -> dict[str, dict[SlotKey, Slot]]:
    """``{"GET /v1/models": {("query parameter", "status"): Slot, ...}}`` of a normalized spec: the one reading of
    request shapes that both this report and the release classification (:mod:`codegen.api_diff`) use."""
    return {f"{method.upper()} {path}": operation_slots(op) for path, method, op in iter_operations(doc)}


def _described(slots: dict[SlotKey, Slot], body: bool) -> dict[str, str]:
    """``{"query parameter status": "string(a|b), required"}``: the parameters, or the body fields."""
    return {
        f"{where} {name}": slot.describe() for (where, name), slot in slots.items() if (where == BODY_FIELD) is body
    }


def diff_specs(old: dict[str, Any], new: dict[str, Any], *, normalized: bool = False) -> list[str]:
    """Lines of a human-readable report; empty when nothing an SDK user would notice changed. ``normalized``: both
    specs are already :func:`codegen.normalize.normalize`'s output (``codegen update`` normalizes each once)."""
    if not normalized:
        old, new = normalize(old), normalize(new)
    before, after = request_slots(old), request_slots(new)
    lines: list[str] = []
    for key in after:
        if key not in before:
            lines.append(f"+ operation added: {key}")
    for key in before:
        if key not in after:
            lines.append(f"- operation removed: {key}")
    for key in before:
        if key not in after:
            continue
        changes: list[str] = []
        for body in (False, True):  # parameters, then body fields
            old_items, new_items = _described(before[key], body), _described(after[key], body)
            for name, kind in new_items.items():
                if name not in old_items:
                    changes.append(f"    + {name} added ({kind})")
                elif old_items[name] != kind:
                    changes.append(f"    ~ {name} retyped: {old_items[name]} -> {kind}")
            for name, kind in old_items.items():
                if name not in new_items:
                    changes.append(f"    - {name} removed (was {kind})")
        if changes:
            lines.append(f"~ operation changed: {key}")
            lines.extend(changes)
    return lines


def report(old: dict[str, Any], new: dict[str, Any], *, normalized: bool = False) -> tuple[str, int]:
    """The printed report and the exit code (0 unchanged, 1 changed); ``normalized`` as in :func:`diff_specs`."""
    lines = diff_specs(old, new, normalized=normalized)
    if not lines:
        return "No drift: the spec matches the vendored snapshot.", 0
    n_ops = sum(1 for line in lines if not line.startswith(" "))
    header = f"Spec drift against the vendored snapshot: {n_ops} operation(s) affected."
    return "\n".join([header, *lines]), 1
