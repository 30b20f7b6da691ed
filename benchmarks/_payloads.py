"""The benchmark's payloads: complete model objects and pages of them, realistic and deterministic, built by the
one payload builder (``tests.payloads.complete_instance``) from Scenario's own API definition.

Every property of Scenario's model definition is filled, nested objects and arrays included, with values shaped
like what Scenario sends (prefixed IDs, ISO dates, URLs, enum members, the ``(example: "...")`` values of the
descriptions); the same seed always gives the same model, and different seeds give different values, so a page is
not one model repeated.
"""

from __future__ import annotations

from typing import Any

from codegen.schemas import scenario_swagger
from tests.payloads import complete_instance


def load_definitions() -> dict[str, Any]:
    """Scenario's definitions, from the one reader of its API definition (codegen.schemas.scenario_swagger)."""
    definitions: dict[str, Any] = scenario_swagger()["definitions"]
    return definitions


def model_schema(definitions: dict[str, Any]) -> dict[str, Any]:
    """The model object of ``GetModelsByModelIdResponse`` (the same shape as ``GetModelsResponse.models[]``)."""
    schema: dict[str, Any] = definitions["GetModelsByModelIdResponse"]["properties"]["model"]
    return schema


def model_payload(seed: int, definitions: dict[str, Any]) -> dict[str, Any]:
    """One complete model object, with ``id`` = ``model_<seed>`` so a request can be checked against it."""
    model: dict[str, Any] = complete_instance(model_schema(definitions), seed, definitions=definitions)
    model["id"] = f"model_{seed}"
    return model


def page_payload(size: int, definitions: dict[str, Any]) -> dict[str, Any]:
    """``GetModelsResponse``: ``size`` distinct complete models and a next-page token."""
    return {"models": [model_payload(i, definitions) for i in range(1, size + 1)], "nextPaginationToken": "tok_page_2"}
