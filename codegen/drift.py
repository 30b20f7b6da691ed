"""Report what changed between two LowCodeAPI specs, per operation, in words a reviewer can act on.

Both documents are normalized first, so the two URL formats and the converter's noise compare
equal; only what LowCodeAPI changed shows: operations added or removed, and per operation the
parameters and request-body fields added, removed or retyped.
"""

from __future__ import annotations

from typing import Any

from .normalize import iter_operations, normalize


def _type_of(schema: Any) -> str:
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = str(schema.get("type", "any"))
    if kind == "array":
        return f"array<{_type_of(schema.get('items'))}>"
    if schema.get("enum"):
        kind += "(" + "|".join(map(str, schema["enum"])) + ")"
    return kind


def operation_shape(op: dict[str, Any]) -> dict[str, dict[str, str]]:
    """{'parameters': {'in:name': 'type[, required]'}, 'body': {'field': 'type[, required]'}}."""
    params = {}
    for p in op.get("parameters") or []:
        params[f"{p.get('in')} parameter {p.get('name')}"] = _type_of(p.get("schema")) + (
            ", required" if p.get("required") else ""
        )
    body = {}
    for media in ((op.get("requestBody") or {}).get("content") or {}).values():
        schema = media.get("schema") or {}
        required = set(schema.get("required") or [])
        for name, prop in (schema.get("properties") or {}).items():
            body[f"body field {name}"] = _type_of(prop) + (", required" if name in required else "")
    return {"parameters": params, "body": body}


def operations(doc: dict[str, Any]) -> dict[str, dict[str, dict[str, str]]]:
    return {f"{method.upper()} {path}": operation_shape(op) for path, method, op in iter_operations(doc)}


def diff_specs(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Lines of a human-readable report; empty when nothing an SDK user would notice changed."""
    before, after = operations(normalize(old)), operations(normalize(new))
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
        for section in ("parameters", "body"):
            old_items, new_items = before[key][section], after[key][section]
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


def report(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, int]:
    """The printed report and the exit code (0 unchanged, 1 changed)."""
    lines = diff_specs(old, new)
    if not lines:
        return "No drift: the spec matches the vendored snapshot.", 0
    n_ops = sum(1 for line in lines if not line.startswith(" "))
    header = f"Spec drift against the vendored snapshot: {n_ops} operation(s) affected."
    return "\n".join([header, *lines]), 1
