"""normalize: one test per repair, both spec variants, validity, and a snapshot of the result."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from syrupy.extensions.json import JSONSnapshotExtension

from codegen import normalize as n
from codegen.errors import CodegenError
from tests.conftest import VENDORED_SPECS


def _doc(**paths: Any) -> dict[str, Any]:
    return {"openapi": "3.0.0", "info": {"description": ""}, "paths": paths or {"/v1/x": {"get": {"responses": {}}}}}


def _op(doc: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"][path][method]
    return op


def test_every_repair_has_a_one_line_reason() -> None:
    for repair in n.REPAIRS:
        doc = (repair.__doc__ or "").strip()
        assert doc and "\n" not in doc, f"{repair.__name__} needs a one-line docstring"


def test_add_info_title_and_version() -> None:
    doc = _doc()
    n.add_info_title_and_version(doc)
    assert doc["info"] == {"title": n.DEFAULT_TITLE, "version": n.DEFAULT_VERSION}


def test_fix_external_docs_keeps_upstream_endpoint() -> None:
    doc = _doc(**{"/v1/x": {"get": {"externalDocs": {"api_ref": "", "api_endpoint": "https://up/x"}}}})
    n.fix_external_docs(doc)
    op = _op(doc, "/v1/x")
    assert "externalDocs" not in op and op[n.UPSTREAM_KEY] == "https://up/x"
    doc = _doc(**{"/v1/x": {"get": {"externalDocs": {"api_ref": "https://docs/x", "api_endpoint": ""}}}})
    n.fix_external_docs(doc)
    assert _op(doc, "/v1/x")["externalDocs"] == {"url": "https://docs/x"}


def test_template_old_format_paths_and_record_fallback() -> None:
    params = [{"name": "modelId", "in": "path", "schema": {"type": "string"}}]
    doc = _doc(**{"/v1/models/modelId/inferences/all": {"get": {"parameters": params}}})
    n.template_old_format_paths(doc)
    n.record_old_format_routes(doc)
    assert list(doc["paths"]) == ["/v1/models/{modelId}/inferences/all"]
    op = _op(doc, "/v1/models/{modelId}/inferences/all")
    assert op[n.OLD_PATH_KEY] == "/v1/models/modelId/inferences/all"
    assert op[n.PATH_PARAMS_KEY] == ["modelId"]


def test_order_path_parameters_follows_the_url() -> None:
    params = [
        {"name": "q", "in": "query"},
        {"name": "inferenceId", "in": "path"},
        {"name": "modelId", "in": "path"},
    ]
    doc = _doc(**{"/m/{modelId}/i/{inferenceId}": {"get": {"parameters": params}}})
    n.order_path_parameters(doc)
    assert [p["name"] for p in _op(doc, "/m/{modelId}/i/{inferenceId}")["parameters"]] == [
        "modelId",
        "inferenceId",
        "q",
    ]


def test_require_path_parameters() -> None:
    doc = _doc(**{"/m/{id}": {"get": {"parameters": [{"name": "id", "in": "path"}]}}})
    n.require_path_parameters(doc)
    assert _op(doc, "/m/{id}")["parameters"][0]["required"] is True


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def test_hoist_property_required_flags() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string", "required": True}, "b": {"required": False}}}
    doc = _doc(**{"/x": {"post": {"requestBody": _body(schema)}}})
    n.hoist_property_required_flags(doc)
    assert schema == {"type": "object", "properties": {"a": {"type": "string"}, "b": {}}, "required": ["a"]}


def test_drop_empty_required_lists() -> None:
    schema = {"type": "object", "required": [], "properties": {"a": {"type": "string"}}}
    doc = _doc(**{"/x": {"post": {"requestBody": _body(schema)}}})
    n.drop_empty_required_lists(doc)
    assert "required" not in schema


def test_drop_empty_request_bodies() -> None:
    doc = _doc(
        **{
            "/x": {
                "delete": {"requestBody": _body({"type": "object", "properties": {}})},
                "post": {"requestBody": _body({"type": "object", "properties": {"a": {"type": "string"}}})},
            }
        }
    )
    n.drop_empty_request_bodies(doc)
    assert "requestBody" not in _op(doc, "/x", "delete")
    assert "requestBody" in _op(doc, "/x", "post")


def test_add_missing_array_items() -> None:
    schema = {"type": "object", "properties": {"colorPalette": {"type": "array"}}}
    doc = _doc(**{"/x": {"put": {"requestBody": _body(schema)}}})
    n.add_missing_array_items(doc)
    assert schema["properties"]["colorPalette"]["items"] == {}


def test_drop_boolean_enums_and_placeholder_examples() -> None:
    schema = {"type": "object", "properties": {"flag": {"type": "boolean", "enum": [True, False], "example": ""}}}
    body = _body(schema)
    body["content"]["application/json"]["example"] = {"flag": ""}
    doc = _doc(
        **{
            "/x": {
                "put": {
                    "requestBody": body,
                    "parameters": [{"name": "p", "in": "query", "schema": {"type": "string", "example": ""}}],
                }
            }
        }
    )
    n.drop_boolean_enums(doc)
    n.drop_placeholder_examples(doc)
    assert schema["properties"]["flag"] == {"type": "boolean"}
    assert "example" not in body["content"]["application/json"]
    assert _op(doc, "/x", "put")["parameters"][0]["schema"] == {"type": "string"}


def test_replace_placeholder_responses() -> None:
    doc = _doc(
        **{
            "/x": {
                "get": {
                    "responses": {"401": {"description": "API token required", "content": {"application/json": {}}}}
                }
            }
        }
    )
    n.replace_placeholder_responses(doc)
    assert list(_op(doc, "/x")["responses"]) == ["200"]


def test_add_operation_ids_are_stable_and_unique() -> None:
    doc = _doc(**{"/v1/models/{modelId}": {"get": {}, "put": {}}, "/v1/models/{modelId}/": {"get": {}}})
    n.add_operation_ids(doc)
    assert _op(doc, "/v1/models/{modelId}")["operationId"] == "get_models_by_model_id"
    assert _op(doc, "/v1/models/{modelId}", "put")["operationId"] == "put_models_by_model_id"
    assert _op(doc, "/v1/models/{modelId}/")["operationId"] == "get_models_by_model_id_2"


def test_drop_empty_descriptions() -> None:
    doc = _doc(**{"/x": {"get": {"description": "", "parameters": [{"name": "a", "in": "query", "description": ""}]}}})
    n.drop_empty_descriptions(doc)
    assert "description" not in _op(doc, "/x") and "description" not in _op(doc, "/x")["parameters"][0]


@pytest.mark.parametrize("bad", [{}, {"paths": {}}, {"paths": []}, {"swagger": "2.0", "paths": {"/x": {}}}])
def test_a_spec_without_paths_is_a_one_line_error(bad: dict[str, Any]) -> None:
    with pytest.raises(CodegenError) as info:
        n.normalize(bad)
    assert "\n" not in str(info.value)


def test_normalize_does_not_touch_its_input(served_spec: dict[str, Any]) -> None:
    before = copy.deepcopy(served_spec)
    n.normalize(served_spec)
    assert served_spec == before


def test_both_variants_normalize_identically_and_validate(
    served_spec: dict[str, Any], definition_spec: dict[str, Any]
) -> None:
    a, b = n.normalize(served_spec), n.normalize(definition_spec)
    assert json.dumps(a, indent=2) == json.dumps(b, indent=2)
    n.validate(a)
    ops = list(n.iter_operations(a))
    assert len(ops) == 28
    assert all(op.get(n.OLD_PATH_KEY) for path, _, op in ops if "{" in path)


def test_normalized_spec_snapshot(served_spec: dict[str, Any], snapshot: Any) -> None:
    """Any change in the served spec or a repair shows here until the snapshot is updated on purpose."""
    assert n.normalize(served_spec) == snapshot(extension_class=JSONSnapshotExtension)


def test_cli_normalize_prints_the_same_for_both_variants(capsys: pytest.CaptureFixture[str]) -> None:
    from codegen.__main__ import main

    outputs = []
    for name in ("scenario.openapi.json", "scenario.definition.json"):
        assert main(["normalize", "--spec", str(VENDORED_SPECS / name)]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    n.validate(json.loads(outputs[0]))


def test_template_old_format_paths_per_operation() -> None:
    """GET declares assetId in the path, PUT only as a query parameter: they end up under different keys."""
    path_param = [{"name": "assetId", "in": "path", "schema": {"type": "string"}}]
    query_param = [{"name": "assetId", "in": "query", "required": True, "schema": {"type": "string"}}]
    doc = _doc(**{"/v1/x-asset/assetId": {"get": {"parameters": path_param}, "put": {"parameters": query_param}}})
    n.template_old_format_paths(doc)
    assert list(doc["paths"]) == ["/v1/x-asset/{assetId}", "/v1/x-asset/assetId"]
    assert list(doc["paths"]["/v1/x-asset/{assetId}"]) == ["get"]
    assert list(doc["paths"]["/v1/x-asset/assetId"]) == ["put"]


def test_coerce_string_flags_map_types_drop_empty_enums_and_null_tags() -> None:
    schema = {
        "type": "object",
        "properties": {
            "meta": {"type": "json"},
            "upload": {"type": "file"},
            "mode": {"type": "string", "enum": []},
            "name": {"type": "string", "required": "true"},
        },
    }
    params = [{"name": "q", "in": "query", "required": "false", "schema": {"type": "string"}}]
    doc = _doc(**{"/x": {"post": {"tags": [None], "parameters": params, "requestBody": _body(schema)}}})
    for repair in (n.drop_null_tags, n.coerce_string_flags, n.map_converter_types, n.drop_empty_enums):
        repair(doc)
    n.hoist_property_required_flags(doc)
    props = schema["properties"]
    assert props["meta"] == {"type": "object"} and props["upload"] == {"type": "string", "format": "binary"}
    assert props["mode"] == {"type": "string"} and schema["required"] == ["name"]
    op = _op(doc, "/x", "post")
    assert op["parameters"][0]["required"] is False and "tags" not in op
