"""Turn Scenario's own Swagger 2.0 definitions into OpenAPI 3.0 components for the overrides.

LowCodeAPI's spec types nothing; Scenario's API export (``scenario-official-swagger2.json``)
describes every response the proxy passes through. ``python -m codegen import-schemas`` converts
the definitions our 28 operations answer with into ``components.schemas`` and writes them as an
overlay in ``overrides/``, so the build itself never needs the 2.3 MB export.

The definitions are fully inlined (no ``$ref``): the same Model object is repeated in eight
responses. Left as is, openapi-python-client would emit one class per occurrence
(``GetModelsResponseModelsItem``, ``PostModelsResponseModel``, ...). We hoist every object schema
that occurs more than once into one named component, with the names in ``NAMED_ROOTS`` for the
objects users handle (``Model``, ``Inference``, ``Asset``, ``Job``...) and a name derived from the
first place it occurs for the rest.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections import Counter
from typing import Any

from .errors import CodegenError
from .paths import SCENARIO_SWAGGER


@functools.cache
def scenario_swagger() -> dict[str, Any]:
    """Scenario's own API definition (``codegen/spec/scenario-official-swagger2.json``, 2.3 MB), read and parsed
    once per process: the one reader codegen, the tests and the benchmarks share. The document is shared, so a
    caller that changes it works on a copy (``copy.deepcopy``)."""
    doc: dict[str, Any] = json.loads(SCENARIO_SWAGGER.read_text(encoding="utf-8"))
    return doc


# Components users meet by name: component name -> (definition, JSON pointer inside it).
NAMED_ROOTS: dict[str, tuple[str, str]] = {
    "Model": ("GetModelsByModelIdResponse", "/properties/model"),
    "Inference": ("GetModelsInferencesByModelIdAndInferenceIdResponse", "/properties/inference"),
    "InferenceImage": (
        "GetModelsInferencesByModelIdAndInferenceIdResponse",
        "/properties/inference/properties/images/items",
    ),
    "Job": ("PostModelsInferencesByModelIdResponse", "/properties/job"),
    "Asset": ("PutImagesEraseBackgroundResponse", "/properties/asset"),
    "Tag": ("GetTagsResponse", "/properties/tags/items"),
    "ModelClassInfo": ("GetModelsClassesByModelIdResponse", "/properties/classes/items"),
    "ModelCategory": ("GetModelsCategoriesByModelIdResponse", "/properties/categories/items"),
    "TrainingImage": ("PostModelsTrainingImagesByModelIdResponse", "/properties/trainingImage"),
    # Request parts users build themselves.
    "GenerationParameters": ("PostModelsInferencesByModelIdRequest", "/properties/parameters"),
    "TrainingParameters": ("PutModelsTrainByModelIdRequest", "/properties/parameters"),
}

# Keys of a Swagger 2.0 schema that mean the same in OpenAPI 3.0.
_KEEP = {
    "type", "format", "description", "title", "enum", "default", "items", "properties", "required",
    "additionalProperties", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
    "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "readOnly", "example", "allOf",
    "multipleOf", "minProperties", "maxProperties",
}  # fmt: skip


def convert_schema(schema: Any) -> Any:
    """A Swagger 2.0 schema as OpenAPI 3.0: `x-nullable` -> `nullable`, refs re-pointed, unknown keys dropped."""
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "$ref":
            out["$ref"] = str(value).replace("#/definitions/", "#/components/schemas/")
        elif key == "x-nullable":
            out["nullable"] = bool(value)
        elif key == "properties":
            out["properties"] = {name: convert_schema(prop) for name, prop in value.items()}
        elif key in ("items", "additionalProperties"):
            out[key] = convert_schema(value)
        elif key == "allOf":
            out["allOf"] = [convert_schema(s) for s in value]
        elif key == "type" and value == "file":
            out.update(type="string", format="binary")
        elif key == "required" and not value:
            continue
        elif key in ("minimum", "maximum"):
            bound = float(value)  # Scenario writes some bounds as strings ("9.007199254740991E15")
            if abs(bound) < 2**53 - 1:  # JavaScript's MAX_SAFE_INTEGER and above just mean "unbounded"
                out[key] = bound
        elif key in _KEEP:
            out[key] = copy.deepcopy(value)
    if out.get("type") == "array" and "items" not in out:
        out["items"] = {}  # Scenario leaves some arrays untyped; openapi-python-client drops those schemas
    if "default" in out:
        # A default is what Scenario does when a field is absent: documentation, never a value the client sends.
        # As a schema default it would become a constructor default, and the typed form of a request would put
        # keys on the wire the dict form does not (GenerationParameters(...) adding aspectRatio "1:1", ...).
        # It is kept as data under DEFAULT_KEY: a response-only schema gets it back as its default
        # (codegen/response_types.py), so the parser fills it in when Scenario leaves the field out.
        default = out.pop("default")
        if "enum" not in out or default in out["enum"]:  # Scenario documents some as 'undefined', outside the enum
            out["description"] = with_default_doc(out.get("description"), default)
            out[DEFAULT_KEY] = copy.deepcopy(default)
    if schema == {}:
        # Scenario documents some responses as `{}`: an object we know nothing about.
        return {"type": "object", "additionalProperties": True}
    return out


def with_default_doc(description: str | None, default: Any) -> str:
    """``description`` ending in "Default: <value>." (once: Scenario writes it into some descriptions itself)."""
    text = (description or "").rstrip()
    if re.search(r"\bdefault(?::| is| value)|\bby default\b", text, re.IGNORECASE):
        return text
    note = f"Default: {json.dumps(default, ensure_ascii=False)}."
    if text and text[-1] not in ".!?:":
        text += "."
    return f"{text} {note}" if text else note


DEFAULT_KEY = "x-scenario-default"
_DOC_KEYS = frozenset({"description", "title", "default", "example", DEFAULT_KEY})


def _shape(schema: Any) -> Any:
    """``schema`` without its documentation: two schemas of one shape generate one class."""
    if isinstance(schema, list):
        return [_shape(v) for v in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: _shape(prop) for name, prop in value.items()}  # property names are data
        elif key not in _DOC_KEYS:
            out[key] = _shape(value)
    return out


def _fingerprint(schema: dict[str, Any]) -> str:
    return json.dumps(_shape(schema), sort_keys=True)


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "object" and bool(schema.get("properties"))


def _pascal(text: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])", text)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def _children(schema: dict[str, Any]) -> list[tuple[str, dict[str, Any], str, Any]]:
    """(name suffix, container, key, child) for each direct subschema."""
    kids: list[tuple[str, dict[str, Any], str, Any]] = []
    for name, prop in (schema.get("properties") or {}).items():
        kids.append((_pascal(name), schema["properties"], name, prop))
    if isinstance(schema.get("items"), dict):
        kids.append(("Item", schema, "items", schema["items"]))
    if isinstance(schema.get("additionalProperties"), dict):
        kids.append(("Value", schema, "additionalProperties", schema["additionalProperties"]))
    return kids


def _resolve_pointer(doc: Any, pointer: str, where: str) -> Any:
    node = doc
    for part in pointer.strip("/").split("/"):
        if not isinstance(node, dict) or part not in node:
            raise CodegenError(f"{where}: JSON pointer {pointer} not found")
        node = node[part]
    return node


def build_components(swagger: dict[str, Any], definitions: list[str]) -> dict[str, Any]:
    """Convert ``definitions`` of ``swagger`` into deduplicated OpenAPI 3.0 component schemas."""
    defs = swagger.get("definitions")
    if not isinstance(defs, dict):
        raise CodegenError("Swagger document has no 'definitions'")
    missing = [name for name in definitions if name not in defs]
    if missing:
        raise CodegenError(f"Swagger document lacks definitions: {', '.join(missing)}")
    converted = {name: convert_schema(defs[name]) for name in definitions}

    counts: Counter[str] = Counter()

    def count(schema: Any) -> None:
        if _is_object(schema):
            counts[_fingerprint(schema)] += 1
        if isinstance(schema, dict):
            for _, _, _, child in _children(schema):
                count(child)

    for schema in converted.values():
        count(schema)

    names: dict[str, str] = {}  # fingerprint -> component name
    for comp_name, (definition, pointer) in NAMED_ROOTS.items():
        if definition in converted:
            node = _resolve_pointer(converted[definition], pointer, f"named root {comp_name}")
            names[_fingerprint(node)] = comp_name
            counts[_fingerprint(node)] += 1  # always hoist named roots, even if used once

    components: dict[str, Any] = {}
    taken = set(definitions) | set(NAMED_ROOTS)

    def hoist(schema: dict[str, Any], owner: str) -> None:
        """Replace shared object subschemas of ``schema`` (in place) by refs, depth first."""
        for suffix, container, key, child in _children(schema):
            if not isinstance(child, dict):
                continue
            if _is_object(child) and counts[_fingerprint(child)] > 1:
                fp = _fingerprint(child)
                name = names.get(fp)
                if name is None:
                    base = name = f"{owner}{suffix}"
                    n = 2
                    while name in taken:
                        name, n = f"{base}{n}", n + 1
                    names[fp] = name
                    taken.add(name)
                if name not in components:
                    components[name] = {}  # reserve before recursing (cycles cannot occur, order can)
                    body = copy.deepcopy(child)
                    hoist(body, name)
                    components[name] = body
                container[key] = {"$ref": f"#/components/schemas/{name}"}
            else:
                hoist(child, f"{owner}{suffix}")

    # Named roots first, so their nested parts get names under them (ModelUiConfig, not ...ModelsItemUiConfig).
    for comp_name, (definition, pointer) in NAMED_ROOTS.items():
        if definition in converted and comp_name not in components:
            body = copy.deepcopy(_resolve_pointer(converted[definition], pointer, comp_name))
            components[comp_name] = {}
            hoist(body, comp_name)
            components[comp_name] = body
    for name in definitions:
        body = converted[name]
        hoist(body, name.removesuffix("Response"))  # requests keep their suffix: ...RequestParameters
        components[name] = body
    return dict(sorted(components.items()))


def components_overlay(
    swagger: dict[str, Any],
    definitions: list[str],
    source: str,
    operations: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """An Overlay 1.0 document adding the converted schemas under `components.schemas`.

    With ``operations`` ((method, LowCodeAPI path) pairs), it also records Scenario's request for each of them
    (REQUEST_KEY, see ``request_sources``), importing the request definitions they use.
    """
    sources = request_sources(swagger, operations or [])
    wanted = sorted(set(definitions) | {str(i["definition"]) for i in sources.values() if i.get("definition")})
    schemas = build_components(swagger, wanted)
    requests = request_actions(sources, schemas)
    version = (swagger.get("info") or {}).get("version", "unknown")
    return {
        "overlay": "1.0.0",
        "info": {
            "title": "Scenario response schemas and request shapes",
            "version": version,
            "x-generated-by": f"python -m codegen import-schemas --swagger {source}",
        },
        "actions": [
            {
                "target": "$.components",
                "description": "Scenario's own response definitions, converted to OpenAPI 3.0 and deduplicated",
                "update": {"schemas": schemas},
            },
            *requests,
        ],
    }


# --- Requests -------------------------------------------------------------------------------------------------------
# LowCodeAPI's dispatcher forwards the query string (but api_token) and the JSON body to Scenario unchanged, so
# Scenario's own request definitions are the contract. For each of our operations, the importer records what Scenario
# expects under REQUEST_KEY; codegen/requests.py merges it with LowCodeAPI's intent after the overlays.

REQUEST_KEY = "x-scenario-request"

# The operations whose path Scenario's export lacks still have their request definition in it, and the same
# endpoint under its newer path documents the query parameters: LowCodeAPI route -> (definition, newer route).
ORPHAN_REQUESTS: dict[tuple[str, str], tuple[str, tuple[str, str] | None]] = {
    ("post", "/v1/models/{modelId}/inferences"): (
        "PostModelsInferencesByModelIdRequest",
        ("post", "/generate/custom/{modelId}"),
    ),
    ("put", "/v1/images/pixelate"): ("PutImagesPixelateRequest", ("post", "/generate/pixelate")),
    ("put", "/v1/images/upscale"): ("PutImageUpscaleRequest", ("post", "/generate/upscale")),
    ("put", "/v1/images/erase-background"): (
        "PutImagesEraseBackgroundRequest",
        ("post", "/generate/remove-background"),
    ),
}

# Request definitions that stay named classes (users knew them by these names); every other request body is inlined
# into its operation, so its class keeps openapi-python-client's `<OperationId>Body` name (TransferModelBody, ...).
REQUEST_COMPONENTS = frozenset(
    {"PutModelsByModelIdRequest", "PostModelsInferencesByModelIdRequest", "PutModelsTrainByModelIdRequest"}
)

_PARAM_SCHEMA_KEYS = ("type", "format", "enum", "items", "minimum", "maximum", "pattern", "default")


def convert_parameter(param: dict[str, Any]) -> dict[str, Any]:
    """A Swagger 2.0 query parameter as OpenAPI 3.0 (`schema` holds its type; a default becomes documentation)."""
    schema = convert_schema({k: param[k] for k in _PARAM_SCHEMA_KEYS if k in param})
    out: dict[str, Any] = {"name": str(param["name"]), "in": "query"}
    if param.get("required"):
        out["required"] = True
    description = schema.pop("description", None) if "default" in param else None
    schema.pop(DEFAULT_KEY, None)  # a query parameter is only ever sent: its default is documentation alone
    text = " ".join(filter(None, [str(param.get("description") or "").strip(), description or ""]))
    if text:
        out["description"] = text
    out["schema"] = schema
    return out


def _route(swagger: dict[str, Any], method: str, path: str) -> dict[str, Any] | None:
    op = ((swagger.get("paths") or {}).get(path) or {}).get(method)
    return op if isinstance(op, dict) else None


def _query(op: dict[str, Any] | None) -> list[dict[str, Any]]:
    return [convert_parameter(p) for p in (op or {}).get("parameters") or [] if p.get("in") == "query"]


def request_sources(
    swagger: dict[str, Any], operations: list[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """What Scenario expects for each of ``operations`` ((method, LowCodeAPI path)) it defines a request for.

    Each value: ``source`` (where it comes from), ``query`` (converted query parameters) and, when Scenario takes a
    body, ``definition`` and ``body_required``.
    """
    base = str(swagger.get("basePath") or "")
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for method, path in operations:
        route = path.removeprefix(base) if base and path.startswith(base + "/") else path
        op = _route(swagger, method, route)
        if op is not None:
            info: dict[str, Any] = {"source": f"{method.upper()} {route}", "query": _query(op)}
            for p in op.get("parameters") or []:
                if p.get("in") == "body":
                    ref = str((p.get("schema") or {}).get("$ref", ""))
                    if not ref.startswith("#/definitions/"):
                        raise CodegenError(f"{method.upper()} {route}: body is not a reference to a definition")
                    info["definition"] = ref.removeprefix("#/definitions/")
                    info["body_required"] = bool(p.get("required"))
            out[(method, path)] = info
        elif (method, path) in ORPHAN_REQUESTS:
            definition, newer = ORPHAN_REQUESTS[(method, path)]
            source = f"definition {definition} (the export has no {method.upper()} {route})"
            query: list[dict[str, Any]] = []
            if newer is not None:
                newer_op = _route(swagger, *newer)
                if newer_op is None:
                    raise CodegenError(f"Swagger document lacks {newer[0].upper()} {newer[1]} (for {path})")
                query = _query(newer_op)
                source += f"; query parameters of {newer[0].upper()} {newer[1]}"
            out[(method, path)] = {"source": source, "query": query, "definition": definition, "body_required": True}
    return out


def request_actions(sources: dict[tuple[str, str], dict[str, Any]], components: dict[str, Any]) -> list[dict[str, Any]]:
    """Overlay actions recording REQUEST_KEY on each operation; inlined request definitions leave ``components``."""
    actions = []
    for (method, path), info in sorted(sources.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        record: dict[str, Any] = {"source": info["source"], "query": info["query"]}
        definition = info.get("definition")
        if definition:
            if definition in REQUEST_COMPONENTS:
                schema: dict[str, Any] = {"$ref": f"#/components/schemas/{definition}"}
            else:
                schema = components.pop(definition, None) or {}
                if not schema:  # used by two operations: inline it in both
                    schema = next(
                        a["update"][REQUEST_KEY]["body"]["schema"]
                        for a in actions
                        if a["update"][REQUEST_KEY].get("definition") == definition
                    )
            record["definition"] = definition
            record["body"] = {"required": bool(info.get("body_required")), "schema": schema}
        actions.append(
            {
                "target": f"$.paths['{path}'].{method}",
                "description": f"Scenario's request: {info['source']}",
                "update": {REQUEST_KEY: record},
            }
        )
    return actions
