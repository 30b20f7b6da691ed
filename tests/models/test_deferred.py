"""Nested arrays and objects of a response parse on first read (codegen/deferred.py, _parsing.defer).

What must hold, whatever the payload: a deferred read never raises, gives what an eager parse would, is parsed
once and then kept; equality, copies, pickling, evolve, repr and to_dict see parsed values; concurrent first
reads agree; guaranteed fields and request bodies are never deferred.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
import pickle
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import scenario_lowcodeapi.models as models
from scenario_lowcodeapi import _parsing as p
from scenario_lowcodeapi.models import GetModelsResponse, Model, ModelUiConfig, TrainingImage
from scenario_lowcodeapi.types import UNSET, Unset
from tests.models.common import ROOTS
from tests.payloads import complete


def model_classes() -> list[type]:
    return [obj for _, obj in sorted(vars(models).items()) if inspect.isclass(obj) and attrs.has(obj)]


def deferred_fields(cls: type) -> list[attrs.Attribute[Any]]:
    return [f for f in attrs.fields(cls) if isinstance(cls.__dict__.get(f.name), property)]


def examples() -> dict[type, dict[str, Any]]:
    """A complete, valid payload for every model class a complete Scenario response reaches."""
    out: dict[type, dict[str, Any]] = {}

    def walk(value: Any) -> None:
        if attrs.has(type(value)):
            out.setdefault(type(value), value.to_dict())
            for field in attrs.fields(type(value)):
                walk(getattr(value, field.name))
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    for name in ROOTS:
        walk(getattr(models, name).from_dict(complete(name)))
    return out


EXAMPLES = examples()
DEFERRING = sorted((cls for cls in EXAMPLES if deferred_fields(cls)), key=lambda cls: cls.__name__)


def json_key(cls: Any, name: str) -> str:
    """The JSON key of field ``name``: the one whose removal from the example unsets it."""
    example = EXAMPLES[cls]
    for key in example:
        try:
            without = cls.from_dict({k: v for k, v in example.items() if k != key})
        except p.PayloadError:
            continue  # a guaranteed key
        if getattr(without, name) is UNSET:
            return key
    raise LookupError(f"{cls.__name__}.{name}: no key of the example fills it")


def model_payload() -> dict[str, Any]:
    payload: dict[str, Any] = complete("GetModelsByModelIdResponse")["model"]
    return payload


# --- which fields ------------------------------------------------------------------------------------------


def test_a_complete_model_defers_its_nested_arrays_and_objects_and_nothing_else() -> None:
    names = {f.name for f in deferred_fields(Model)}
    assert {"training_images", "inputs", "ui_config", "parameters", "epochs", "concepts"} <= names
    assert not names & {
        "id",
        "name",
        "status",
        "privacy",
        "created_at",
        "tags",
        "capabilities",
        "additional_properties",
    }


def test_guaranteed_fields_and_request_bodies_are_never_deferred() -> None:
    assert len(DEFERRING) >= 15, [cls.__name__ for cls in DEFERRING]
    for cls in model_classes():
        for field in deferred_fields(cls):
            assert "Unset" in str(field.type), f"{cls.__name__}.{field.name} is guaranteed yet deferred"
    for cls in model_classes():
        if cls.__name__.endswith(("Body", "Request")):
            assert not deferred_fields(cls), cls.__name__
    # A page's items are parsed with the response: the caller reads them next.
    assert not deferred_fields(GetModelsResponse)


# --- what a read gives -------------------------------------------------------------------------------------


def test_a_deferred_read_equals_the_eager_parse_and_round_trips() -> None:
    payload = model_payload()
    model = Model.from_dict(payload)
    assert isinstance(model.ui_config, ModelUiConfig)
    assert not isinstance(model.training_images, Unset)
    assert all(isinstance(image, TrainingImage) for image in model.training_images)
    assert model.training_images == p.parse_list(payload["trainingImages"], TrainingImage.from_dict)
    assert model.to_dict() == payload


def test_the_first_read_parses_once_and_later_reads_return_the_same_object() -> None:
    model = Model.from_dict(model_payload())
    first = model.training_images
    assert model.training_images is first
    assert model.ui_config is model.ui_config


def test_parsing_waits_for_the_first_read(caplog: pytest.LogCaptureFixture) -> None:
    payload = model_payload()
    payload["trainingImages"] = [payload["trainingImages"][0], {"url": "no id"}]
    with caplog.at_level(logging.DEBUG, logger="scenario_lowcodeapi"):
        model = Model.from_dict(payload)
        assert not caplog.records, "the array was parsed before it was read"
        assert not isinstance(model.training_images, Unset) and len(model.training_images) == 1
    assert [r.getMessage() for r in caplog.records] == ["skipped an array element Scenario sent: [1].id: missing"]


def test_an_array_that_starts_with_a_null_or_junk_is_parsed_at_once() -> None:
    image = model_payload()["trainingImages"][0]
    model = Model.from_dict({"id": "m", "trainingImages": [None, "junk", image, {"no": "id"}]})
    assert model.training_images == [TrainingImage.from_dict(image)]
    assert Model.from_dict({"id": "m", "trainingImages": []}).training_images == []


def test_an_assigned_list_of_models_is_kept_as_is() -> None:
    model = Model.from_dict(model_payload())
    mine = [TrainingImage(id="ti_1")]
    model.training_images = mine
    assert model.training_images is mine
    mine.append(TrainingImage(id="ti_2"))
    assert [i.id for i in model.training_images] == ["ti_1", "ti_2"]


def test_a_users_mapping_is_read_like_a_dict() -> None:
    from types import MappingProxyType

    config = model_payload()["uiConfig"]
    model = Model.from_dict({"id": "m", "uiConfig": MappingProxyType(config)})
    assert model.ui_config == ModelUiConfig.from_dict(config)


def test_wrong_container_types_are_caught_by_from_dict_not_on_read() -> None:
    model = Model.from_dict({"id": "m", "tags": {"a": 1}, "uiConfig": ["x"], "epochs": "e"})
    assert model.tags is UNSET and model.ui_config is UNSET and model.epochs is UNSET
    assert model.additional_properties == {"tags": {"a": 1}, "uiConfig": ["x"], "epochs": "e"}


def test_assignment_and_deletion_before_the_first_read() -> None:
    model = Model.from_dict(model_payload())
    model.tags = ["mine"]
    assert model.tags == ["mine"]
    del model.ui_config
    with pytest.raises(AttributeError):
        _ = model.ui_config
    model.ui_config = UNSET
    assert model.to_dict().get("uiConfig") is None


def test_equality_copies_pickle_evolve_and_asdict_see_parsed_values() -> None:
    payload = model_payload()
    lazy, read = Model.from_dict(payload), Model.from_dict(payload)
    read.to_dict()  # every field of one side read, none of the other
    assert lazy == read and read == lazy
    assert Model.from_dict(payload) == copy.deepcopy(Model.from_dict(payload))
    assert copy.copy(Model.from_dict(payload)) == read
    assert pickle.loads(pickle.dumps(Model.from_dict(payload))) == read
    assert attrs.evolve(Model.from_dict(payload), name="other").ui_config == read.ui_config
    as_dict = attrs.asdict(Model.from_dict(payload), recurse=False)
    assert as_dict["training_images"] == read.training_images
    different = dict(payload, tags=["another"])
    assert Model.from_dict(different) != lazy


def test_repr_shows_parsed_values_never_a_pending_cell() -> None:
    text = repr(Model.from_dict(model_payload()))
    assert "cell" not in text and "TrainingImage(" in text


def test_nested_model_modules_load_on_the_first_read_not_on_the_first_call() -> None:
    """The cold start: a first get_model loads Model's module, not the dozen nested ones until they are read."""
    import subprocess
    import sys

    program = (
        "import json, sys\n"
        "from scenario_lowcodeapi.models import GetModelsByModelIdResponse\n"
        "model = GetModelsByModelIdResponse.from_dict(json.loads(sys.argv[1])).model\n"
        "nested = 'scenario_lowcodeapi.models.training_image'\n"
        "print(nested in sys.modules, model.id)\n"
        "print(len(model.training_images), nested in sys.modules)\n"
    )
    payload = json.dumps(complete("GetModelsByModelIdResponse"))
    out = subprocess.run([sys.executable, "-c", program, payload], capture_output=True, text=True, check=True)
    before, after = out.stdout.splitlines()
    assert before.startswith("False ") and after.endswith(" True"), out.stdout


def test_the_source_is_not_modified_when_every_field_is_read() -> None:
    payload = complete("GetModelsResponse")
    before = json.dumps(payload, sort_keys=True)
    GetModelsResponse.from_dict(payload).to_dict()
    assert json.dumps(payload, sort_keys=True) == before


# --- adversarial -------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=25,
)


@st.composite
def deferred_cases(draw: st.DrawFn) -> tuple[type, str, dict[str, Any]]:
    """A class's complete example with one deferred field's container (of the right type, so from_dict defers
    it) filled with anything: hostile values under the keys the schema knows, and unknown keys."""
    cls = draw(st.sampled_from(DEFERRING))
    field = draw(st.sampled_from(deferred_fields(cls)))
    key = json_key(cls, field.name)
    example = EXAMPLES[cls]
    good = example[key]
    inner = good[0] if isinstance(good, list) and good else good
    known = sorted(inner) if isinstance(inner, dict) else []
    keys = st.sampled_from(known) | st.text(max_size=6) if known else st.text(max_size=6)
    element = st.dictionaries(keys, json_values, max_size=6)
    value = draw(st.lists(element | json_values, max_size=5)) if isinstance(good, list) else draw(element)
    return cls, field.name, {**example, key: value}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(deferred_cases())
def test_a_deferred_read_never_raises_whatever_the_container_holds(case: tuple[type, str, Any]) -> None:
    cls, name, payload = case
    model = cls.from_dict(payload)  # type: ignore[attr-defined]  # the rest of the example is valid
    getattr(model, name)
    json.dumps(model.to_dict())  # and everything below it


def test_concurrent_first_reads_agree() -> None:
    payload = complete("GetModelsResponse")
    payload["models"] = [dict(payload["models"][0], id=f"model_{i}") for i in range(200)]
    page = GetModelsResponse.from_dict(payload)
    expected = GetModelsResponse.from_dict(payload)
    expected.to_dict()
    barrier = threading.Barrier(8)

    def reader(_: int) -> list[Any]:
        barrier.wait()  # all eight start their first reads together
        return [(m.training_images, m.ui_config, m.inputs) for m in page.models]

    with ThreadPoolExecutor(8) as pool:
        seen = list(pool.map(reader, range(8)))  # an exception in a reader is raised here
    want = [(m.training_images, m.ui_config, m.inputs) for m in expected.models]
    assert all(result == want for result in seen)
    assert page == expected
