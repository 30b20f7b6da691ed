"""Scenario's request contract, and what of a client request reaches Scenario through LowCodeAPI.

The contract is Scenario's own API definition (``codegen/spec/scenario-official-swagger2.json``, Swagger 2.0), with
the 15 operations its export lacks rebuilt below from their orphaned definitions, converted to OpenAPI 3.0 with
closed objects (:mod:`tests.contract.swagger2`) and checked with openapi-core. :func:`to_scenario` maps a request
the client sent to LowCodeAPI onto the request LowCodeAPI forwards to Scenario (see LOWCODEAPI.md's "What reaches
Scenario": the ``/scenario`` mount stripped, ``api_token`` dropped, old-format path parameters moved back into the
path, the provider's ``Authorization`` header added).
"""

from __future__ import annotations

import base64
import copy
import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from codegen.schemas import scenario_swagger
from tests.conftest import VENDORED_SPECS, load_json
from tests.contract.swagger2 import convert

INTENTS = VENDORED_SPECS / "lowcodeapi-scenario-intents.json"
SCENARIO_HOST = "https://api.cloud.scenario.com"
BASE_PATH = "/v1"

_PAGE = [
    {"name": "pageSize", "in": "query", "required": False, "type": "string"},
    {"name": "paginationToken", "in": "query", "required": False, "type": "string"},
]


def _path(*names: str) -> list[dict[str, Any]]:
    return [{"name": name, "in": "path", "required": True, "type": "string"} for name in names]


def _body(definition: str) -> dict[str, Any]:
    return {"in": "body", "name": definition, "required": True, "schema": {"$ref": f"#/definitions/{definition}"}}


def _op(op_id: str, params: list[dict[str, Any]], response: str) -> dict[str, Any]:
    return {
        "operationId": op_id,
        "parameters": params,
        "responses": {"200": {"description": "200 response", "schema": {"$ref": f"#/definitions/{response}"}}},
        "security": [{"Authorizer": []}],
    }


_NEWER_QUERY: list[dict[str, Any]] = [
    {"name": "originalAssets", "in": "query", "required": False, "type": "string"},
    {"name": "dryRun", "in": "query", "required": False, "type": "string"},
]

# The 15 operations Scenario's export has definitions for but no path. Method and path: LowCodeAPI's intent
# (codegen/spec/lowcodeapi-scenario-intents.json, ``meta.api_endpoint``), which is Scenario's URL. Bodies: the
# orphaned ``<Operation>Request`` definition of the same name. Query parameters: the intent's ``params``, and
# those of Scenario's newer path for the same thing where one exists (named on each line).
REBUILT_PATHS: dict[str, dict[str, Any]] = {
    # intent GET /v1/inferences (pageSize, paginationToken); response GetInferencesResponse.
    "/inferences": {"get": _op("GetInferences", _PAGE, "GetInferencesResponse")},
    "/models/{modelId}/inferences": {
        # intent (modelId, pageSize, paginationToken); response GetModelsInferencesByModelIdResponse.
        "get": _op("GetModelsInferencesByModelId", _path("modelId") + _PAGE, "GetModelsInferencesByModelIdResponse"),
        # body PostModelsInferencesByModelIdRequest; originalAssets/dryRun as on Scenario's newer
        # POST /generate/txt2img (PostTxt2imgInferences), the same generation.
        "post": _op(
            "PostModelsInferencesByModelId",
            [
                *_path("modelId"),
                {"name": "originalAssets", "in": "query", "required": False, "type": "string"},
                {"name": "dryRun", "in": "query", "required": False, "type": "string"},
                _body("PostModelsInferencesByModelIdRequest"),
            ],
            "PostModelsInferencesByModelIdResponse",
        ),
        # intent (modelId, inferenceIds: string); response DeleteModelsInferencesByModelIdResponse.
        "delete": _op(
            "DeleteModelsInferencesByModelId",
            [*_path("modelId"), {"name": "inferenceIds", "in": "query", "required": False, "type": "string"}],
            "DeleteModelsInferencesByModelIdResponse",
        ),
    },
    # intent DELETE /v1/models/{modelId}/inferences/all; response DeleteModelsInferencesAllByModelIdResponse.
    "/models/{modelId}/inferences/all": {
        "delete": _op(
            "DeleteModelsInferencesAllByModelId", _path("modelId"), "DeleteModelsInferencesAllByModelIdResponse"
        )
    },
    # intents GET/DELETE .../inferences/{inferenceId}; responses of the same names.
    "/models/{modelId}/inferences/{inferenceId}": {
        "get": _op(
            "GetModelsInferencesByModelIdAndInferenceId",
            _path("modelId", "inferenceId"),
            "GetModelsInferencesByModelIdAndInferenceIdResponse",
        ),
        "delete": _op(
            "DeleteModelsInferencesByModelIdAndInferenceId",
            _path("modelId", "inferenceId"),
            "DeleteModelsInferencesByModelIdAndInferenceIdResponse",
        ),
    },
    # intents GET/DELETE .../images/{imageId}; responses of the same names.
    "/models/{modelId}/inferences/{inferenceId}/images/{imageId}": {
        "get": _op(
            "GetModelsInferencesImagesByModelIdAndInferenceIdAndImageId",
            _path("modelId", "inferenceId", "imageId"),
            "GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse",
        ),
        "delete": _op(
            "DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageId",
            _path("modelId", "inferenceId", "imageId"),
            "DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse",
        ),
    },
    # intent GET /v1/models/{modelId}/categories; response GetModelsCategoriesByModelIdResponse.
    "/models/{modelId}/categories": {
        "get": _op("GetModelsCategoriesByModelId", _path("modelId"), "GetModelsCategoriesByModelIdResponse")
    },
    # intent (modelId, category, pageSize, paginationToken); response GetModelsClassesByModelIdResponse.
    "/models/{modelId}/classes": {
        "get": _op(
            "GetModelsClassesByModelId",
            [*_path("modelId"), {"name": "category", "in": "query", "required": False, "type": "string"}, *_PAGE],
            "GetModelsClassesByModelIdResponse",
        )
    },
    # intents PUT /v1/images/...; bodies PutImagesEraseBackgroundRequest, PutImagesPixelateRequest,
    # PutImageUpscaleRequest (Scenario names this one without the "s"); responses of the same names. Query
    # parameters (originalAssets, dryRun): those of Scenario's newer POST /generate/remove-background,
    # /generate/pixelate and /generate/upscale, the same operations.
    "/images/erase-background": {
        "put": _op(
            "PutImagesEraseBackground",
            [*_NEWER_QUERY, _body("PutImagesEraseBackgroundRequest")],
            "PutImagesEraseBackgroundResponse",
        )
    },
    "/images/pixelate": {
        "put": _op("PutImagesPixelate", [*_NEWER_QUERY, _body("PutImagesPixelateRequest")], "PutImagesPixelateResponse")
    },
    "/images/upscale": {
        "put": _op("PutImageUpscale", [*_NEWER_QUERY, _body("PutImageUpscaleRequest")], "PutImageUpscaleResponse")
    },
    # No PutImagesRemoveBackgroundRequest exists: the body is the intent's (data, backgroundColor, format), with
    # format's values from Scenario's newer POST /generate/remove-background (PostRemoveBackgroundInferencesRequest);
    # the response is erase-background's, the operation Scenario replaced it with; dryRun as on that newer path
    # (overrides/20-operations.overlay.yaml gives the operation the parameter).
    "/images/remove-background": {
        "put": {
            **_op("PutImagesRemoveBackground", [], "PutImagesEraseBackgroundResponse"),
            "parameters": [
                {"name": "dryRun", "in": "query", "required": False, "type": "string"},
                {
                    "in": "body",
                    "name": "PutImagesRemoveBackgroundRequest",
                    "required": True,
                    "schema": {
                        "type": "object",
                        "properties": {
                            "data": {"type": "string", "description": "The input image as a data URL"},
                            "backgroundColor": {"type": "string"},
                            "format": {"type": "string", "enum": ["jpeg", "png"]},
                        },
                    },
                },
            ],
        }
    },
}


@functools.cache
def contract_document() -> dict[str, Any]:
    """Scenario's definition plus the rebuilt operations, as OpenAPI 3.0 with closed objects."""
    swagger = copy.deepcopy(scenario_swagger())
    overlap = set(REBUILT_PATHS) & set(swagger["paths"])
    if overlap:
        raise AssertionError(f"Scenario's export now has {sorted(overlap)}: drop them from REBUILT_PATHS")
    swagger["paths"].update(copy.deepcopy(REBUILT_PATHS))
    return convert(swagger, closed=True)


@functools.cache
def contract() -> OpenAPI:
    # The converted document is checked once by tests/contract/test_swagger2.py (10 s); not again per run.
    return OpenAPI.from_dict(contract_document(), config=Config(spec_validator_cls=None))


def find_operation(method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    """(path template, operation) of the contract for a Scenario request path (``/v1/...``), else None."""
    if not path.startswith(BASE_PATH + "/"):
        return None
    rest = path[len(BASE_PATH) :]
    doc = contract_document()
    candidates = []
    for template, item in doc["paths"].items():
        op = item.get(method.lower())
        if op is None:
            continue
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, rest):
            candidates.append((template.count("{"), template, op))
    if not candidates:
        return None
    _, template, op = min(candidates, key=lambda c: c[0])  # a literal segment beats a parameter (/inferences/all)
    return template, op


# --------------------------------------------------------------------------------------------- the proxy's mapping


@dataclass
class ScenarioRequest:
    """A request as Scenario receives it from LowCodeAPI."""

    method: str
    path: str  # "/v1/models/model_1"
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes | None
    content_type: str
    moved: dict[str, str] = field(default_factory=dict)  # old-format path parameters moved back into the path

    def json(self) -> Any:
        return None if not self.body else json.loads(self.body)


@functools.cache
def _old_routes() -> dict[tuple[str, str], tuple[str, ...]]:
    """(METHOD, old-format path) -> its path parameter names, from LowCodeAPI's intents."""
    routes: dict[tuple[str, str], tuple[str, ...]] = {}
    for route in load_json(INTENTS)["routes"]:
        names = tuple((route.get("path") or {}).keys())
        if names:
            routes[(route["method"].upper(), route["provider_alias_intent"])] = names
    return routes


def to_scenario(request: httpx.Request, mount: str = "/scenario") -> ScenarioRequest:
    """The request LowCodeAPI forwards to Scenario for ``request`` (sent to ``...{mount}/v1/...``)."""
    path = request.url.path
    if not path.startswith(mount + "/"):
        raise AssertionError(f"{request.method} {path} is not under the LowCodeAPI mount {mount}")
    path = path[len(mount) :]
    query = [
        (k, v) for k, v in parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True) if k != "api_token"
    ]
    moved: dict[str, str] = {}
    names = _old_routes().get((request.method, path))
    if names:  # old format: literal parameter names in the path, values in the query
        values = dict(query)
        segments = path.split("/")
        for name in names:
            if name not in values:
                raise AssertionError(f"old-format {request.method} {path} lacks the {name} query parameter")
            segments[segments.index(name)] = values[name]
            moved[name] = values[name]
        path = "/".join(segments)
        query = [(k, v) for k, v in query if k not in moved]
    headers = {k.lower(): v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
    headers["authorization"] = "Basic " + base64.b64encode(b"api_key:api_secret").decode()  # the proxy's
    content = request.content or None
    return ScenarioRequest(request.method, path, query, headers, content, headers.get("content-type", ""), moved)


# --------------------------------------------------------------------------------------------------- validation


class _OpenAPIRequest:
    """openapi-core's Request protocol over a :class:`ScenarioRequest`."""

    def __init__(self, request: ScenarioRequest) -> None:
        self.host_url = SCENARIO_HOST
        self.path = request.path
        self.method = request.method.lower()
        self.body = request.body
        self.content_type = request.content_type or ("application/json" if request.body else "")
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(request.query), header=Headers(request.headers), cookie=ImmutableMultiDict()
        )


def _describe(error: BaseException) -> list[str]:
    """One line per problem, naming the field: ``body.parameters.numSamples: 0 is less than the minimum of 1``."""
    lines: list[str] = []
    cause = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    if schema_errors:
        where = "body" if "Body" in type(error).__name__ else f"query.{getattr(error, 'name', '?')}"
        for e in schema_errors:
            path = ".".join(str(p) for p in e.absolute_path)
            lines.append(f"{where}{'.' + path if path else ''}: {e.message[:300]}")
        return lines
    name = getattr(error, "name", None)
    text = f"{type(error).__name__}: {error}"
    if cause is not None and str(cause) not in text:
        text += f" ({type(cause).__name__}: {cause})"
    return [f"{'parameter ' + name + ': ' if name else ''}{text[:400]}"]


def violations(request: ScenarioRequest) -> list[str]:
    """Everything in ``request`` Scenario's contract does not accept ([] when it is accepted)."""
    found = find_operation(request.method, request.path)
    if found is None:
        return [f"no operation {request.method} {request.path} in Scenario's definition"]
    template, op = found
    problems: list[str] = []
    declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
    for name, _ in request.query:
        if name not in declared:
            problems.append(f"query.{name}: not a query parameter of {op['operationId']} ({sorted(declared)})")
    if request.body is not None and "requestBody" not in op:
        problems.append(f"body: {op['operationId']} takes no body, got {request.body[:120]!r}")
    if request.body is not None and not request.content_type.startswith("application/json"):
        problems.append(f"body: content type {request.content_type!r}, Scenario reads application/json")
    for error in contract().iter_request_errors(_OpenAPIRequest(request)):
        problems.extend(_describe(error))
    return problems
