"""Stage 3b (after the overlays): what a parsed response is *guaranteed* to carry.

Scenario's definitions mark many response fields "required" that its API leaves out in practice. Typed
plainly, such a field would be ``UNSET`` at run time behind a type that promises a value: code that
follows the types would meet an AttributeError. So, in every object schema reached only from responses:

- ``id`` stays required wherever an object has one, and so do the payload fields of each operation's 200
  response root (``GetModelsByModelIdResponse.model``, ``GetModelsResponse.models``...): the generated
  parser guarantees them (a missing one is a ``ResponseDecodeError`` naming its path, or the array
  element is skipped; a missing root array is ``[]``).
- a required field with a default stays required: the parser applies the default when absent (the
  importer keeps Scenario's default as ``x-scenario-default``, documentation on the request side; here,
  in a response-only schema, it becomes the schema ``default`` again).
- every other required field becomes optional (``X | Unset``).

Those schemas are stamped ``x-scenario-response: true``; the model template reads the stamp to parse
them this way. Schemas a request body reaches (``*Request``, bodies, and what they share with responses)
are left exactly as they are: there ``required`` means "must be sent". A schema both sides share that the
rule would change (``ModelConceptsItem``: ``modelId`` and ``scale`` must be sent, may be absent in a
model Scenario returns) gets a response-side copy named ``<name>Read``, and responses refer to the copy.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from .normalize import iter_operations, iter_schemas
from .schemas import DEFAULT_KEY

RESPONSE_KEY = "x-scenario-response"
GUARANTEED_EVERYWHERE = frozenset({"id"})
READ_SUFFIX = "Read"
REF_PREFIX = "#/components/schemas/"

__all__ = [
    "GUARANTEED_EVERYWHERE",
    "READ_SUFFIX",
    "RESPONSE_KEY",
    "guarantee_response_fields",
    "is_guaranteed",
    "is_response_model",
]


def guarantee_response_fields(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` whose response-only schemas keep ``required`` only for guaranteed fields."""
    spec = copy.deepcopy(spec)
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    request_side: set[str] = set()
    response_side: set[str] = set()
    roots: set[str] = set()
    for _, _, op in iter_operations(spec):
        _collect_refs(op.get("requestBody"), schemas, request_side)
        for status, response in (op.get("responses") or {}).items():
            _collect_refs(response, schemas, response_side)
            if str(status).startswith("2"):  # 200, and 269 (a dry run's DryRunResponse)
                for media in ((response or {}).get("content") or {}).values():
                    name = _ref_name((media or {}).get("schema"))
                    if name is not None:
                        roots.add(name)
    copies = _read_copies(schemas, response_side & request_side)
    for name, copy_name in copies.items():
        schemas[copy_name] = copy.deepcopy(schemas[name])
    if copies:
        # responses, response-only schemas and the copies refer to the copies
        targets: list[Any] = [op.get("responses") for _, _, op in iter_operations(spec)]
        targets += [schemas[n] for n in sorted(response_side - request_side)] + [schemas[n] for n in copies.values()]
        for target in targets:
            _redirect_refs(target, copies)
    for name in sorted((response_side - request_side) | set(copies.values())):
        for obj in _object_schemas(schemas[name]):
            _relax(obj, keep_required=name in roots and obj is schemas[name])
    return spec


def _read_copies(schemas: dict[str, Any], shared: set[str]) -> dict[str, str]:
    """The shared schemas that need a response-side copy: the rule would change them, or one they reach."""
    changes = {name for name in shared if any(_would_relax(obj) for obj in _object_schemas(schemas[name]))}
    grew = True
    while grew:  # a shared schema reaching a copied one is copied too, so the copy is what responses reach
        grew = False
        for name in sorted(shared - changes):
            reached: set[str] = set()
            _collect_refs(schemas[name], schemas, reached)
            if reached & changes:
                changes.add(name)
                grew = True
    return {name: name + READ_SUFFIX for name in sorted(changes) if name + READ_SUFFIX not in schemas}


def _has_default(prop: Any) -> bool:
    return isinstance(prop, dict) and ("default" in prop or DEFAULT_KEY in prop)


def _would_relax(schema: dict[str, Any]) -> bool:
    properties: dict[str, Any] = schema.get("properties") or {}
    return any(
        p not in GUARANTEED_EVERYWHERE and not _has_default(properties.get(p)) for p in schema.get("required") or []
    )


def _redirect_refs(node: Any, copies: dict[str, str]) -> None:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            name = _ref_name(item)
            if name is not None and name in copies:
                item["$ref"] = REF_PREFIX + copies[name]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _relax(schema: dict[str, Any], *, keep_required: bool) -> None:
    properties: dict[str, Any] = schema.get("properties") or {}
    for prop in properties.values():
        if isinstance(prop, dict) and DEFAULT_KEY in prop and "default" not in prop:
            prop["default"] = copy.deepcopy(prop[DEFAULT_KEY])  # a response-only field: the parser applies it
    required = [str(p) for p in schema.get("required") or []]
    if not keep_required:
        required = [p for p in required if p in GUARANTEED_EVERYWHERE or _has_default(properties.get(p))]
        if required:
            schema["required"] = required
        else:
            schema.pop("required", None)
    schema[RESPONSE_KEY] = True


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref: str = schema["$ref"]
        return ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else None
    return None


def _collect_refs(node: Any, schemas: dict[str, Any], seen: set[str]) -> None:
    """Every component schema ``node`` reaches, transitively."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            name = _ref_name(item)
            if name is not None and name in schemas and name not in seen:
                seen.add(name)
                stack.append(schemas[name])
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _object_schemas(schema: Any) -> Iterator[dict[str, Any]]:
    """``schema`` and the inline object schemas nested in it (not through ``$ref``: those are their own)."""
    for item in iter_schemas(schema):
        if "$ref" not in item and (item.get("type") == "object" or "properties" in item):
            yield item


# -- for the templates: the same rule, read back from openapi-python-client's parsed models ----------------------


def is_response_model(model: Any) -> bool:
    """The model parses a response (its schema carries the :data:`RESPONSE_KEY` stamp)."""
    return bool((model.data.model_extra or {}).get(RESPONSE_KEY))


def is_guaranteed(model: Any, prop: Any) -> bool:
    """Field ``prop`` of ``model`` is typed without ``| Unset`` and has no default: a response model's parser must
    fill it (or raise)."""
    return is_response_model(model) and bool(prop.required) and prop.default is None
