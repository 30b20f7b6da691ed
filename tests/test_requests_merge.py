"""import-schemas' request half (codegen/schemas.py) and its merge into LowCodeAPI's operations (codegen/requests.py)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from codegen.__main__ import SCHEMAS_OVERLAY, _dump, schemas_overlay
from codegen.errors import CodegenError
from codegen.normalize import iter_operations
from codegen.paths import OVERRIDES
from codegen.requests import DROPPED_KEY, DRY_RUN_DESCRIPTION, apply_scenario_requests
from codegen.schemas import (
    REQUEST_KEY,
    convert_parameter,
    convert_schema,
    request_actions,
    request_sources,
    scenario_swagger,
    with_default_doc,
)


def test_defaults_become_documentation() -> None:
    # Not a schema default (a constructor default would be sent); kept as data for response-only schemas.
    assert convert_schema({"type": "boolean", "default": False, "description": "Crop"}) == {
        "type": "boolean",
        "description": "Crop. Default: false.",
        "x-scenario-default": False,
    }
    assert convert_schema({"type": "string", "enum": ["1:1", "4:3"], "default": "1:1"}) == {
        "type": "string",
        "enum": ["1:1", "4:3"],
        "description": 'Default: "1:1".',
        "x-scenario-default": "1:1",
    }
    assert with_default_doc("Seed. Default: random.", 3) == "Seed. Default: random."  # said already: not twice
    assert with_default_doc("Scale?", 1.5) == "Scale? Default: 1.5."
    assert '"default"' not in json.dumps(convert_schema({"type": "object", "properties": {"a": {"default": 1}}}))


def test_query_parameters_convert_with_their_documentation() -> None:
    param = {"name": "dryRun", "in": "query", "type": "string", "required": False, "description": "Estimate"}
    assert convert_parameter(param) == {
        "name": "dryRun",
        "in": "query",
        "description": "Estimate",
        "schema": {"type": "string"},
    }
    required = {"name": "ids", "in": "query", "type": "string", "required": True, "default": "a"}
    assert convert_parameter(required) == {
        "name": "ids",
        "in": "query",
        "required": True,
        "description": 'Default: "a".',
        "schema": {"type": "string"},
    }


def _swagger() -> dict[str, Any]:
    body = {"in": "body", "name": "body", "required": True, "schema": {"$ref": "#/definitions/PostThingRequest"}}
    return {
        "basePath": "/v1",
        "paths": {
            "/things/{id}": {"post": {"parameters": [{"name": "id", "in": "path", "type": "string"}, body]}},
            "/newer/pixelate": {"post": {"parameters": [{"name": "dryRun", "in": "query", "type": "string"}]}},
        },
        "definitions": {
            "PostThingRequest": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
            "PutImagesPixelateRequest": {"type": "object", "properties": {"image": {"type": "string"}}},
        },
    }


def test_request_sources_from_paths_and_orphaned_definitions(monkeypatch: pytest.MonkeyPatch) -> None:
    import codegen.schemas as schemas

    monkeypatch.setattr(
        schemas,
        "ORPHAN_REQUESTS",
        {("put", "/v1/images/pixelate"): ("PutImagesPixelateRequest", ("post", "/newer/pixelate"))},
    )
    ops = [("post", "/v1/things/{id}"), ("put", "/v1/images/pixelate"), ("get", "/v1/unknown")]
    sources = request_sources(_swagger(), ops)
    assert set(sources) == {("post", "/v1/things/{id}"), ("put", "/v1/images/pixelate")}
    thing = sources[("post", "/v1/things/{id}")]
    assert (thing["definition"], thing["body_required"], thing["query"]) == ("PostThingRequest", True, [])
    pixelate = sources[("put", "/v1/images/pixelate")]
    assert pixelate["definition"] == "PutImagesPixelateRequest"
    assert [p["name"] for p in pixelate["query"]] == ["dryRun"]
    assert "POST /newer/pixelate" in pixelate["source"]

    monkeypatch.setattr(
        schemas, "ORPHAN_REQUESTS", {("put", "/v1/images/pixelate"): ("PutImagesPixelateRequest", ("post", "/gone"))}
    )
    with pytest.raises(CodegenError, match="lacks POST /gone"):
        request_sources(_swagger(), ops)


def test_request_actions_inline_bodies_except_named_components() -> None:
    sources = {
        ("post", "/v1/a"): {"source": "POST /a", "query": [], "definition": "PostARequest", "body_required": True},
        ("put", "/v1/models/{modelId}"): {
            "source": "PUT /models/{modelId}",
            "query": [],
            "definition": "PutModelsByModelIdRequest",
            "body_required": True,
        },
    }
    components = {"PostARequest": {"type": "object", "properties": {"x": {}}}, "PutModelsByModelIdRequest": {}}
    actions = request_actions(sources, components)
    records = {a["target"]: a["update"][REQUEST_KEY] for a in actions}
    assert records["$.paths['/v1/a'].post"]["body"]["schema"] == {"type": "object", "properties": {"x": {}}}
    assert records["$.paths['/v1/models/{modelId}'].put"]["body"]["schema"] == {
        "$ref": "#/components/schemas/PutModelsByModelIdRequest"
    }
    assert "PostARequest" not in components and "PutModelsByModelIdRequest" in components


def _spec(intent: dict[str, Any], record: dict[str, Any], **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": "op",
        "parameters": [{"name": "pageSize", "in": "query", "schema": {"type": "integer"}}],
        REQUEST_KEY: record,
        **extra,
    }
    if intent:
        op["requestBody"] = {"content": {"application/json": {"schema": {"type": "object", "properties": intent}}}}
    return {"paths": {"/v1/x": {"post": op}}, "components": {"schemas": {}}}


SCENARIO_BODY = {"type": "object", "required": ["destinationProjectId"], "properties": {"destinationProjectId": {}}}


def _record(schema: dict[str, Any] = SCENARIO_BODY, query: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"source": "POST /x", "query": query or [], "body": {"required": True, "schema": schema}}


def test_scenarios_body_replaces_the_intent_and_dropped_fields_need_a_reason() -> None:
    spec = _spec({"asCopy": {"type": "boolean"}}, _record(), **{DROPPED_KEY: {"asCopy": "not Scenario's"}})
    apply_scenario_requests(spec)
    op = spec["paths"]["/v1/x"]["post"]
    assert op["requestBody"] == {"required": True, "content": {"application/json": {"schema": SCENARIO_BODY}}}
    assert REQUEST_KEY not in op and DROPPED_KEY not in op

    kept = _spec({"note": {"type": "string"}}, _record())
    apply_scenario_requests(kept)  # an intent field Scenario does not contradict stays
    schema = kept["paths"]["/v1/x"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert set(schema["properties"]) == {"destinationProjectId", "note"}
    assert "note" not in SCENARIO_BODY["properties"]  # the record itself is not mutated

    stale = _spec({}, _record(), **{DROPPED_KEY: {"gone": "was dropped"}})
    with pytest.raises(CodegenError, match="lists gone, which LowCodeAPI's intent no longer has"):
        apply_scenario_requests(stale)

    ref = _spec({"note": {"type": "string"}}, _record({"$ref": "#/components/schemas/R"}))
    with pytest.raises(CodegenError, match="documents note, absent from #/components/schemas/R"):
        apply_scenario_requests(ref)

    orphan = _spec({}, _record())
    del orphan["paths"]["/v1/x"]["post"][REQUEST_KEY]
    orphan["paths"]["/v1/x"]["post"][DROPPED_KEY] = {"a": "b"}
    with pytest.raises(CodegenError, match="without Scenario's request"):
        apply_scenario_requests(orphan)


def test_query_parameters_merge_by_name() -> None:
    query = [
        {"name": "pageSize", "in": "query", "required": True, "description": "How many", "schema": {"type": "string"}},
        {"name": "dryRun", "in": "query", "schema": {"type": "string"}},
    ]
    spec = _spec({}, {"source": "GET /x", "query": query})
    apply_scenario_requests(spec)
    params = spec["paths"]["/v1/x"]["post"]["parameters"]
    assert params == [
        {"name": "pageSize", "in": "query", "schema": {"type": "integer"}, "required": True, "description": "How many"},
        # a boolean Scenario types as a string: bool | str (BOOLEAN_QUERY); an operation that takes dryRun answers
        # Scenario's DryRunResponse with 269
        {
            "name": "dryRun",
            "in": "query",
            "schema": {"anyOf": [{"type": "boolean"}, {"type": "string"}]},
            "description": DRY_RUN_DESCRIPTION,  # Scenario's export has none
        },
    ]
    assert spec["paths"]["/v1/x"]["post"]["responses"]["269"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/DryRunResponse"
    }


def test_the_final_spec_carries_scenarios_requests_and_no_records(final_spec: dict[str, Any]) -> None:
    spec = final_spec
    text = json.dumps(spec)
    assert REQUEST_KEY not in text and DROPPED_KEY not in text
    ops = {op["operationId"]: op for _, _, op in iter_operations(spec)}

    def body(op_id: str) -> dict[str, Any]:
        return dict(ops[op_id]["requestBody"]["content"]["application/json"]["schema"])

    assert body("transfer_model")["properties"].keys() == {"destinationProjectId", "destinationTeamId"}
    assert body("transfer_model")["required"] == ["destinationProjectId"]
    assert ops["copy_model"]["requestBody"]["required"] is True
    assert set(body("upscale_image")["properties"]) >= {"prompt", "negativePrompt", "seed", "style", "preset"}
    assert not {"photorealist", "forceFaceRestoration"} & set(body("upscale_image")["properties"])
    assert body("upscale_image")["properties"]["seed"]["type"] == "string"
    # No default anywhere in a request schema: they are documentation (part 2 of the issue).
    assert not re.search(r'"default":', json.dumps([op.get("requestBody") for op in ops.values()]))
    assert '"default":' not in json.dumps(spec["components"]["schemas"]["GenerationParameters"])


def test_the_generated_overlay_is_what_import_schemas_makes_now() -> None:
    """overrides/10-scenario-schemas.overlay.json is not stale: the importer reproduces it byte for byte."""
    overlay = schemas_overlay(scenario_swagger(), "codegen/spec/scenario-official-swagger2.json")
    assert _dump(overlay) == (OVERRIDES / SCHEMAS_OVERLAY).read_text(encoding="utf-8")
