"""The Swagger 2.0 -> OpenAPI 3.0 converter the contract test uses (tests/contract/swagger2.py)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator

from tests.contract.scenario import REBUILT_PATHS, contract_document
from tests.contract.swagger2 import convert

SMALL: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "t", "version": "1"},
    "host": "api.example.com",
    "basePath": "/v1",
    "schemes": ["https"],
    "securityDefinitions": {"Auth": {"type": "apiKey", "name": "Authorization", "in": "header"}},
    "paths": {
        "/things/{thingId}": {
            "parameters": [{"name": "thingId", "in": "path", "required": True, "type": "string"}],
            "put": {
                "operationId": "PutThing",
                "consumes": ["application/json"],
                "parameters": [
                    {
                        "name": "tags",
                        "in": "query",
                        "type": "array",
                        "items": {"type": "string"},
                        "collectionFormat": "multi",
                    },
                    {"name": "ids", "in": "query", "type": "array", "items": {"type": "string"}},
                    {"name": "Thing", "in": "body", "required": True, "schema": {"$ref": "#/definitions/Thing"}},
                ],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Thing"}}},
                "security": [{"Auth": []}],
            },
        }
    },
    "definitions": {
        "Thing": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "x-nullable": True},
                "size": {"type": "number", "minimum": "0", "maximum": "9.007199254740991E15"},
                "kind": {"type": "string", "enum": ["a", "b"], "default": "undefined"},
                "open": {"type": "object", "additionalProperties": True, "properties": {"x": {"type": "string"}}},
                "child": {"$ref": "#/definitions/Thing"},
            },
        }
    },
}


def test_small_document_converts_to_valid_openapi_3() -> None:
    before = copy.deepcopy(SMALL)
    doc = convert(SMALL, closed=True)
    assert SMALL == before  # the input is not modified
    assert list(OpenAPIV30SpecValidator(doc).iter_errors()) == []
    assert doc["servers"] == [{"url": "https://api.example.com/v1"}]
    assert doc["components"]["securitySchemes"] == {"Auth": {"type": "apiKey", "name": "Authorization", "in": "header"}}
    op = doc["paths"]["/things/{thingId}"]["put"]
    assert [(p["name"], p["in"], p["required"]) for p in op["parameters"]] == [
        ("thingId", "path", True),
        ("tags", "query", False),
        ("ids", "query", False),
    ]
    assert (op["parameters"][1]["style"], op["parameters"][1]["explode"]) == ("form", True)  # multi
    assert (op["parameters"][2]["style"], op["parameters"][2]["explode"]) == ("form", False)  # csv (default)
    body = op["requestBody"]
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Thing"}
    assert op["responses"]["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Thing"}
    thing = doc["components"]["schemas"]["Thing"]
    assert thing["additionalProperties"] is False  # closed
    assert thing["properties"]["open"]["additionalProperties"] is True  # said so: left open
    assert thing["properties"]["name"]["nullable"] is True and "x-nullable" not in thing["properties"]["name"]
    assert thing["properties"]["size"]["minimum"] == 0 and thing["properties"]["size"]["maximum"] == 9007199254740991
    assert "default" not in thing["properties"]["kind"]
    assert thing["properties"]["child"] == {"$ref": "#/components/schemas/Thing"}
    assert "additionalProperties" not in convert(SMALL)["components"]["schemas"]["Thing"]  # open unless closed=True


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(swagger="3.0"), "not a Swagger 2.0 document"),
        (lambda d: d["definitions"]["Thing"]["properties"].update(r={"$ref": "other.json#/X"}), "unsupported \\$ref"),
        (lambda d: d["securityDefinitions"].update(B={"type": "basic"}), "unsupported security scheme type 'basic'"),
        (
            lambda d: d["paths"]["/things/{thingId}"]["put"]["parameters"].append({"name": "f", "in": "formData"}),
            "unsupported parameter location 'formData'",
        ),
        (
            lambda d: d["paths"]["/things/{thingId}"]["put"]["parameters"][0].update(collectionFormat="tsv"),
            "unsupported collectionFormat 'tsv'",
        ),
        (lambda d: d["paths"]["/things/{thingId}"].update({"$ref": "x"}), "unsupported keys"),
    ],
)
def test_what_it_does_not_know_is_an_error(mutate: Any, message: str) -> None:
    doc = copy.deepcopy(SMALL)
    mutate(doc)
    with pytest.raises(ValueError, match=message):
        convert(doc)


def test_the_contract_document_is_valid_openapi_for_the_operations_the_client_uses() -> None:
    """Scenario's definition with the rebuilt operations, converted, checked where the client uses it.

    The client's paths (13 of Scenario's, the 15 rebuilt) and the schemas they reach; the whole document (~100
    paths, 241 schemas) takes the spec validator ~10 s, too slow for every run.
    """
    doc = contract_document()
    used = {"/models", "/models/{modelId}", "/tags", "/usages", *REBUILT_PATHS}
    used |= {p for p in doc["paths"] if p.startswith("/models/{modelId}/") and p.count("{") <= 2}
    paths = {p: item for p, item in doc["paths"].items() if p in used}
    schemas = doc["components"]["schemas"]
    reached: set[str] = set()
    todo = [paths]
    while todo:  # the schemas those paths reach, transitively
        node = todo.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.rsplit("/", 1)[-1] not in reached:
                reached.add(ref.rsplit("/", 1)[-1])
                todo.append(schemas[ref.rsplit("/", 1)[-1]])
            todo.extend(node.values())
        elif isinstance(node, list):
            todo.extend(node)
    components = {**doc["components"], "schemas": {name: schemas[name] for name in sorted(reached)}}
    small = {**doc, "paths": paths, "components": components}
    assert len(small["paths"]) >= 20
    errors = list(OpenAPIV30SpecValidator(small).iter_errors())
    assert errors == [], [e.message[:200] for e in errors[:3]]
    for path in REBUILT_PATHS:
        for method, op in doc["paths"][path].items():
            assert op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"], (method, path)
