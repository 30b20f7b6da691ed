"""Requests the client builds are the ones Scenario's own definitions accept (issue #8, parts 1-3).

LowCodeAPI forwards the query string (but ``api_token``) and the JSON body to Scenario unchanged, so every body is
validated here against Scenario's request definition in ``codegen/spec/scenario-official-swagger2.json`` (JSON
Schema, with jsonschema), for a minimal call (required arguments only) and a full one (every argument), and every
query parameter must be one Scenario documents for the route. The expected definitions and routes are written out
below, independently of the importer that derives them. The acceptance calls are also made against the LowCodeAPI
stand-in on 127.0.0.1, checking what it received.
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import PythonIdentifier

from codegen.schemas import scenario_swagger
from scenario_lowcodeapi import AsyncScenario, Scenario, models
from scenario_lowcodeapi.errors import ResponseDecodeError
from scenario_lowcodeapi.models import DryRunResponse, GenerationParameters, TrainingParameters
from tests.standin import StandIn
from tests.wire import PNG_DATA_URL as DATA_URL
from tests.wire import recording_scenario

SWAGGER = scenario_swagger()


def _numeric_bounds(schema: Any) -> Any:
    """Scenario writes some bounds as strings ("9.007199254740991E15"); JSON Schema wants numbers."""
    if isinstance(schema, list):
        return [_numeric_bounds(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: _numeric_bounds(v) for k, v in schema.items()}
    for key in ("minimum", "maximum"):
        if isinstance(out.get(key), str):
            out[key] = float(out[key])
    return out


DEFS: dict[str, Any] = _numeric_bounds(SWAGGER["definitions"])

# (resource, method, positional args, Scenario's body definition, the export route whose query parameters apply)
BODY_OPS: list[tuple[str, str, tuple[str, ...], str, tuple[str, str]]] = [
    ("models", "create", (), "PostModelsRequest", ("post", "/models")),
    ("models", "update", ("model_1",), "PutModelsByModelIdRequest", ("put", "/models/{modelId}")),
    ("models", "copy", ("model_1",), "PostModelsCopyRequest", ("post", "/models/{modelId}/copy")),
    ("models", "train", ("model_1",), "PutModelsTrainByModelIdRequest", ("put", "/models/{modelId}/train")),
    ("models", "transfer", ("model_1",), "PostModelsTransferRequest", ("post", "/models/{modelId}/transfer")),
    (
        "models",
        "add_training_image",
        ("model_1",),
        "PostModelsTrainingImagesByModelIdRequest",
        ("post", "/models/{modelId}/training-images"),
    ),
    # Paths missing from the export: the orphaned definition, and the same endpoint's newer path for the query.
    (
        "inferences",
        "create",
        ("model_1",),
        "PostModelsInferencesByModelIdRequest",
        ("post", "/generate/custom/{modelId}"),
    ),
    ("images", "pixelate", (), "PutImagesPixelateRequest", ("post", "/generate/pixelate")),
    ("images", "upscale", (), "PutImageUpscaleRequest", ("post", "/generate/upscale")),
    ("images", "erase_background", (), "PutImagesEraseBackgroundRequest", ("post", "/generate/remove-background")),
]
# Operations without a body whose query parameters Scenario documents.
QUERY_OPS: list[tuple[str, str, tuple[str, ...], tuple[str, str]]] = [
    ("models", "list", (), ("get", "/models")),
    ("models", "get", ("model_1",), ("get", "/models/{modelId}")),
    ("models", "delete_images", ("model_1",), ("delete", "/models/{modelId}/images")),
    ("tags", "list", (), ("get", "/tags")),
    ("usages", "get", (), ("get", "/usages")),
]


def scenario_query(route: tuple[str, str]) -> dict[str, dict[str, Any]]:
    method, path = route
    return {p["name"]: p for p in SWAGGER["paths"][path][method].get("parameters", []) if p["in"] == "query"}


def py(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field_"))


def sample(schema: dict[str, Any], *, full: bool, key: str = "") -> Any:
    """A value ``schema`` accepts: every property when ``full``, else the required ones."""
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object":
        props = schema.get("properties") or {}
        names = props if full else schema.get("required", [])
        return {n: sample(props[n], full=full, key=n) for n in names}
    if kind == "array":
        return [sample(schema.get("items") or {"type": "string"}, full=full, key=key)]
    if kind in ("number", "integer"):
        low, high = schema.get("minimum"), schema.get("maximum")
        value = (low + high) / 2 if low is not None and high is not None else (low + 1 if low is not None else 1.0)
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    if key in ("image", "data"):
        return DATA_URL
    return "abc"


class Recorder:
    """A client whose transport records a copy of each request and answers a success (tests/wire.py)."""

    def __init__(self) -> None:
        self.client, self.requests = recording_scenario(api_token="at_test", base_url="https://scenario.test/scenario")

    def call(self, resource: str, method: str, *args: Any, **kwargs: Any) -> httpx.Request:
        self.requests.clear()
        try:
            getattr(getattr(self.client, resource), method)(*args, **kwargs)
        except ResponseDecodeError:
            pass  # only the request matters here, not whether the answer parses
        assert len(self.requests) == 1
        return self.requests[0]


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content)


def query_of(request: httpx.Request) -> dict[str, str]:
    return {k: v for k, v in request.url.params.items() if k != "api_token"}


def expected_body(definition: str, *, full: bool) -> dict[str, Any]:
    """The body sent: the sample, plus the asset ID an image operation cannot work without (Scenario's schema
    requires neither ``image`` nor ``assetId``, but a call with neither is refused before sending)."""
    body = sample(DEFS[definition], full=full)
    props = DEFS[definition].get("properties") or {}
    if not full and "image" in props and "assetId" in props:
        body.setdefault("assetId", "abc")
    return body


def kwargs_for(definition: str, route: tuple[str, str], *, full: bool) -> dict[str, Any]:
    body = expected_body(definition, full=full)
    kwargs = {py(k): v for k, v in body.items()}
    if full:
        for name in scenario_query(route):
            kwargs[py(name)] = 10 if name == "pageSize" else "true"
    return kwargs


def cases() -> Iterator[Any]:
    for op in BODY_OPS:
        for full in (False, True):
            yield pytest.param(*op, full, id=f"{op[0]}.{op[1]}-{'full' if full else 'minimal'}")


@pytest.mark.parametrize(("resource", "method", "args", "definition", "route", "full"), list(cases()))
def test_bodies_and_query_match_scenarios_definitions(
    resource: str, method: str, args: tuple[str, ...], definition: str, route: tuple[str, str], full: bool
) -> None:
    kwargs = kwargs_for(definition, route, full=full)
    request = Recorder().call(resource, method, *args, **kwargs)
    body = body_of(request)
    errors = [e.message for e in jsonschema.Draft4Validator(DEFS[definition]).iter_errors(body)]
    assert not errors, (definition, errors, body)
    assert set(body) == set(expected_body(definition, full=full))  # nothing dropped, nothing added
    assert set(query_of(request)) <= set(scenario_query(route)), query_of(request)
    if full:
        assert set(query_of(request)) == set(scenario_query(route)) - {"paginationToken"}


@pytest.mark.parametrize(("resource", "method", "args", "route"), QUERY_OPS, ids=[f"{o[0]}.{o[1]}" for o in QUERY_OPS])
def test_every_scenario_query_parameter_has_a_keyword(
    resource: str, method: str, args: tuple[str, ...], route: tuple[str, str]
) -> None:
    params = scenario_query(route)
    kwargs = {py(n): 10 if n == "pageSize" else f"v_{n}" for n in params}
    sent = query_of(Recorder().call(resource, method, *args, **kwargs))
    assert set(sent) == set(params)
    assert all(sent[n] == (("10") if n == "pageSize" else f"v_{n}") for n in params)
    required = {py(n) for n, p in params.items() if p.get("required")}
    signature = inspect.signature(getattr(getattr(Scenario(api_token="at_x"), resource), method))
    for name in required:  # required ones have no default (and are keyword-only)
        assert signature.parameters[name].default is inspect.Parameter.empty
        assert signature.parameters[name].kind is inspect.Parameter.KEYWORD_ONLY


@pytest.mark.parametrize(("resource", "method", "args", "definition", "route"), BODY_OPS, ids=[o[1] for o in BODY_OPS])
def test_required_body_fields_are_required_keyword_only_arguments(
    resource: str, method: str, args: tuple[str, ...], definition: str, route: tuple[str, str]
) -> None:
    bound = getattr(getattr(Scenario(api_token="at_x"), resource), method)
    params = inspect.signature(bound).parameters
    required = DEFS[definition].get("required", [])
    for name in required:
        assert params[py(name)].default is inspect.Parameter.empty, name
        assert params[py(name)].kind is inspect.Parameter.KEYWORD_ONLY, name
    optional = set(DEFS[definition]["properties"]) - set(required)
    assert all(params[py(name)].default is not inspect.Parameter.empty for name in optional)
    if required:
        with pytest.raises(TypeError, match=re.escape(py(required[0]))):
            bound(*args)


def _typed(annotation: str, value: Any) -> Any:
    """``value`` (dict / plain string form) as the typed object the annotation names first."""
    head = annotation.removeprefix("Sequence[").split(" | ")[0].strip("[] ")
    cls = getattr(models, head, None)
    if cls is None:
        return value
    if isinstance(value, list):
        return [cls.from_dict(v) for v in value]
    if isinstance(value, dict):
        return cls.from_dict(value)
    return cls(value)  # an enum member


@pytest.mark.parametrize(("resource", "method", "args", "definition", "route"), BODY_OPS, ids=[o[1] for o in BODY_OPS])
def test_dict_and_typed_forms_put_identical_bytes_on_the_wire(
    resource: str, method: str, args: tuple[str, ...], definition: str, route: tuple[str, str]
) -> None:
    rec = Recorder()
    kwargs = kwargs_for(definition, route, full=True)
    signature = inspect.signature(getattr(getattr(rec.client, resource), method)).parameters
    typed = {k: _typed(str(signature[k].annotation), v) for k, v in kwargs.items()}
    assert any(type(typed[k]) is not type(kwargs[k]) for k in kwargs) or definition in (
        "PostModelsTransferRequest",
        "PostModelsCopyRequest",
        "PostModelsTrainingImagesByModelIdRequest",
        "PutImagesPixelateRequest",
    )
    plain = rec.call(resource, method, *args, **kwargs)
    again = rec.call(resource, method, *args, **typed)
    assert plain.content == again.content
    assert plain.url == again.url


def test_typed_objects_send_exactly_what_the_caller_set() -> None:
    assert GenerationParameters(type_="txt2img", prompt="x").to_dict() == {"type": "txt2img", "prompt": "x"}  # type: ignore[arg-type]
    assert TrainingParameters().to_dict() == {}
    # Scenario's defaults are in the docstrings, not in the constructor.
    assert 'Default: "1:1"' in (inspect.getsource(GenerationParameters))
    rec = Recorder()
    plain = rec.call("inferences", "create", "m", parameters={"type": "txt2img", "prompt": "x"})
    typed = rec.call("inferences", "create", "m", parameters=GenerationParameters(type_="txt2img", prompt="x"))  # type: ignore[arg-type]
    assert plain.content == typed.content == b'{"parameters":{"type":"txt2img","prompt":"x"}}'


def test_a_required_body_without_required_fields_is_sent_as_an_empty_object() -> None:
    rec = Recorder()
    assert rec.call("models", "copy", "model_1").content == b"{}"
    assert rec.call("models", "train", "model_1").content == b"{}"
    assert rec.call("models", "copy", "model_1", copy_as_trained=True).content == b'{"copyAsTrained":true}'


def test_update_takes_plain_enum_strings_and_concept_dicts() -> None:
    rec = Recorder()
    sent = rec.call("models", "update", "m", type_="flux.1-lora", concepts=[{"modelId": "model_x", "scale": 0.5}])
    assert body_of(sent) == {"type": "flux.1-lora", "concepts": [{"modelId": "model_x", "scale": 0.5}]}
    sent = rec.call("models", "update", "m", parameters={"maxTrainSteps": 10, "lrScheduler": "constant"})
    assert body_of(sent) == {"parameters": {"maxTrainSteps": 10, "lrScheduler": "constant"}}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.inferences.create("m", parameters={"promt": "x", "type": "txt2img"}),
            "parameters: unknown key 'promt' (did you mean 'prompt'?)",
        ),
        (
            lambda c: c.inferences.create("m", parameters={"type": "txt2img"}),
            "parameters: missing required key 'prompt'",
        ),
        (
            lambda c: c.inferences.create("m", parameters="txt2img"),
            "parameters: expected GenerationParameters or a dict, got str",
        ),
        (lambda c: c.models.update("m", concepts=[{"modelId": "a"}]), "concepts[0]: missing required key 'scale'"),
        (
            lambda c: c.models.update("m", concepts={"modelId": "a", "scale": 1}),
            "concepts: expected a list of ModelConceptsItem or dicts, got dict",
        ),
        (lambda c: c.models.update("m", type_=3), "type_: expected PutModelsByModelIdRequestType or a string, got int"),
        (
            lambda c: c.models.train("m", parameters={"maxTrainStep": 1}),
            "parameters: unknown key 'maxTrainStep' (did you mean 'maxTrainSteps'?)",
        ),
    ],
    ids=["misspelled", "missing", "not-a-dict", "nested-missing", "not-a-list", "enum-type", "training"],
)
def test_bad_dict_input_is_a_one_line_error_and_nothing_is_sent(call: Callable[[Scenario], Any], message: str) -> None:
    rec = Recorder()
    with pytest.raises(TypeError) as info:
        call(rec.client)
    assert str(info.value) == message
    assert "\n" not in str(info.value) and "at_test" not in str(info.value)
    assert rec.requests == []


def test_nested_unknown_keys_are_rejected_with_their_path() -> None:
    rec = Recorder()
    with pytest.raises(TypeError, match=re.escape("parameters.concepts[0]: unknown key 'modelld'")):
        rec.client.inferences.create(
            "m", parameters={"type": "txt2img", "prompt": "x", "concepts": [{"modelId": "a", "scale": 1, "modelld": 2}]}
        )
    assert rec.requests == []
    with pytest.raises(TypeError, match=re.escape("parameters.concepts[0]: missing required field 'scale'")):
        rec.client.inferences.create("m", parameters={"type": "txt2img", "prompt": "x", "concepts": [{"modelId": "a"}]})
    assert rec.requests == []


# --- Against the stand-in (a real HTTP server on 127.0.0.1): what reached "LowCodeAPI" ----------------------------


def test_acceptance_calls_reach_the_wire_with_scenarios_field_names() -> None:
    with StandIn(routing="both") as s, Scenario(api_token="at_test", base_url=s.base_url, max_retries=0) as client:
        moved = client.models.transfer("model_1", destination_project_id="proj_1")
        copied = client.models.copy("model_1")
        pixel = client.images.pixelate(image=DATA_URL, pixel_grid_size=32, remove_noise=True, return_image=False)
        up = client.images.upscale(image=DATA_URL, prompt="crisp", seed="42", negative_prompt="blur")
        got = {(r.method, r.path.split("/v1/", 1)[1]): r for r in s.requests}
    assert got[("POST", "models/model_1/transfer")].json == {"destinationProjectId": "proj_1"}
    assert moved.model.id != "model_1"
    assert got[("POST", "models/model_1/copy")].json == {} and copied.model.id != "model_1"
    assert got[("PUT", "images/pixelate")].json == {
        "image": DATA_URL,
        "pixelGridSize": 32,
        "removeNoise": True,
        "returnImage": False,
    }
    assert got[("PUT", "images/upscale")].json == {
        "image": DATA_URL,
        "prompt": "crisp",
        "seed": "42",
        "negativePrompt": "blur",
    }
    assert pixel.asset.id and up.asset.id


@pytest.mark.anyio
async def test_async_client_sends_the_same_shapes() -> None:
    with StandIn(routing="both") as s:
        async with AsyncScenario(api_token="at_test", base_url=s.base_url, max_retries=0) as client:
            await client.models.transfer("model_1", destination_project_id="proj_1", destination_team_id="team_1")
            await client.models.copy("model_2", copy_examples=False)
            await client.models.update("model_3", type_="flux.1-lora", concepts=[{"modelId": "model_1", "scale": 1}])
            estimate = await client.inferences.create(
                "model_1", parameters={"type": "txt2img", "prompt": "x"}, dry_run=True
            )
            assert isinstance(estimate, DryRunResponse) and estimate.creative_units_cost > 0
            with pytest.raises(TypeError, match="unknown key 'promt'"):
                await client.inferences.create("model_1", parameters={"type": "txt2img", "promt": "x"})  # type: ignore[typeddict-unknown-key]
        sent = [(r.method, r.json, r.query) for r in s.requests]
    assert sent[0][:2] == ("POST", {"destinationProjectId": "proj_1", "destinationTeamId": "team_1"})
    assert sent[1][:2] == ("POST", {"copyExamples": False})
    assert sent[2][:2] == ("PUT", {"type": "flux.1-lora", "concepts": [{"modelId": "model_1", "scale": 1}]})
    assert sent[3][1] == {"parameters": {"type": "txt2img", "prompt": "x"}} and sent[3][2].get("dryRun") == "true"
    assert len(sent) == 4


@pytest.mark.anyio
async def test_async_function_style_entry_point_sends_scenarios_body() -> None:
    from scenario_lowcodeapi.api.models import copy_model, transfer_model
    from scenario_lowcodeapi.models import CopyModelBody, TransferModelBody

    with StandIn(routing="both") as s:
        async with AsyncScenario(api_token="at_test", base_url=s.base_url, max_retries=0) as client:
            body = TransferModelBody(destination_project_id="p")
            await transfer_model.asyncio("model_1", client=client.client, body=body)
            await copy_model.asyncio("model_1", client=client.client, body=CopyModelBody())
        sent = [r.json for r in s.requests]
    assert sent == [{"destinationProjectId": "p"}, {}]


# --- The conversion functions themselves, with hostile input -------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.text(max_size=12), st.one_of(st.none(), st.integers(), st.text(max_size=5)), max_size=4))
def test_any_dict_is_either_exactly_a_valid_shape_or_a_one_line_type_error(value: dict[str, Any]) -> None:
    from scenario_lowcodeapi._request_inputs import as_model
    from scenario_lowcodeapi.models import ModelConceptsItem
    from scenario_lowcodeapi.request_types import ModelConceptsItemDict

    known = ModelConceptsItemDict.__required_keys__ | ModelConceptsItemDict.__optional_keys__
    valid_keys = set(value) <= known and ModelConceptsItemDict.__required_keys__ <= set(value)
    try:
        model = as_model(ModelConceptsItem, value, "concept", ModelConceptsItemDict)
    except TypeError as exc:
        assert not valid_keys
        assert str(exc).startswith("concept: ") and "\n" not in str(exc)
    else:
        assert valid_keys
        assert model.additional_properties == {}


def test_free_form_objects_keep_their_keys_and_models_pass_through() -> None:
    from attrs import define, field

    from scenario_lowcodeapi._request_inputs import as_enum, as_model, as_models
    from scenario_lowcodeapi.models import GenerationParametersType, ModelConceptsItem
    from scenario_lowcodeapi.request_types import ModelConceptsItemDict
    from scenario_lowcodeapi.types import UNSET

    @define
    class FreeForm:
        additional_properties: dict[str, Any] = field(factory=dict)

        @classmethod
        def from_dict(cls, src: dict[str, Any]) -> FreeForm:
            made = cls()
            made.additional_properties = dict(src)
            return made

        def to_dict(self) -> dict[str, Any]:
            return dict(self.additional_properties)

    class AnyKeys:
        __required_keys__: frozenset[str] = frozenset()
        __optional_keys__: frozenset[str] = frozenset({"anything"})

    assert as_model(FreeForm, {"anything": 1}, "x", AnyKeys).to_dict() == {"anything": 1}
    concept = ModelConceptsItem(model_id="m", scale=1.0)
    assert as_model(ModelConceptsItem, concept, "c", ModelConceptsItemDict) is concept
    assert as_models(ModelConceptsItem, (c for c in [concept]), "c", ModelConceptsItemDict) == [concept]
    assert as_models(ModelConceptsItem, UNSET, "c", ModelConceptsItemDict) is UNSET
    assert as_enum(GenerationParametersType, "txt2img", "t") is GenerationParametersType.TXT2IMG
    assert as_enum(GenerationParametersType, "new-type", "t").is_unknown  # forward compatible, as in responses
    with pytest.raises(TypeError, match=r"^c: expected a list of ModelConceptsItem or dicts, got str$"):
        as_models(ModelConceptsItem, "abc", "c", ModelConceptsItemDict)  # type: ignore[call-overload]
