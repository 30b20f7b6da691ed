"""import-schemas: Scenario's Swagger 2.0 definitions -> deduplicated OpenAPI 3.0 components."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.errors import CodegenError
from codegen.schemas import _fingerprint, build_components, convert_schema


def test_convert_schema_repairs_what_openapi_python_client_rejects() -> None:
    assert convert_schema({}) == {"type": "object", "additionalProperties": True}
    assert convert_schema({"type": "array"}) == {"type": "array", "items": {}}
    assert convert_schema({"type": "number", "minimum": 0, "maximum": "9.007199254740991E15"}) == {
        "type": "number",
        "minimum": 0.0,
    }
    assert convert_schema({"type": "string", "enum": ["a"], "default": "undefined"}) == {
        "type": "string",
        "enum": ["a"],
    }
    assert convert_schema({"type": "string", "x-nullable": True, "x-vendor": 1}) == {"type": "string", "nullable": True}
    assert convert_schema({"$ref": "#/definitions/X"}) == {"$ref": "#/components/schemas/X"}


def _obj(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def test_shapes_ignore_documentation_but_not_property_names() -> None:
    a = _obj(id={"type": "string", "description": "one"})
    b = _obj(id={"type": "string", "description": "two", "default": "x"})
    c = _obj(description={"type": "string"})
    assert _fingerprint(a) == _fingerprint(b)
    assert _fingerprint(a) != _fingerprint(c)


def test_repeated_objects_become_one_named_component() -> None:
    model = _obj(id={"type": "string"}, status={"type": "string", "enum": ["new", "trained"]})
    swagger = {
        "definitions": {
            "GetModelsByModelIdResponse": _obj(model=model),
            "GetModelsResponse": _obj(models={"type": "array", "items": {**model, "description": "doc differs"}}),
            "PostModelsResponse": _obj(model=model, extra=_obj(a={"type": "string"})),
        }
    }
    components = build_components(swagger, ["GetModelsByModelIdResponse", "GetModelsResponse", "PostModelsResponse"])
    ref = {"$ref": "#/components/schemas/Model"}
    assert components["Model"] == model
    assert components["GetModelsByModelIdResponse"]["properties"]["model"] == ref
    assert components["GetModelsResponse"]["properties"]["models"]["items"] == ref
    assert components["PostModelsResponse"]["properties"]["extra"] == _obj(a={"type": "string"})  # used once: inline


def test_missing_definitions_are_a_one_line_error() -> None:
    with pytest.raises(CodegenError, match="lacks definitions: Nope"):
        build_components({"definitions": {}}, ["Nope"])
