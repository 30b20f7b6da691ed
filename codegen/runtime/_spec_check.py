"""What this build expects of LowCodeAPI's spec, and what a served spec changes about it (``doctor``'s spec check).

Codegen writes ``_manifest.json`` into the package with :func:`manifest_of` applied to the spec the package was
generated from (repaired, before our overlays: what LowCodeAPI declared). ``doctor`` applies the same function to
the spec LowCodeAPI serves today, raw: it reads both URL formats and the converter's quirks (string ``"true"``
flags, ``required`` inside a property, old-format literal path keys), as ``codegen/normalize.py`` repairs them,
so an unchanged spec gives an equal manifest. Standard library only: codegen is not installed with the package.

A manifest: ``{"format": 1, "operations": {"GET /v1/models/{modelId}": {"old_path": "/v1/models/modelId",
"params": {"path modelId": true, "query pageSize": false}, "body": {"name": true}}}}`` (``true`` = required).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Change", "compare", "load_manifest", "manifest_of", "manifest_text"]

MANIFEST_FORMAT = 1
MANIFEST_FILE = "_manifest.json"
_METHODS = ("get", "put", "post", "delete", "patch")
_TEMPLATED = re.compile(r"^\{([^{}/]+)\}$")
_NOT_SENT = frozenset({"query api_token"})  # the token is the client's own, never an operation's parameter

Operation = dict[str, Any]
Manifest = dict[str, Any]


def _flag(value: object) -> bool:
    """``true`` / ``"true"`` (any case, spaces) -> True; anything else False, as codegen's normalize reads it."""
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return value is True


def _params(item: Mapping[str, Any], op: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found = [p for p in (item.get("parameters") or []) if isinstance(p, Mapping)]
    found += [p for p in (op.get("parameters") or []) if isinstance(p, Mapping)]
    return found


def _body(op: Mapping[str, Any]) -> dict[str, bool]:
    body = op.get("requestBody")
    fields: dict[str, bool] = {}
    if not isinstance(body, Mapping):
        return fields
    for media in (body.get("content") or {}).values():
        schema = media.get("schema") if isinstance(media, Mapping) else None
        if not isinstance(schema, Mapping):
            continue
        listed = schema.get("required")
        required = {str(n) for n in listed} if isinstance(listed, list) else set()
        for name, prop in (schema.get("properties") or {}).items():
            inner = isinstance(prop, Mapping) and _flag(prop.get("required"))
            fields[str(name)] = fields.get(str(name), False) or str(name) in required or inner
    return fields


def manifest_of(doc: object) -> Manifest:
    """The manifest of an OpenAPI document as LowCodeAPI serves it (either URL format) or as codegen repairs it.

    Raises ``ValueError`` (one line) when ``doc`` has no ``paths`` object: it is not LowCodeAPI's spec.
    """
    if not isinstance(doc, Mapping) or not isinstance(doc.get("paths"), Mapping) or not doc["paths"]:
        raise ValueError("not an OpenAPI document with a non-empty 'paths' object")
    operations: dict[str, Operation] = {}
    for raw_path, item in doc["paths"].items():
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            params = _params(item, op)
            path_names = {str(p.get("name")) for p in params if p.get("in") == "path"}
            segments = []
            for seg in str(raw_path).split("/"):
                templated = _TEMPLATED.match(seg)
                name = templated.group(1) if templated else seg
                if templated:
                    path_names.add(name)
                segments.append(f"{{{name}}}" if name in path_names and name else seg)
            path = "/".join(segments)
            old_path = re.sub(r"\{([^{}/]+)\}", r"\1", path) if "{" in path else None
            slots: dict[str, bool] = {}
            for p in params:
                key = f"{p.get('in')} {p.get('name')}"
                if key not in _NOT_SENT:
                    slots[key] = p.get("in") == "path" or _flag(p.get("required")) or slots.get(key, False)
            for name in path_names:
                slots.setdefault(f"path {name}", True)
            entry: Operation = {"old_path": old_path, "params": dict(sorted(slots.items())), "body": {}}
            entry["body"] = dict(sorted(_body(op).items()))
            operations[f"{method.upper()} {path}"] = entry
    return {"format": MANIFEST_FORMAT, "operations": dict(sorted(operations.items()))}


def manifest_text(manifest: Manifest) -> str:
    """The manifest as codegen writes it: one operation per line, keys sorted, so diffs of the file read well."""
    ops = manifest["operations"]
    lines = [f"  {json.dumps(key)}: {json.dumps(ops[key], sort_keys=True, separators=(',', ':'))}" for key in ops]
    return '{"format": ' + str(manifest["format"]) + ', "operations": {\n' + ",\n".join(lines) + "\n}}\n"


def load_manifest() -> Manifest:
    """The manifest this package was generated with (package data written by codegen)."""
    from importlib.resources import files

    text = files(__package__ or "scenario_lowcodeapi").joinpath(MANIFEST_FILE).read_text(encoding="utf-8")
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise ValueError(f"{MANIFEST_FILE}: unknown manifest format")
    return data


Impact = Literal["breaking", "additive", "compatible"]


@dataclass(frozen=True, slots=True)
class Change:
    """One difference, from the point of view of calls this version makes.

    ``breaking``: a call this version makes may now fail (operation removed, parameter or body field now required,
    parameter or field removed that this version sends). ``additive``: something an upgrade would bring (operation,
    optional parameter or field added). ``compatible``: a relaxation (no longer required).
    """

    impact: Impact
    operation: str
    text: str

    def as_dict(self) -> dict[str, str]:
        return {"impact": self.impact, "operation": self.operation, "change": self.text}


def _slot_changes(op: str, kind: str, ours: Mapping[str, bool], theirs: Mapping[str, bool]) -> list[Change]:
    out: list[Change] = []
    for name, required in ours.items():
        label = f"{kind} {name}"
        if name not in theirs:
            out.append(Change("breaking", op, f"{label} removed (this version sends it)"))
        elif theirs[name] and not required:
            out.append(Change("breaking", op, f"{label} now required"))
        elif required and not theirs[name]:
            out.append(Change("compatible", op, f"{label} no longer required"))
    for name, required in theirs.items():
        if name not in ours:
            label = f"{kind} {name}"
            if required:
                out.append(Change("breaking", op, f"{label} added, required (this version does not send it)"))
            else:
                out.append(Change("additive", op, f"{label} added (optional)"))
    return out


def compare(ours: Manifest, served: Manifest) -> list[Change]:
    """What ``served`` changes against ``ours``: operations removed and added, then per operation (in ``ours``'
    order) each parameter and body field; empty when the two describe the same requests."""
    mine: Mapping[str, Operation] = ours["operations"]
    theirs: Mapping[str, Operation] = served["operations"]
    changes = [Change("breaking", key, "operation removed") for key in mine if key not in theirs]
    changes += [Change("additive", key, "operation added") for key in theirs if key not in mine]
    for key, op in mine.items():
        other = theirs.get(key)
        if other is None:
            continue
        changes += _slot_changes(key, "parameter", op.get("params") or {}, other.get("params") or {})
        changes += _slot_changes(key, "body field", op.get("body") or {}, other.get("body") or {})
    return changes
