"""Complete instances of Scenario's response definitions, built from its own API description: the one payload
builder of the tests and the benchmarks (benchmarks/_payloads.py builds its model pages with it).

``complete_instance(schema, seed)`` fills *every* property of a Swagger 2 schema, nested objects and arrays
included, with values shaped like what Scenario sends (prefixed IDs, ISO dates, URLs, enum members, the
``(example: "...")`` values of the descriptions); the same ``seed`` always gives the same document, and
different seeds give different values (IDs, enum members, numbers), so a page is not one model repeated.
``complete(name)`` is a complete instance of the definition ``name``: the payload a fully-featured Scenario answer
would be. Deterministic, so tests, failure reports and benchmark figures are reproducible.
"""

from __future__ import annotations

import functools
import random
import re
from typing import Any

from codegen.schemas import scenario_swagger

JSON = Any
ARRAY_ITEMS = 1  # items per array and entries per free-form map by default: every item schema appears once
_EXAMPLE = re.compile(r'\(example: "([^"]+)"\)')
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_WORDS = ("watercolor", "soft light", "pastel", "isometric", "front view", "game asset", "outline", "knight")


@functools.cache
def definitions() -> dict[str, Any]:
    """Scenario's definitions (from the one reader of its API definition, codegen.schemas.scenario_swagger)."""
    defs: dict[str, Any] = scenario_swagger()["definitions"]
    return defs


def complete(name: str) -> JSON:
    """A complete instance of the definition ``name``, two items per array (a fresh copy each call)."""
    return complete_instance(definitions()[name], 0, name=name, definitions=definitions(), items=2)


def complete_instance(
    schema: dict[str, Any],
    seed: int,
    *,
    name: str = "",
    definitions: dict[str, Any] | None = None,
    items: int = ARRAY_ITEMS,
) -> Any:
    """A JSON value with every property of ``schema`` present (deterministic in ``seed``), ``items`` items in each
    array and entries in each free-form map."""
    return _Filler(random.Random(f"{seed}:{name}"), definitions or {}, items).fill(schema, name)


def _string(name: str, schema: dict[str, Any], rng: random.Random) -> str:
    if "enum" in schema:
        return str(rng.choice(schema["enum"]))
    lower = name.lower()
    if name.endswith(("At", "On")) or "date" in lower:
        day, ms = rng.randrange(1, 28), rng.randrange(1000)
        return f"2025-{rng.randrange(1, 13):02d}-{day:02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00.{ms:03d}Z"
    if name == "id" or name.endswith(("Id", "Ids")):
        prefix = {"author": "user", "owner": "team", "user": "user", "parentmodel": "model"}.get(
            lower.removesuffix("ids").removesuffix("id"), "asset" if "asset" in lower else "model"
        )
        return f"{prefix}_" + "".join(rng.choice(_ALNUM) for _ in range(22))
    if "url" in lower:
        return f"https://cdn.cloud.scenario.com/assets/asset_{rng.randrange(10**8):08d}.webp?p=100&Expires=1735689600"
    example = _EXAMPLE.search(schema.get("description", ""))
    if example and not example.group(1).startswith("data:"):
        return example.group(1)
    return rng.choice(_WORDS)


def _number(name: str, rng: random.Random) -> int | float:
    lower = name.lower()
    if any(word in lower for word in ("number", "count", "epoch", "steps", "size", "max", "min", "length")):
        return rng.randrange(1, 100)
    return round(rng.uniform(0, 10), 3)


class _Filler:
    def __init__(self, rng: random.Random, definitions: dict[str, Any], items: int) -> None:
        self.rng, self.definitions, self.items = rng, definitions, items

    def fill(self, schema: dict[str, Any], name: str) -> Any:
        rng = self.rng
        ref = schema.get("$ref")
        if isinstance(ref, str):
            schema = self.definitions[ref.rsplit("/", 1)[1]]
        for key in ("allOf", "anyOf", "oneOf"):  # the first alternative is a valid instance
            if schema.get(key):
                return self.fill(schema[key][0], name)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "string")
        if "enum" in schema and kind not in ("string", "array"):
            return rng.choice(schema["enum"])
        if kind == "object" or "properties" in schema or not schema:  # an empty schema: an object
            properties: dict[str, Any] = schema.get("properties") or {}
            if properties:
                return {key: self.fill(sub, key) for key, sub in properties.items()}
            extra = schema.get("additionalProperties")
            value_schema = extra if isinstance(extra, dict) else {"type": "string"}
            keys = ("prompt", "negativePrompt", "guidance", "image", "strength")
            return {keys[(i + rng.randrange(5)) % 5] + str(i): self.fill(value_schema, name) for i in range(self.items)}
        if kind == "array":
            item_schema = schema.get("items") or {"type": "string"}
            if "enum" in item_schema:  # distinct members, as Scenario sends for capability/type lists
                return rng.sample(item_schema["enum"], min(self.items, len(item_schema["enum"])))
            return [self.fill(item_schema, name.removesuffix("s")) for _ in range(self.items)]
        if kind == "string":
            return _string(name, schema, rng)
        if kind in ("number", "integer"):
            return _number(name, rng) if kind == "number" else rng.randrange(1, 100)
        if kind == "boolean":
            return rng.random() < 0.5
        return _string(name, {"type": "string"}, rng)  # untyped: a string, the commonest JSON value
