"""codegen/response_types.py: which response fields stay required (= typed without ``| Unset``)."""

from __future__ import annotations

import copy
from typing import Any

from codegen.normalize import iter_operations
from codegen.response_types import (
    GUARANTEED_EVERYWHERE,
    RESPONSE_KEY,
    _collect_refs,
    _object_schemas,
    guarantee_response_fields,
)


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def op(response: str, body: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "operationId": f"op_{response}",
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": ref(response)}}}},
    }
    if body:
        out["requestBody"] = {"content": {"application/json": {"schema": ref(body)}}}
    return out


def spec() -> dict[str, Any]:
    schemas = {
        "Root": {
            "type": "object",
            "required": ["thing", "items", "extra"],
            "properties": {"thing": ref("Thing"), "items": {"type": "array", "items": ref("Thing")}, "extra": {}},
        },
        "Thing": {
            "type": "object",
            "required": ["id", "name", "kind", "nested"],
            "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "kind": {"type": "string", "enum": ["a", "b"], "default": "a"},
                "nested": {
                    "type": "object",
                    "required": ["id", "deep"],
                    "properties": {"id": {"type": "string"}, "deep": {"type": "string"}},
                },
                "common": ref("Shared"),
            },
        },
        "Shared": {"type": "object", "required": ["must"], "properties": {"must": {"type": "string"}}},
        "Body": {"type": "object", "required": ["must", "common"], "properties": {"must": {}, "common": ref("Shared")}},
        "Other": {"type": "object", "required": ["x"], "properties": {"x": {"type": "string"}}},
    }
    return {
        "openapi": "3.0.3",
        "paths": {"/a": {"get": op("Root"), "post": op("Root", body="Body")}},
        "components": {"schemas": schemas},
    }


def test_rule() -> None:
    source = spec()
    before = copy.deepcopy(source)
    out = guarantee_response_fields(source)
    assert source == before  # a copy, the input untouched
    s = out["components"]["schemas"]
    assert s["Root"]["required"] == ["thing", "items", "extra"]  # the payload fields of a 200 root
    assert s["Thing"]["required"] == ["id", "kind"]  # ids and fields with a default
    assert s["Thing"]["properties"]["nested"]["required"] == ["id"]  # inline objects too
    assert s["Root"][RESPONSE_KEY] is True and s["Thing"]["properties"]["nested"][RESPONSE_KEY] is True
    # reached by a request body: left exactly as it was, unstamped
    assert s["Shared"] == before["components"]["schemas"]["Shared"]
    assert s["Body"] == before["components"]["schemas"]["Body"]
    # ... and responses get a relaxed copy of what they share with a request body
    assert s["Thing"]["properties"]["common"] == {"$ref": "#/components/schemas/SharedRead"}
    assert s["SharedRead"] == {"type": "object", "properties": {"must": {"type": "string"}}, RESPONSE_KEY: True}
    # reached by nothing: untouched
    assert s["Other"] == before["components"]["schemas"]["Other"]


def test_no_required_left_drops_the_key() -> None:
    source = spec()
    source["components"]["schemas"]["Thing"]["required"] = ["name"]
    out = guarantee_response_fields(source)
    assert "required" not in out["components"]["schemas"]["Thing"]


def test_on_the_real_spec(final_spec: dict[str, Any]) -> None:
    s = final_spec["components"]["schemas"]
    assert s["Model"]["required"] == ["id", "privacy"]  # privacy has a default
    assert s["Inference"]["required"] == ["id"]
    assert s["PostModelsInferencesByModelIdResponse"]["required"] == ["inference", "job"]
    assert s["GetModelsResponse"]["required"] == ["models"]
    assert "required" not in s["Job"]
    # request-side schemas keep their meaning ("must be sent")
    assert "prompt" in s["GenerationParameters"]["required"] and RESPONSE_KEY not in s["GenerationParameters"]
    assert RESPONSE_KEY not in s["TrainingParameters"]
    assert s["ModelConceptsItem"]["required"] == ["modelId", "scale"]  # sent in update/generation requests
    assert RESPONSE_KEY in s["ModelConceptsItemRead"] and "required" not in s["ModelConceptsItemRead"]
    assert s["Model"]["properties"]["concepts"]["items"] == {"$ref": "#/components/schemas/ModelConceptsItemRead"}


def test_real_spec_everything_a_response_reaches_is_sound(final_spec: dict[str, Any]) -> None:
    """No schema a response reaches keeps a required field the parser would not guarantee."""
    spec = final_spec
    schemas = spec["components"]["schemas"]
    reached: set[str] = set()
    roots: set[str] = set()
    for _, _, operation in iter_operations(spec):
        _collect_refs(operation.get("responses"), schemas, reached)
        for status, response in operation["responses"].items():  # 200, and a dry run's 269 (DryRunResponse)
            if str(status).startswith("2"):
                roots.add(response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1])
    assert len(reached) > 40
    for name in sorted(reached):
        stamped = schemas[name].get(RESPONSE_KEY) is True
        # an unstamped schema (shared with a request body) parses "required" loosely: it must have none
        guaranteed = GUARANTEED_EVERYWHERE if stamped else frozenset()
        assert stamped or name not in roots, name
        if name in roots:
            continue
        for obj in _object_schemas(schemas[name]):
            properties = obj.get("properties") or {}
            for field in obj.get("required") or []:
                assert field in guaranteed or "default" in properties[field], (name, field)


def test_deterministic() -> None:
    assert guarantee_response_fields(spec()) == guarantee_response_fields(spec())
