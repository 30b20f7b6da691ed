"""Robustness of the spec build against LowCodeAPI documents we have not seen yet.

LowCodeAPI regenerates the served spec from its intent file whenever Scenario's intents change.
``tests/lowcodeapi_converter.py`` re-implements that converter (quirks kept); this module first
checks the re-implementation against the two shared documents, then lets Hypothesis invent new
intent routes, appends them to Scenario's 28, converts (new or old URL format), and runs the
build: the result must be valid OpenAPI 3.0, name every operation, keep the 28 override names,
and parse in openapi-python-client with no warning and one endpoint per operation.

Speed: validating the whole spec and parsing it in openapi-python-client cost ~0.2 s and ~0.5 s,
almost all of it on the 28 known operations and the 67 response schemas of the overlays, which do
not change from one example to the next. So each example checks that everything but the new
paths is exactly what the unmodified intents build to (validated and parsed in full once, in the
module fixture), and validates and parses the new paths in a document with that same skeleton;
the class, module and endpoint names they produce must not clash with the baseline's.
``test_full_pipeline_on_a_kitchen_sink`` runs the unreduced checks on one large fixed example.

One input shape is checked in the new URL format only, because of a known bug in
``normalize.template_old_format_paths`` (see the comment in the Hypothesis test).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import codegen.overlay
from codegen.build import MANIFEST_KEY, build_spec
from codegen.generate import _project
from codegen.normalize import iter_operations, validate
from tests.conftest import VENDORED_SPECS, load_json
from tests.lowcodeapi_converter import convert, template_path

INTENTS = VENDORED_SPECS / "lowcodeapi-scenario-intents.json"
SERVED = {True: VENDORED_SPECS / "scenario.openapi.json", False: VENDORED_SPECS / "scenario.definition.json"}


# (method, new-format path) -> the public name overrides/20-operations.overlay.yaml gives it.
KNOWN_IDS: dict[tuple[str, str], str] = {
    ("put", "/v1/images/erase-background"): "erase_background",
    ("put", "/v1/images/pixelate"): "pixelate_image",
    ("put", "/v1/images/remove-background"): "remove_background",
    ("put", "/v1/images/upscale"): "upscale_image",
    ("get", "/v1/inferences"): "list_inferences",
    ("get", "/v1/models"): "list_models",
    ("post", "/v1/models"): "create_model",
    ("get", "/v1/models/{modelId}"): "get_model",
    ("put", "/v1/models/{modelId}"): "update_model",
    ("delete", "/v1/models/{modelId}"): "delete_model",
    ("get", "/v1/models/{modelId}/categories"): "list_model_categories",
    ("get", "/v1/models/{modelId}/classes"): "list_model_classes",
    ("post", "/v1/models/{modelId}/copy"): "copy_model",
    ("put", "/v1/models/{modelId}/train"): "train_model",
    ("post", "/v1/models/{modelId}/training-images"): "add_training_image",
    ("delete", "/v1/models/{modelId}/training-images/{trainingImageId}"): "delete_training_image",
    ("post", "/v1/models/{modelId}/transfer"): "transfer_model",
    ("delete", "/v1/models/{modelId}/images"): "delete_model_images",
    ("get", "/v1/models/{modelId}/inferences"): "list_model_inferences",
    ("post", "/v1/models/{modelId}/inferences"): "create_inference",
    ("delete", "/v1/models/{modelId}/inferences"): "delete_inferences",
    ("delete", "/v1/models/{modelId}/inferences/all"): "delete_all_inferences",
    ("get", "/v1/models/{modelId}/inferences/{inferenceId}"): "get_inference",
    ("delete", "/v1/models/{modelId}/inferences/{inferenceId}"): "delete_inference",
    ("get", "/v1/models/{modelId}/inferences/{inferenceId}/images/{imageId}"): "get_inference_image",
    ("delete", "/v1/models/{modelId}/inferences/{inferenceId}/images/{imageId}"): "delete_inference_image",
    ("get", "/v1/tags"): "list_tags",
    ("get", "/v1/usages"): "get_usages",
}
KNOWN_PATHS = frozenset(path for _, path in KNOWN_IDS)

Doc = dict[str, Any]
Route = dict[str, Any]


# --- the converter re-implementation reproduces what LowCodeAPI serves ---------------------------------------------


@pytest.mark.parametrize("templated", [True, False], ids=["openapi", "definition"])
def test_converter_reproduces_the_served_documents(templated: bool) -> None:
    served_text = SERVED[templated].read_text(encoding="utf-8")
    doc = convert(load_json(INTENTS), templated=templated)
    assert doc == json.loads(served_text)
    assert json.dumps(doc, indent=2, ensure_ascii=False) + "\n" == served_text  # key order too
    ops = [op for _, _, op in iter_operations(doc)]
    assert len(ops) == 28 and all(op["responses"] is ops[0]["responses"] for op in ops), "CODES is one shared object"


def test_converter_quirks_on_fields_scenario_does_not_use() -> None:
    route: Route = {
        "provider_alias_intent": "/v1/things/media/thingId",
        "method": "POST",
        "category": "Things",
        "params": {"thingId": {"type": "string", "required": True}, "q": {"type": "string", "required": False}},
        "path": {"thingId": {"type": "string", "text": "The thing"}},
        "body": {"flag": {"type": "boolean", "required": True, "enum": [True, False]}, "n": {"type": "number"}},
        "meta": {"version": "v1", "rate_limit": [], "api_endpoint": "https://up/things", "api_ref": ""},
    }
    doc = convert({"config": {"id": "p"}, "routes": [route]})
    op = doc["paths"]["/v1/things/media/{thingId}"]["post"]
    assert op["summary"] == "V1 •" and op["description"] == "" and "operationId" not in op
    assert op["parameters"] == [
        {"name": "thingId", "in": "path", "description": "The thing", "required": True,
         "schema": {"type": "string", "example": ""}},
        {"name": "q", "in": "query", "required": False, "schema": {"type": "string", "example": ""}},
    ]  # fmt: skip
    body = op["requestBody"]  # "media" in the path: multipart, not required
    assert body["required"] is False and list(body["content"]) == ["multipart/form-data"]
    media = body["content"]["multipart/form-data"]
    assert media["schema"]["required"] == []
    assert media["schema"]["properties"]["flag"] == {"type": "boolean", "required": True, "enum": [True, False]}
    assert media["example"] == {"flag": "", "n": ""}
    assert doc["info"] == {} and doc["servers"] == [{"url": "https://api.lowcodeapi.com/p"}]


# --- random LowCodeAPI-style routes ---------------------------------------------------------------------------------

WORDS = (
    "asset", "batch", "brush", "canvas", "color", "draft", "frame", "glyph", "layer", "mask", "node", "palette",
    "pixel", "prompt", "queue", "render", "scene", "seed", "shade", "sketch", "style", "texture", "tile", "voxel",
    "media", "upload", "status", "page", "size", "token", "format", "type", "id", "from", "class", "self", "client",
    "url", "body", "data", "name", "list", "none", "true", "json", "items", "required", "properties", "enum",
)  # fmt: skip
SEGMENT_WORDS = ("asset", "tile", "seed", "mask", "media", "all", "list", "items")
ID_SUFFIXES = ("Id", "Slug", "Key", "Name", "Index", "Uuid")
QUERY_SPECIALS = ("pageSize", "paginationToken", "ids", "type", "format", "client", "url", "body", "from", "self")
CATEGORIES = ("Models", "Images Edition", "Models / Images", "Tags", "Usage", "Assets", "Jobs", "Team & Billing")
BODY_TYPES = ("string", "number", "boolean", "array", "object")
METHODS = ("GET", "PUT", "POST", "DELETE")
word = st.sampled_from(WORDS)
text = st.one_of(st.none(), st.just(""), st.sampled_from(("The thing", 'Déjà vu: «quotes» & "escapes"', "a\nb")))


def py_name(name: str) -> str:
    """The identifier openapi-python-client makes of a parameter name (what must not collide)."""
    from openapi_python_client.strings import snake_case

    return snake_case(name)


def camel(words: list[str]) -> str:
    return words[0] + "".join(w.capitalize() for w in words[1:])


def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` unless ``value`` is None (the intent leaves it out)."""
    if value is not None:
        target[key] = value


@st.composite
def parameter_names(draw: st.DrawFn, avoid: set[str], max_size: int) -> list[str]:
    """Query parameter names: camelCase, snake_case, kebab-case or well-known ones, unique after snake_case."""
    names: list[str] = []
    for _ in range(draw(st.integers(0, max_size))):
        words = draw(st.lists(word, min_size=1, max_size=3))
        style = draw(st.sampled_from(("camel", "snake", "kebab", "special")))
        name = {
            "camel": camel(words),
            "snake": "_".join(words),
            "kebab": "-".join(words),
            "special": draw(st.sampled_from(QUERY_SPECIALS)),
        }[style]
        if py_name(name) not in avoid:
            avoid.add(py_name(name))
            names.append(name)
    return names


@st.composite
def body_field(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(BODY_TYPES))
    field: dict[str, Any] = {"type": kind}
    _put(field, "text", draw(text))
    if kind == "boolean" and draw(st.booleans()):
        field["enum"] = [True, False]  # Scenario's intents put this on most booleans
    if kind == "string" and draw(st.integers(0, 4)) == 0:
        field["enum"] = draw(st.lists(word, min_size=1, max_size=3, unique=True))
    _put(field, "required", draw(st.sampled_from((None, True, False))))
    return field


@st.composite
def route_for(
    draw: st.DrawFn, method: str, intent_path: str, path_params: dict[str, dict[str, Any]], *, in_path: bool = True
) -> Route:
    """One intent on ``intent_path``; ``in_path=False``: its path parameters are declared in ``params`` only,
    so LowCodeAPI makes them required query parameters and leaves the segment literal."""
    taken = {py_name(name) for name in path_params}
    params: dict[str, Any] = {}
    # Path parameters appear in `params` too (the converter skips them there), in any order.
    declared = list(path_params.items()) + [
        (name, {"type": draw(st.sampled_from(("string", "string", "number", "boolean")))})
        for name in draw(parameter_names(taken, 4))
    ]
    for name, spec in draw(st.permutations(declared)):
        spec = dict(spec)
        _put(spec, "text", draw(text))
        if name not in path_params:
            _put(spec, "required", draw(st.sampled_from((None, True, False))))
        params[name] = spec
    body_names = draw(st.lists(st.builds(camel, st.lists(word, min_size=1, max_size=2)), max_size=6, unique_by=py_name))
    body = {name: draw(body_field()) for name in body_names}
    path = {name: dict(spec) for name, spec in draw(st.permutations(list(path_params.items())))} if in_path else {}
    route: Route = {
        "provider_alias_intent": intent_path,
        "category": draw(st.sampled_from(CATEGORIES)),
        "method": method,
        "type": draw(st.sampled_from(("API", "API", "API", "upload", "file"))),
        "params": params,
        "path": path,
        "body": body,
        "meta": {
            "version": "v1",
            "rate_limit": [],
            "api_endpoint": "https://api.cloud.scenario.com" + template_path(intent_path, path_params),
            "api_ref": "",
        },
    }
    _put(route, "text", draw(text))
    _put(route["meta"], "description", draw(text))
    return route


PathGroup = tuple[str, dict[str, dict[str, Any]]]  # (intent path, its path parameters)


@st.composite
def path_group(draw: st.DrawFn) -> PathGroup:
    """An intent path under ``/v1/x-<word>``: 1-4 literal segments and 0-3 literal camelCase path parameters.

    Segment words come from a small pool so that different paths often derive the same operationId
    (``/v1/x-tile/seed-mask`` and ``/v1/x-tile/seed/mask``), which normalize must disambiguate.
    """
    segment = st.lists(st.sampled_from(SEGMENT_WORDS), min_size=1, max_size=2).map("-".join)
    literals = [f"x-{draw(st.sampled_from(SEGMENT_WORDS))}"] + draw(st.lists(segment, max_size=3))
    names = draw(st.lists(st.builds(str.__add__, word, st.sampled_from(ID_SUFFIXES)), max_size=3, unique_by=py_name))
    segments = list(literals)
    for name in names:  # anywhere after the first segment
        segments.insert(draw(st.integers(1, len(segments))), name)
    path_params = {name: {"type": "string", "text": f"The {name}", "required": True} for name in names}
    return "/v1/" + "/".join(segments), path_params


def path_shape(group: PathGroup) -> str:
    """``/v1/x-a/{}/b``: paths differing only in parameter names are the same path (OpenAPI forbids both)."""
    path, params = group
    return "/".join("{}" if seg in params else seg for seg in path.split("/"))


def twin(group: PathGroup) -> PathGroup | None:
    """Another path deriving the same operationId: one hyphen turned into a slash, or a slash into a hyphen."""
    path, params = group
    segments = path.split("/")  # ["", "v1", "x-...", ...]
    for i in range(3, len(segments)):
        if segments[i] not in params and "-" in segments[i]:
            return "/".join([*segments[:i], *segments[i].split("-", 1), *segments[i + 1 :]]), params
        if i > 3 and segments[i] not in params and segments[i - 1] not in params:
            return "/".join([*segments[: i - 1], f"{segments[i - 1]}-{segments[i]}", *segments[i + 1 :]]), params
    return None


@st.composite
def extra_routes(draw: st.DrawFn) -> list[Route]:
    """1-4 new routes on 1-4 new paths (a path may carry several methods), every method+path pair unique."""
    groups = draw(st.lists(path_group(), min_size=1, max_size=3, unique_by=path_shape))
    pairs: list[tuple[int, str]] = []
    other = twin(groups[0])
    if other is not None and path_shape(other) not in map(path_shape, groups) and draw(st.booleans()):
        groups.append(other)
        method = draw(st.sampled_from(METHODS))
        pairs = [(0, method), (len(groups) - 1, method)]  # the same derived operationId twice
    pair = st.tuples(st.integers(0, len(groups) - 1), st.sampled_from(METHODS)).filter(lambda p: p not in pairs)
    pairs += draw(st.lists(pair, min_size=0 if pairs else 1, max_size=4 - len(pairs), unique=True))
    # Now and then an intent declares the path's parameters in `params` only (a slip LowCodeAPI accepts).
    return [
        draw(route_for(method, *groups[index], in_path=not groups[index][1] or draw(st.integers(0, 5)) > 0))
        for index, method in pairs
    ]


# --- the build, checked in parts ------------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class Baseline:
    """What the unmodified 28 intents build to, checked in full once."""

    intents: dict[str, Any]
    specs: dict[bool, Doc]  # templated? -> build_spec(convert(intents, templated))
    class_names: frozenset[str]
    module_names: frozenset[str]
    endpoint_names: frozenset[tuple[str, str]]
    output: Path

    def __repr__(self) -> str:  # keep falsifying-example reports readable
        return "Baseline(<the 28 Scenario intents>)"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # what Hypothesis's pretty-printer calls
        printer.text(repr(self))


@dataclass(frozen=True)
class Parsed:
    errors: list[str]
    endpoints: int
    class_names: set[str]
    module_names: set[str]
    endpoint_names: set[tuple[str, str]]


def parse(spec: Doc, output: Path) -> Parsed:
    """openapi-python-client's view of ``spec`` (no files written)."""
    data = _project(spec, output).openapi
    errors = [f"{e.header}: {e.detail}" for e in data.errors]
    names: set[tuple[str, str]] = set()
    endpoints = 0
    for tag, collection in data.endpoint_collections_by_tag.items():
        errors += [f"{e.header}: {e.detail}" for e in collection.parse_errors]
        endpoints += len(collection.endpoints)
        names.update((str(tag), str(endpoint.name)) for endpoint in collection.endpoints)
    classes = [*data.models, *data.enums]
    return Parsed(
        errors=errors,
        endpoints=endpoints,
        class_names={str(c.class_info.name) for c in classes},
        module_names={str(c.class_info.module_name) for c in classes},
        endpoint_names=names,
    )


_REAL_LOAD_OVERLAY: Callable[[Path], dict[str, Any]] = codegen.overlay.load_overlay


@functools.cache
def _load_overlay_once(path: Path) -> dict[str, Any]:
    return _REAL_LOAD_OVERLAY(path)


@pytest.fixture(scope="module")
def cached_overlays() -> Iterator[None]:
    """build_spec re-reads the overlay files on every call; read them once (apply_action deep-copies what it uses)."""
    _load_overlay_once.cache_clear()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(codegen.overlay, "load_overlay", _load_overlay_once)
        yield


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory, cached_overlays: None) -> Baseline:
    intents = load_json(INTENTS)
    specs = {templated: build_spec(convert(intents, templated=templated)) for templated in (True, False)}  # validates
    ids = {(method, path): op.get("operationId") for path, method, op in iter_operations(specs[True])}
    assert ids == KNOWN_IDS
    output = tmp_path_factory.mktemp("robustness") / "pkg"
    parsed = parse(specs[True], output)
    assert parsed.errors == [] and parsed.endpoints == 28
    return Baseline(
        intents=intents,
        specs=specs,
        class_names=frozenset(parsed.class_names),
        module_names=frozenset(parsed.module_names),
        endpoint_names=frozenset(parsed.endpoint_names),
        output=output,
    )


def expected_operations(routes: list[Route]) -> set[tuple[str, str]]:
    """(method, new-format path) of every added route."""
    return {(r["method"].lower(), template_path(r["provider_alias_intent"], r["path"])) for r in routes}


def matches_type(value: Any, schema_type: Any) -> bool:
    """Whether an ``example`` fits its schema's ``type`` (no type: anything goes)."""
    if schema_type in ("number", "integer"):
        number = isinstance(value, int | float) and not isinstance(value, bool)
        return number and (schema_type == "number" or float(value).is_integer())
    expected = {"string": str, "boolean": bool, "array": list, "object": dict}.get(schema_type, object)
    return isinstance(value, expected)


def check_added_operation(op: dict[str, Any], route: Route) -> None:
    """What normalize promises for one added operation, beyond validity."""
    from codegen.normalize import OLD_PATH_KEY, PATH_PARAMS_KEY, iter_schemas, path_param_names

    params = op.get("parameters", [])
    for param in params:
        assert param["in"] != "path" or param["required"] is True
        for schema in iter_schemas(param.get("schema")):
            assert "example" not in schema or matches_type(schema["example"], schema.get("type")), param
    url_names = path_param_names(template_path(route["provider_alias_intent"], route["path"]))
    assert [p["name"] for p in params if p["in"] == "path"] == url_names, "path parameters out of URL order"
    if url_names:
        assert op[OLD_PATH_KEY] == route["provider_alias_intent"] and op[PATH_PARAMS_KEY] == url_names
    body = op.get("requestBody")
    fields = route["body"] if route["method"] != "GET" else {}
    assert (body is not None) == bool(fields), "a body without fields is kept, or one with fields is lost"
    if body:
        (media,) = body["content"].values()
        schema = media["schema"]
        assert list(schema["properties"]) == list(fields)
        assert schema.get("required", []) == [name for name, field in fields.items() if field.get("required") is True]
        for prop in schema["properties"].values():
            assert "required" not in prop and prop.get("enum") != [True, False]
            assert "example" not in prop or matches_type(prop["example"], prop.get("type")), prop


def check_build(base: Baseline, routes: list[Route], templated: bool, *, full: bool = False) -> None:
    """Convert the 28 intents plus ``routes``, build, and check the result (``full``: no reduction)."""
    doc = convert({**base.intents, "routes": [*base.intents["routes"], *routes]}, templated=templated)
    spec = build_spec(doc, check=full)  # normalize + overlays + duplicate-operationId check (+ validation if full)

    ops = {(method, path): op for path, method, op in iter_operations(spec)}
    added = expected_operations(routes)
    assert set(ops) == set(KNOWN_IDS) | added, "operations lost or invented"
    for key, op in ops.items():
        assert op.get("operationId"), f"{key} has no operationId"
        assert "200" in op.get("responses", {}), f"{key} has no 200 response"
    assert {key: ops[key]["operationId"] for key in KNOWN_IDS} == KNOWN_IDS
    for route in routes:
        method, path = route["method"].lower(), template_path(route["provider_alias_intent"], route["path"])
        check_added_operation(ops[(method, path)], route)

    new_paths = {path for _, path in added}
    reference = base.specs[templated]
    # Besides the paths, only the manifest of the operations (for `doctor`, codegen.build.MANIFEST_KEY) may differ.
    skip = {"paths", MANIFEST_KEY}
    assert {k: v for k, v in spec.items() if k not in skip} == {k: v for k, v in reference.items() if k not in skip}
    assert set(spec[MANIFEST_KEY]["operations"]) == {f"{m.upper()} {p}" for m, p in ops}
    assert {p: spec["paths"][p] for p in KNOWN_PATHS} == reference["paths"], "the 28 known operations changed"

    # Validate and parse the new paths over the same skeleton. They reference no component, so the
    # component schemas (the slow part, already checked in the baseline) can stay out.
    reduced = {**spec, "paths": {p: spec["paths"][p] for p in spec["paths"] if p in new_paths}}
    if "$ref" not in json.dumps(reduced["paths"]):
        reduced["components"] = {k: v for k, v in spec["components"].items() if k != "schemas"}
    validate(reduced)
    parsed = parse(reduced, base.output)
    assert parsed.errors == [], "\n".join(parsed.errors)
    assert parsed.endpoints == len(added), "openapi-python-client dropped an endpoint"
    assert not parsed.class_names & base.class_names, "generated class names clash with the baseline's"
    assert not parsed.module_names & base.module_names, "generated model modules clash with the baseline's"
    assert not parsed.endpoint_names & base.endpoint_names, "endpoint modules clash with the baseline's"

    if full:
        whole = parse(spec, base.output)
        assert whole.errors == [] and whole.endpoints == len(ops)
        assert whole.class_names == parsed.class_names | base.class_names


@pytest.mark.timeout(900)  # passing takes ~15-20 s; shrinking a failure to a minimal example can take minutes
@settings(
    max_examples=200, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(routes=extra_routes(), templated=st.booleans())
def test_random_intents_build_into_a_spec_openapi_python_client_accepts(
    baseline: Baseline, routes: list[Route], templated: bool
) -> None:
    check_build(baseline, routes, templated)


def test_routes_on_one_path_that_disagree_on_path_parameters(baseline: Baseline) -> None:
    """Regression (found by the test above): GET declares assetId in the path, PUT only in params (a query
    parameter); the old format used to template the key for both and fail validation."""
    param = {"assetId": {"type": "string", "required": True}}
    meta = {"version": "v1", "rate_limit": [], "api_endpoint": "", "api_ref": ""}
    routes: list[Route] = [
        {"provider_alias_intent": "/v1/x-asset/assetId", "method": "GET", "category": "Assets", "params": param,
         "path": {}, "body": {}, "meta": meta},
        {"provider_alias_intent": "/v1/x-asset/assetId", "method": "PUT", "category": "Assets", "params": param,
         "path": param, "body": {}, "meta": meta},
    ]  # fmt: skip
    for templated in (True, False):
        check_build(baseline, routes, templated)


def test_full_pipeline_on_a_kitchen_sink(baseline: Baseline) -> None:
    """The unreduced checks (whole-spec validation and parse) on one large example: the reduction hides nothing."""
    group_a: PathGroup = ("/v1/x-asset/assetId/media/frameKey", {"assetId": {"type": "string", "required": True},
                                                                "frameKey": {"type": "string", "required": True}})  # fmt: skip
    group_b: PathGroup = ("/v1/x-batch-list", {})
    body = {
        "name": {"type": "string", "text": "n", "required": True},
        "mode": {"type": "string", "enum": ["fast", "slow"]},
        "count": {"type": "number", "required": False},
        "flag": {"type": "boolean", "enum": [True, False], "required": True},
        "palette": {"type": "array", "text": "colors"},
        "parameters": {"type": "object"},
        "from": {"type": "string"},
    }
    params = {"pageSize": {"type": "string"}, "client": {"type": "string", "required": True}, "page-token": {}}
    routes = [
        {"provider_alias_intent": group_a[0], "method": method, "category": "Assets", "type": "API",
         "params": {**params, **group_a[1]}, "path": group_a[1], "body": body,
         "meta": {"version": "v1", "rate_limit": [], "api_endpoint": "", "api_ref": ""}}
        for method in ("GET", "PUT")
    ] + [
        {"provider_alias_intent": group_b[0], "method": method, "category": "Jobs", "type": kind, "text": "Jobs",
         "params": params, "path": {}, "body": body if method == "POST" else {},
         "meta": {"version": "v1", "description": "d", "rate_limit": [], "api_endpoint": "", "api_ref": ""}}
        for method, kind in (("POST", "upload"), ("DELETE", "API"))
    ]  # fmt: skip
    for templated in (True, False):
        check_build(baseline, routes, templated, full=True)
