"""A Python re-implementation of LowCodeAPI's intent -> OpenAPI converter, quirks kept.

Mirrors ``server/src/packages/openapi/fn/openapi-converter.ts`` (samal/lowcodeapi) as it is
served for a provider with no filters, so tests can make LowCodeAPI-shaped documents from any
intent file. ``convert(intents)`` reproduces ``codegen/spec/scenario.openapi.json`` byte for
byte (new format: ``/v1/models/{modelId}``) and ``convert(intents, templated=False)`` reproduces
``scenario.definition.json`` (old format: literal ``/v1/models/modelId`` keys, the parameter
still declared ``in: path``). The public TypeScript builds only the literal keys; the templating
of the ``/openapi`` document is inferred from the shared files: every path segment that names an
entry of the intent's ``path`` becomes ``{name}``, and nothing else changes.

JavaScript semantics the output depends on, reproduced on purpose:

- ``a || b`` picks ``b`` whenever ``a`` is falsy (``""``, ``0``, ``false``, ``null``, missing),
  but ``{}`` and ``[]`` are truthy;
- ``undefined`` values vanish from ``JSON.stringify`` output (``required`` on a query parameter,
  ``description`` on a field without ``text``, ``externalDocs.url``, ``info.title``/``version``);
- ``Object.keys`` lists integer-like keys first, in numeric order;
- every operation's ``responses`` is one shared object (``CODES``) holding only the 401.

Quirks kept (each one a defect the pipeline's ``normalize`` repairs): ``info`` without title or
version, ``externalDocs`` as ``{api_ref, api_endpoint}``, the 401-only shared responses,
``required: []`` in every body schema, ``requestBody.required: true`` on every POST/PUT/PATCH/DELETE
even with no fields (``multipart/form-data`` and ``required: false`` when the intent path contains
``media`` or the intent's ``type`` is ``file``/``upload``), body ``enum`` copied as is (``[true, false]`` on booleans), ``""`` examples
for strings, numbers, booleans and parameters, ``type: array`` without ``items``, parameter types
passed through (all ``string`` in Scenario's intents), ``required: true`` written inside a property
schema when an intent marks a body field required, and no ``operationId``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["convert", "template_path"]

API_ENDPOINT = "https://api.lowcodeapi.com"  # config.PROTOCOL://config.API_ENDPOINT


class _Undefined:
    """JavaScript's ``undefined``: a missing key; dropped when the document is serialized."""

    _instance: _Undefined | None = None

    def __new__(cls) -> _Undefined:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "undefined"


UNDEFINED: Any = _Undefined()

# `examples[item] = field.examples || typeMap[type] || ''`
_TYPE_MAP: dict[str, Any] = {
    "json": {},
    "object": {},
    "array": [],
    "null": None,
    "undefined": "",
    "string": "",
    "boolean": False,
    "number": 0,
}
_BODY_METHODS = ("post", "patch", "put", "delete")
_UPLOAD_TYPES = ("file", "upload")
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")


def _truthy(value: Any) -> bool:
    """JavaScript truthiness: objects and arrays are truthy, ``""``, ``0``, ``NaN``, null, undefined are not."""
    if value is UNDEFINED or value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0 and not (isinstance(value, float) and math.isnan(value))
    if isinstance(value, str):
        return value != ""
    return True


def _js_str(value: Any) -> str:
    """``String(value)`` / template-literal interpolation."""
    if value is UNDEFINED:
        return "undefined"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _or(*values: Any) -> Any:
    """``a || b || c``."""
    for value in values[:-1]:
        if _truthy(value):
            return value
    return values[-1]


def _get(obj: Any, key: str) -> Any:
    """``obj[key]`` on a parsed JSON value (``undefined`` when absent)."""
    if isinstance(obj, Mapping):
        return obj.get(key, UNDEFINED)
    if isinstance(obj, list) and _ARRAY_INDEX.fullmatch(key) and int(key) < len(obj):
        return obj[int(key)]
    return UNDEFINED


def _keys(obj: Any) -> list[str]:
    """``Object.keys(obj || {})``: array indexes and integer-like keys first (ascending), then insertion order."""
    if isinstance(obj, list):
        return [str(i) for i in range(len(obj))]
    if not isinstance(obj, Mapping):
        return []
    keys = list(obj)
    integer_like = sorted((k for k in keys if _ARRAY_INDEX.fullmatch(k) and int(k) < 2**32 - 1), key=int)
    return integer_like + [k for k in keys if k not in integer_like]


def _js_object(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """A JavaScript object literal as ``JSON.stringify`` writes it: undefined members dropped, integer keys first."""
    members = {key: value for key, value in pairs if value is not UNDEFINED}
    return {key: members[key] for key in _keys(members)}


def _plain(value: Any) -> Any:
    """A parsed JSON value as ``JSON.stringify`` writes it (undefined object members dropped, in arrays -> null)."""
    if isinstance(value, Mapping):
        return _js_object((k, _plain(v)) for k, v in value.items() if v is not UNDEFINED)
    if isinstance(value, list):
        return [None if v is UNDEFINED else _plain(v) for v in value]
    return value


def template_path(intent_path: str, path_names: Iterable[str]) -> str:
    """New-format key: every path segment that names a path parameter becomes ``{name}``."""
    names = set(path_names)
    return "/".join(f"{{{seg}}}" if seg in names else seg for seg in intent_path.split("/"))


def _parameter(name: str, spec: Any, where: str, required: Any) -> dict[str, Any]:
    schema = _js_object([("type", _get(spec, "type")), ("example", _or(_get(spec, "example"), ""))])
    enum = _get(spec, "enum")
    if _truthy(enum):  # the converter hangs a string-items enum on the (non-array) schema
        schema["items"] = {"type": "string", "enum": enum}
    return _js_object(
        [
            ("name", name),
            ("in", where),
            ("description", _or(_get(spec, "description"), _get(spec, "text"))),
            ("required", required),
            ("schema", schema),
        ]
    )


def _request_body(route: Mapping[str, Any], body: Any) -> dict[str, Any]:
    route_type = _get(route, "type")
    is_upload = _truthy(route_type) and isinstance(route_type, str) and route_type.lower() in _UPLOAD_TYPES
    intent = _get(route, "provider_alias_intent")
    if re.search("media", _js_str(intent)) or is_upload:  # `/media/.test(...)`: anywhere in the path
        content_type, required = "multipart/form-data", False
    else:
        content_type, required = "application/json", True
    media: dict[str, Any] = {"schema": {"type": "object", "required": [], "properties": {}}, "example": {}}
    request_body = {"description": "", "required": required, "content": {content_type: media}}

    examples: dict[str, Any] = {}
    properties: dict[str, Any] = {}
    for item in _keys(body):
        field = _get(body, item)
        field_type = _get(field, "type") if _truthy(field) else ""
        prop: dict[str, Any] = {
            "type": _get(field, "type"),
            "description": _or(_get(field, "description"), _get(field, "text")),
        }
        if _truthy(_get(field, "required")):
            prop["required"] = True
        if _truthy(_get(field, "enum")):
            prop["enum"] = _get(field, "enum")
        properties[item] = _js_object(prop.items())
        type_key = field_type if isinstance(field_type, str) else "undefined" if field_type is UNDEFINED else ""
        examples[item] = _or(_get(field, "examples"), _TYPE_MAP.get(type_key, UNDEFINED), "")

    media["schema"]["properties"] = _js_object(properties.items())
    route_examples = _get(route, "examples")
    if _truthy(route_examples) and _truthy(_get(route_examples, "body")):
        media["example"] = _get(route_examples, "body")
    else:
        media["example"] = _js_object(examples.items())
    return request_body


def _operation(route: Mapping[str, Any], method: str, responses: dict[str, Any]) -> dict[str, Any]:
    meta = _get(route, "meta")
    category = _get(route, "category")
    tags = list(category) if isinstance(category, list) else [category]
    op: dict[str, Any] = {
        "tags": tags,
        "parameters": [],
        "responses": responses,
        "externalDocs": _js_object(
            [
                ("url", _get(meta, "api_doc")),
                ("api_ref", _get(meta, "api_ref") if _truthy(meta) else ""),
                ("api_endpoint", _get(meta, "api_endpoint")),
            ]
        ),
        "response_type": _or(_get(route, "response_type"), UNDEFINED),
    }
    summary = ""
    version = _get(meta, "version")
    if _truthy(version):
        summary += f"{_js_str(version).upper()} •"
    if _truthy(_get(route, "summary")) or _truthy(_get(route, "text")):
        summary = _or(_get(route, "summary"), _get(route, "text"))
    op["summary"] = summary
    description = _get(meta, "description")
    op["description"] = _js_str(description) if _truthy(description) else ""

    params, path = _get(route, "params"), _get(route, "path")
    path_keys = _keys(path)
    for item in path_keys:
        spec = _get(path, item)
        if not _truthy(spec) or _truthy(_get(spec, "disabled")):
            continue
        op["parameters"].append(_parameter(item, spec, "path", True))
    for item in _keys(params):
        if item in path_keys:
            continue
        spec = _get(params, item)
        if not _truthy(spec) or _truthy(_get(spec, "disabled")):
            continue
        op["parameters"].append(_parameter(item, spec, "query", _get(spec, "required")))

    op["security"] = [{"ApiToken": []}]
    responses["401"] = {"description": "API token required", "content": {"application/json": {}}}

    body = _get(route, "body")
    if method in _BODY_METHODS and _truthy(body):
        op["requestBody"] = _request_body(route, body)
    return _js_object(op.items())


def convert(intents: Mapping[str, Any], *, templated: bool = True) -> dict[str, Any]:
    """The OpenAPI document LowCodeAPI serves for an intent file (``{"config": ..., "routes": [...]}``).

    ``templated=True`` gives the ``/openapi`` document (``{name}`` path keys), ``False`` the older
    ``/definition`` one (the intent path verbatim). Routes sharing a path key share one path item;
    a repeated method replaces the earlier operation in place. All operations share one
    ``responses`` object, as in LowCodeAPI.
    """
    app = _get(intents, "config")
    if not _truthy(app):
        app = {}
    routes = _get(intents, "routes")
    responses: dict[str, Any] = {}  # CODES: one object, shared by every operation
    paths: dict[str, dict[str, Any]] = {}
    for index in _keys(routes):
        route = _get(routes, index)
        method = _js_str(_or(_get(route, "method"), "")).lower()
        key = _js_str(_get(route, "provider_alias_intent"))
        if templated:
            path = _get(route, "path")
            names = [n for n in _keys(path) if _truthy(_get(path, n)) and not _truthy(_get(_get(path, n), "disabled"))]
            key = template_path(key, names)
        paths.setdefault(key, {})[method] = _operation(route, method, responses)

    info = _js_object(
        [
            ("title", _get(app, "title")),
            ("description", _get(app, "description")),
            ("version", _get(app, "version")),
        ]
    )
    if _truthy(_get(app, "contact_email")):
        info["contact"] = {}
    server = _js_object(
        [("description", _get(app, "description")), ("url", f"{API_ENDPOINT}/{_js_str(_get(app, 'id'))}")]
    )
    shared = _plain(responses)  # JSON.stringify drops undefined members; the 401 object stays shared
    plain_paths: dict[str, Any] = {}
    for key, item in _js_object(paths.items()).items():
        plain_paths[key] = {}
        for method, op in item.items():
            plain = _plain({k: (None if k == "responses" else v) for k, v in op.items()})
            plain["responses"] = shared
            plain_paths[key][method] = plain
    return {
        "openapi": "3.0.0",
        "info": _plain(info),
        "servers": [_plain(server)],
        "paths": plain_paths,
        "components": {"securitySchemes": {"ApiToken": {"type": "apiKey", "in": "query", "name": "api_token"}}},
        "security": [{"ApiToken": []}],
    }
