"""Stage 2: repair LowCodeAPI's served spec into a valid OpenAPI 3.0 document.

Every defect listed in the project's spec notes has one repair below: a function taking the
document, changing it in place, with a one-line reason as its docstring. ``normalize`` applies
them in order to a copy. Both variants LowCodeAPI serves (new-format ``{modelId}`` path keys and
old-format literal ``modelId`` keys) normalize to the same document.

Defect 12 (the ``api_token`` query key, which openapi-python-client ignores) is not repaired here:
the package runtime sends the token on every request.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

from .errors import CodegenError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DEFAULT_TITLE = "Scenario via LowCodeAPI"
DEFAULT_VERSION = "1.0.0"
OLD_PATH_KEY = "x-lowcodeapi-old-path"
PATH_PARAMS_KEY = "x-lowcodeapi-path-params"
UPSTREAM_KEY = "x-scenario-endpoint"

Doc = dict[str, Any]
Repair = Callable[[Doc], None]


def iter_operations(doc: Doc) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def iter_schemas(node: Any) -> Iterator[dict[str, Any]]:
    """Every schema object under ``node`` (properties, items, compositions), depth first."""
    if not isinstance(node, dict):
        return
    yield node
    for prop in (node.get("properties") or {}).values():
        yield from iter_schemas(prop)
    if isinstance(node.get("items"), dict):
        yield from iter_schemas(node["items"])
    if isinstance(node.get("additionalProperties"), dict):
        yield from iter_schemas(node["additionalProperties"])
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key) or []:
            yield from iter_schemas(sub)


def iter_operation_schemas(doc: Doc) -> Iterator[dict[str, Any]]:
    """Schemas of every parameter and request body of every operation."""
    for _, _, op in iter_operations(doc):
        for param in op.get("parameters") or []:
            yield from iter_schemas(param.get("schema"))
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            yield from iter_schemas(media.get("schema"))


def path_param_names(path: str) -> list[str]:
    return re.findall(r"{([^}/]+)}", path)


# --- repairs -----------------------------------------------------------------------------------


def check_has_paths(doc: Doc) -> None:
    """A document without a non-empty `paths` object describes no API: stop with a clear error."""
    if doc.get("openapi", "").split(".")[0] != "3" and "swagger" in doc:
        raise CodegenError("spec is Swagger 2.0, expected LowCodeAPI's OpenAPI 3 document")
    paths = doc.get("paths")
    if not isinstance(paths, dict) or not paths:
        raise CodegenError("spec has no paths: expected LowCodeAPI's OpenAPI document with a non-empty 'paths' object")
    for path, item in paths.items():
        if not isinstance(item, dict):
            raise CodegenError(f"spec path {path!r} is not an object")


def set_openapi_version(doc: Doc) -> None:
    """The converter writes `openapi: 3.0.0`; pin it to the 3.0 line we validate against."""
    doc["openapi"] = "3.0.3"


def add_info_title_and_version(doc: Doc) -> None:
    """openapi-python-client aborts when `info.title` or `info.version` is missing."""
    info = doc.setdefault("info", {})
    if not info.get("title"):
        info["title"] = DEFAULT_TITLE
    if not info.get("version"):
        info["version"] = DEFAULT_VERSION
    if info.get("description") == "":
        del info["description"]


def drop_empty_server_descriptions(doc: Doc) -> None:
    """Empty `description` strings on servers carry nothing and clutter drift reports."""
    for server in doc.get("servers") or []:
        if server.get("description") == "":
            del server["description"]


def fix_external_docs(doc: Doc) -> None:
    """`externalDocs` needs a `url` and allows no `api_ref`/`api_endpoint`; keep the upstream URL as an extension."""
    for _, _, op in iter_operations(doc):
        ext = op.pop("externalDocs", None)
        if not isinstance(ext, dict):
            continue
        endpoint = ext.get("api_endpoint") or ""
        ref = ext.get("api_ref") or ext.get("url") or ""
        if endpoint:
            op[UPSTREAM_KEY] = endpoint
        if ref:
            op["externalDocs"] = {"url": ref}


def template_old_format_paths(doc: Doc) -> None:
    """Old-format keys (`/v1/models/modelId`) declare `in: path` parameters the key never templates."""
    new_paths: dict[str, Any] = {}
    for path, item in doc["paths"].items():
        shared = {k: v for k, v in item.items() if k not in HTTP_METHODS}
        item_names = {p["name"] for p in item.get("parameters") or [] if p.get("in") == "path"}
        for key, value in item.items():
            if key not in HTTP_METHODS:
                continue
            # Per operation: two routes on one literal path may disagree on which names are path parameters.
            names = item_names | {p["name"] for p in value.get("parameters") or [] if p.get("in") == "path"}
            new_path = "/".join(f"{{{seg}}}" if seg in names else seg for seg in path.split("/"))
            target = new_paths.setdefault(new_path, dict(shared))
            if key in target:
                raise CodegenError(f"spec has two {key.upper()} operations that both normalize to {new_path!r}")
            target[key] = value
        if not any(k in HTTP_METHODS for k in item):
            new_paths.setdefault(path, item)
    doc["paths"] = new_paths


def record_old_format_routes(doc: Doc) -> None:
    """The runtime falls back to the old URL format, which needs the literal path and the params moved to the query."""
    for path, _, op in iter_operations(doc):
        names = path_param_names(path)
        if names:
            op[OLD_PATH_KEY] = re.sub(r"{([^}/]+)}", r"\1", path)
            op[PATH_PARAMS_KEY] = names


def order_path_parameters(doc: Doc) -> None:
    """Parameters come in arbitrary order (`inferenceId` before `modelId`); signatures follow URL order."""
    for path, _, op in iter_operations(doc):
        order = {name: i for i, name in enumerate(path_param_names(path))}
        params = op.get("parameters") or []
        path_params = sorted((p for p in params if p.get("in") == "path"), key=lambda p: order.get(p["name"], 99))
        others = [p for p in params if p.get("in") != "path"]
        if params:
            op["parameters"] = path_params + others


def require_path_parameters(doc: Doc) -> None:
    """OpenAPI requires `required: true` on every path parameter."""
    for _, _, op in iter_operations(doc):
        for param in op.get("parameters") or []:
            if param.get("in") == "path":
                param["required"] = True


def drop_empty_parameter_lists(doc: Doc) -> None:
    """`parameters: []` on every body-only operation is noise."""
    for _, _, op in iter_operations(doc):
        if op.get("parameters") == []:
            del op["parameters"]


def coerce_string_flags(doc: Doc) -> None:
    """The converter copies intent flags verbatim: `required: "true"` (a string) is invalid OpenAPI."""
    truthy = {"true": True, "false": False}
    for _, _, op in iter_operations(doc):
        for param in op.get("parameters") or []:
            if isinstance(param.get("required"), str):
                param["required"] = truthy.get(param["required"].strip().lower(), False)
    for schema in iter_operation_schemas(doc):
        if isinstance(schema.get("required"), str):
            schema["required"] = truthy.get(schema["required"].strip().lower(), False)


def map_converter_types(doc: Doc) -> None:
    """Intent types `json` and `file` are not JSON Schema types; they mean an object and a binary string."""
    for schema in iter_operation_schemas(doc):
        if schema.get("type") == "json":
            schema["type"] = "object"
        elif schema.get("type") == "file":
            schema.update(type="string", format="binary")


def drop_empty_enums(doc: Doc) -> None:
    """`enum: []` admits no value at all (invalid); it means the intent listed none."""
    for schema in iter_operation_schemas(doc):
        if schema.get("enum") == []:
            del schema["enum"]


def drop_null_tags(doc: Doc) -> None:
    """A route without a category gets `tags: [null]`, which is invalid; untagged operations go to `default`."""
    for _, _, op in iter_operations(doc):
        if "tags" in op:
            tags = [t for t in op.get("tags") or [] if isinstance(t, str) and t]
            if tags:
                op["tags"] = tags
            else:
                del op["tags"]


def hoist_property_required_flags(doc: Doc) -> None:
    """`required: true` inside a property schema is not OpenAPI (fatal); it belongs in the parent's `required` list."""
    for schema in iter_operation_schemas(doc):
        props = schema.get("properties")
        if not isinstance(props, dict):
            continue
        required = list(schema.get("required") or [])
        for name, prop in props.items():
            if isinstance(prop, dict) and isinstance(prop.get("required"), bool):
                if prop.pop("required") and name not in required:
                    required.append(name)
        schema["required"] = required


def drop_empty_required_lists(doc: Doc) -> None:
    """OpenAPI 3.0 forbids an empty `required` list (minItems 1)."""
    for schema in iter_operation_schemas(doc):
        if schema.get("required") == []:
            del schema["required"]


def drop_empty_request_bodies(doc: Doc) -> None:
    """A required body with no fields (e.g. DELETE /v1/models/{modelId}) would force callers to send `{}`."""
    for _, _, op in iter_operations(doc):
        body = op.get("requestBody")
        if not isinstance(body, dict):
            continue
        content = body.get("content") or {}
        empty = all(
            not ((media.get("schema") or {}).get("properties")) and (media.get("schema") or {}).get("type") == "object"
            for media in content.values()
        )
        if empty:
            del op["requestBody"]
        elif body.get("description") == "":
            del body["description"]


def add_missing_array_items(doc: Doc) -> None:
    """`type: array` without `items` is invalid; openapi-python-client drops the whole endpoint (pixelate)."""
    for schema in iter_operation_schemas(doc):
        if schema.get("type") == "array" and "items" not in schema:
            schema["items"] = {}


def drop_boolean_enums(doc: Doc) -> None:
    """`enum: [true, false]` on a boolean restates the type and generates a needless enum class."""
    for schema in iter_operation_schemas(doc):
        if schema.get("type") == "boolean" and sorted(map(str, schema.get("enum") or [])) == ["False", "True"]:
            del schema["enum"]


def drop_placeholder_examples(doc: Doc) -> None:
    """Examples are `""` placeholders, invalid for booleans and numbers and useless for strings."""
    for schema in iter_operation_schemas(doc):
        if schema.get("example") in ("", [], {}):
            del schema["example"]
    for _, _, op in iter_operations(doc):
        for media in ((op.get("requestBody") or {}).get("content") or {}).values():
            media.pop("example", None)


def replace_placeholder_responses(doc: Doc) -> None:
    """The only response is a schema-less 401 (errors are typed exceptions); declare the 200 every call returns."""
    for _, _, op in iter_operations(doc):
        responses = op.get("responses") or {}
        success = {code: r for code, r in responses.items() if str(code).startswith("2")}
        op["responses"] = success or {"200": {"description": "Successful response"}}


def add_operation_ids(doc: Doc) -> None:
    """No operation has an `operationId`; derive a stable one from method and path (overrides pick public names)."""
    seen: set[str] = set()
    for path, method, op in iter_operations(doc):
        if op.get("operationId"):
            seen.add(op["operationId"])
            continue
        words = [method]
        for seg in path.strip("/").split("/"):
            if not seg or re.fullmatch(r"v\d+", seg):
                continue
            name = seg[1:-1] if seg.startswith("{") else seg
            snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
            snake = re.sub(r"[^a-z0-9]+", "_", snake).strip("_")
            words.append(f"by_{snake}" if seg.startswith("{") else snake)
        candidate = "_".join(w for w in words if w)
        unique, n = candidate, 2
        while unique in seen:
            unique, n = f"{candidate}_{n}", n + 1
        seen.add(unique)
        op["operationId"] = unique


def drop_empty_descriptions(doc: Doc) -> None:
    """Empty descriptions on operations and parameters render as blank docstrings."""
    for _, _, op in iter_operations(doc):
        if op.get("description") == "":
            del op["description"]
        for param in op.get("parameters") or []:
            if param.get("description") == "":
                del param["description"]


REPAIRS: tuple[Repair, ...] = (
    check_has_paths,
    set_openapi_version,
    add_info_title_and_version,
    drop_empty_server_descriptions,
    fix_external_docs,
    template_old_format_paths,
    record_old_format_routes,
    order_path_parameters,
    require_path_parameters,
    drop_empty_parameter_lists,
    drop_null_tags,
    coerce_string_flags,
    map_converter_types,
    drop_empty_enums,
    hoist_property_required_flags,
    drop_empty_required_lists,
    drop_empty_request_bodies,
    add_missing_array_items,
    drop_boolean_enums,
    drop_placeholder_examples,
    replace_placeholder_responses,
    add_operation_ids,
    drop_empty_descriptions,
)


def normalize(doc: Doc) -> Doc:
    """Return a repaired copy of ``doc``; the input is left untouched."""
    if not isinstance(doc, dict):
        raise CodegenError(f"spec is not a JSON object (got {type(doc).__name__})")
    out = copy.deepcopy(doc)
    for repair in REPAIRS:
        try:
            repair(out)
        except CodegenError:
            raise
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise CodegenError(
                f"spec is malformed: repair {repair.__name__} failed on {type(exc).__name__}: {exc}"
            ) from None
    return out


def validate(doc: Doc) -> None:
    """Raise CodegenError (one line) unless ``doc`` is a valid OpenAPI 3.0 document."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    errors = sorted(OpenAPIV30SpecValidator(doc).iter_errors(), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        first = errors[0]
        where = "/".join(str(p) for p in first.absolute_path) or getattr(first, "json_path", "") or "<root>"
        message = first.message if len(first.message) <= 160 else first.message[:157] + "..."
        raise CodegenError(f"spec is not valid OpenAPI 3.0 at {where}: {message} ({len(errors)} error(s))")
