"""Complete instances of Scenario's response definitions, built from its own API description.

``complete(name)`` gives a JSON value carrying *every* property the definition (and everything nested in
it) declares, with a valid value of the declared type: the payload a fully-featured Scenario answer
would be. Deterministic, so tests and failure reports are reproducible.
"""

from __future__ import annotations

import functools
import zlib
from typing import Any

from codegen.schemas import scenario_swagger

JSON = Any


@functools.cache
def definitions() -> dict[str, Any]:
    defs: dict[str, Any] = scenario_swagger()["definitions"]
    return defs


def complete(name: str) -> JSON:
    """A complete instance of the definition ``name`` (a fresh copy each call)."""
    return _instance(definitions()[name], name, 0)


def _instance(schema: dict[str, Any], path: str, depth: int) -> JSON:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _instance(definitions()[ref.rsplit("/", 1)[-1]], path, depth + 1)
    for key in ("allOf", "anyOf", "oneOf"):
        if schema.get(key):
            return _instance(schema[key][0], path, depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if kind == "object" or "properties" in schema or not schema:
        properties: dict[str, Any] = schema.get("properties") or {}
        out = {key: _instance(sub, f"{path}.{key}", depth + 1) for key, sub in properties.items()}
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, dict) and extra:
            out["someKey"] = _instance(extra, f"{path}.someKey", depth + 1)
        return out
    if kind == "array":
        items = schema.get("items") or {}
        return [_instance(items, f"{path}[{i}]", depth + 1) for i in range(2)]
    if kind == "integer":
        return 3
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "string":
        if path.endswith(".id") or path == "id":
            return f"id_{zlib.crc32(path.encode()) % 10_000}"
        return "2025-01-15T10:00:00.000Z" if path.endswith("At") else "text"
    return "text"
