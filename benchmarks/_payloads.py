"""Realistic, deterministic response payloads built from Scenario's own API definition.

``complete_instance(schema, seed)`` fills *every* property of a Swagger 2 schema, nested objects and arrays
included, with values shaped like what Scenario sends (prefixed IDs, ISO dates, URLs, enum members, the
``(example: "...")`` values of the descriptions); the same ``seed`` always gives the same document, and
different seeds give different values (IDs, enum members, numbers), so a page is not one model repeated.
The benchmark and its smoke test build payloads the same way, from the one reader of Scenario's definition
(``codegen.schemas.scenario_swagger``).
"""

from __future__ import annotations

import random
import re
from typing import Any

ARRAY_ITEMS = 1  # items per array and entries per free-form map: every item schema appears once
_EXAMPLE = re.compile(r'\(example: "([^"]+)"\)')
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_WORDS = ("watercolor", "soft light", "pastel", "isometric", "front view", "game asset", "outline", "knight")


def load_definitions() -> dict[str, Any]:
    """Scenario's definitions, from the one reader of its API definition (codegen.schemas.scenario_swagger)."""
    from codegen.schemas import scenario_swagger

    definitions: dict[str, Any] = scenario_swagger()["definitions"]
    return definitions


def model_schema(definitions: dict[str, Any]) -> dict[str, Any]:
    """The model object of ``GetModelsByModelIdResponse`` (the same shape as ``GetModelsResponse.models[]``)."""
    schema: dict[str, Any] = definitions["GetModelsByModelIdResponse"]["properties"]["model"]
    return schema


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


def complete_instance(
    schema: dict[str, Any], seed: int, *, name: str = "", definitions: dict[str, Any] | None = None
) -> Any:
    """A JSON value with every property of ``schema`` present (deterministic in ``seed``)."""
    return _fill(schema, name, random.Random(f"{seed}:{name}"), definitions or {})


def _fill(schema: dict[str, Any], name: str, rng: random.Random, definitions: dict[str, Any]) -> Any:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        schema = definitions[ref.rsplit("/", 1)[1]]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        properties: dict[str, Any] = schema.get("properties") or {}
        if properties:
            return {key: _fill(sub, key, rng, definitions) for key, sub in properties.items()}
        extra = schema.get("additionalProperties")
        value_schema = extra if isinstance(extra, dict) else {"type": "string"}
        keys = ("prompt", "negativePrompt", "guidance", "image", "strength")
        return {
            keys[(i + rng.randrange(5)) % 5] + str(i): _fill(value_schema, name, rng, definitions)
            for i in range(ARRAY_ITEMS)
        }
    if kind == "array":
        items = schema.get("items") or {"type": "string"}
        if "enum" in items:  # distinct members, as Scenario sends for capability/type lists
            return rng.sample(items["enum"], min(ARRAY_ITEMS, len(items["enum"])))
        return [_fill(items, name.removesuffix("s"), rng, definitions) for _ in range(ARRAY_ITEMS)]
    if kind == "string":
        return _string(name, schema, rng)
    if kind in ("number", "integer"):
        return _number(name, rng) if kind == "number" else rng.randrange(1, 100)
    if kind == "boolean":
        return rng.random() < 0.5
    return _string(name, {"type": "string"}, rng)  # untyped: a string, the commonest JSON value


def model_payload(seed: int, definitions: dict[str, Any]) -> dict[str, Any]:
    """One complete model object, with ``id`` = ``model_<seed>`` so a request can be checked against it."""
    model: dict[str, Any] = complete_instance(model_schema(definitions), seed, definitions=definitions)
    model["id"] = f"model_{seed}"
    return model


def page_payload(size: int, definitions: dict[str, Any]) -> dict[str, Any]:
    """``GetModelsResponse``: ``size`` distinct complete models and a next-page token."""
    return {"models": [model_payload(i, definitions) for i in range(1, size + 1)], "nextPaginationToken": "tok_page_2"}
