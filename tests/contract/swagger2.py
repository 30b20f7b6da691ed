"""Swagger 2.0 -> OpenAPI 3.0, enough of it for Scenario's export (openapi-core validates OpenAPI 3.x only).

No maintained converter installs from PyPI and works offline for this (swagger2openapi is an npm tool), and
Scenario's export uses a small part of Swagger 2.0: JSON bodies, path/query parameters, ``definitions``, one
API-key scheme. What is converted:

- ``host``/``basePath``/``schemes`` -> ``servers``; ``definitions`` -> ``components.schemas`` (``$ref`` rewritten);
  ``securityDefinitions`` -> ``components.securitySchemes``;
- a ``body`` parameter -> ``requestBody`` (``application/json``); other parameters get a ``schema`` (``type``,
  ``items``, ``enum``, ``format``, bounds, ``default``) and, for arrays, the style of their ``collectionFormat``;
- response ``schema`` -> ``content["application/json"].schema``; ``x-nullable`` -> ``nullable``; numeric bounds
  written as strings (Scenario writes ``"9.007199254740991E15"``) -> numbers; an enum's ``default`` that is not
  one of its values (Scenario writes ``"undefined"``) is dropped.

``closed=True`` adds ``additionalProperties: false`` to every object schema that lists ``properties`` and says
nothing about extra ones: a request field Scenario does not define then is a violation, not silently ignored.
Anything else in the input that this converter does not know raises ``ValueError`` naming it.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["convert"]

_PARAM_SCHEMA_KEYS = (
    "type",
    "items",
    "enum",
    "format",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
)
# collectionFormat -> (style, explode) for query parameters.
_COLLECTION_STYLES = {
    "csv": ("form", False),
    "multi": ("form", True),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
}
# Scenario's export writes some bounds as strings ("9.007199254740991E15"): JSON Schema needs numbers.
_NUMERIC_KEYS = frozenset({"minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "multipleOf"})
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")


def _schema(node: Any, closed: bool) -> Any:
    """A Swagger 2.0 schema as an OpenAPI 3.0 schema (recursively)."""
    if isinstance(node, list):
        return [_schema(item, closed) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref":
            if not isinstance(value, str) or not value.startswith("#/definitions/"):
                raise ValueError(f"unsupported $ref {value!r} (only #/definitions/...)")
            out[key] = "#/components/schemas/" + value[len("#/definitions/") :]
        elif key == "x-nullable":
            out["nullable"] = bool(value)
        elif key == "properties":
            out[key] = {name: _schema(prop, closed) for name, prop in value.items()}
        elif key == "discriminator" and isinstance(value, str):
            out[key] = {"propertyName": value}
        elif key in _NUMERIC_KEYS and isinstance(value, str):
            number = float(value)
            out[key] = int(number) if number.is_integer() and key != "multipleOf" else number
        elif key in ("example", "enum", "default", "required"):
            out[key] = copy.deepcopy(value)
        else:
            out[key] = _schema(value, closed)
    if "default" in out and "enum" in out and out["default"] not in out["enum"]:
        del out["default"]  # Scenario's export has default "undefined" for enums: not a value, JavaScript's absence
    if closed and "properties" in out and "additionalProperties" not in out and "$ref" not in out:
        out["additionalProperties"] = False
    return out


def _parameter(param: dict[str, Any], closed: bool) -> dict[str, Any]:
    where = param.get("in")
    if where not in ("query", "path", "header"):
        raise ValueError(f"unsupported parameter location {where!r} for {param.get('name')!r}")
    out: dict[str, Any] = {"name": param["name"], "in": where, "required": bool(param.get("required", where == "path"))}
    if "description" in param:
        out["description"] = param["description"]
    out["schema"] = _schema({k: param[k] for k in _PARAM_SCHEMA_KEYS if k in param}, closed)
    if param.get("type") == "array":
        fmt = param.get("collectionFormat", "csv")
        if fmt not in _COLLECTION_STYLES:
            raise ValueError(f"unsupported collectionFormat {fmt!r} for {param['name']!r}")
        style, explode = _COLLECTION_STYLES[fmt]
        out["style"], out["explode"] = style, explode
    return out


def _operation(op: dict[str, Any], shared: list[dict[str, Any]], closed: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        k: copy.deepcopy(op[k]) for k in ("operationId", "summary", "description", "tags") if k in op
    }
    if "security" in op:
        out["security"] = copy.deepcopy(op["security"])
    own = {(p.get("in"), p.get("name")) for p in op.get("parameters", [])}
    params: list[dict[str, Any]] = []
    for param in [*(p for p in shared if (p.get("in"), p.get("name")) not in own), *op.get("parameters", [])]:
        if param.get("in") == "body":
            out["requestBody"] = {
                "required": bool(param.get("required", False)),
                "content": {"application/json": {"schema": _schema(param.get("schema", {}), closed)}},
            }
        else:
            params.append(_parameter(param, closed))
    if params:
        out["parameters"] = params
    responses: dict[str, Any] = {}
    for status, response in (op.get("responses") or {"200": {"description": "OK"}}).items():
        converted: dict[str, Any] = {"description": response.get("description", "")}
        if "schema" in response:
            converted["content"] = {"application/json": {"schema": _schema(response["schema"], closed)}}
        responses[str(status)] = converted
    out["responses"] = responses
    return out


def convert(swagger: dict[str, Any], *, closed: bool = False) -> dict[str, Any]:
    """The OpenAPI 3.0.3 document equivalent to the Swagger 2.0 document ``swagger`` (which is not modified)."""
    if swagger.get("swagger") != "2.0":
        raise ValueError(f"not a Swagger 2.0 document (swagger={swagger.get('swagger')!r})")
    schemes = swagger.get("schemes") or ["https"]
    host = swagger.get("host", "localhost")
    base = swagger.get("basePath", "") or ""
    doc: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": copy.deepcopy(swagger.get("info") or {"title": "converted", "version": "0"}),
        "servers": [{"url": f"{scheme}://{host}{base}"} for scheme in schemes],
        "paths": {},
        "components": {"schemas": {name: _schema(s, closed) for name, s in (swagger.get("definitions") or {}).items()}},
    }
    schemes_out: dict[str, Any] = {}
    for name, scheme in (swagger.get("securityDefinitions") or {}).items():
        if scheme.get("type") != "apiKey":
            raise ValueError(f"unsupported security scheme type {scheme.get('type')!r} for {name!r}")
        schemes_out[name] = {"type": "apiKey", "name": scheme["name"], "in": scheme["in"]}
    if schemes_out:
        doc["components"]["securitySchemes"] = schemes_out
    if "security" in swagger:
        doc["security"] = copy.deepcopy(swagger["security"])
    for path, item in (swagger.get("paths") or {}).items():
        shared = item.get("parameters", [])
        unknown = set(item) - {*_METHODS, "parameters"}
        if unknown:
            raise ValueError(f"unsupported keys {sorted(unknown)} in path {path!r}")
        doc["paths"][path] = {m: _operation(op, shared, closed) for m, op in item.items() if m in _METHODS}
    return doc
