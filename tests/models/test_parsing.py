"""The model layer's parsing rules (codegen/runtime/_parsing.py and the from_dict the templates generate)."""

from __future__ import annotations

import json
from typing import Any

import pytest

import scenario_lowcodeapi.models as models
from scenario_lowcodeapi import _parsing as p
from scenario_lowcodeapi._response import parse_model
from scenario_lowcodeapi.errors import ResponseDecodeError
from scenario_lowcodeapi.models import (
    GetModelsByModelIdResponse,
    GetModelsResponse,
    Inference,
    InferenceStatus,
    Model,
    ModelPrivacy,
    ModelStatus,
    PostModelsInferencesByModelIdResponse,
)
from scenario_lowcodeapi.types import UNSET, PayloadError, Unset
from tests.models.common import ROOTS, response
from tests.payloads import complete

# --- exact for valid data --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ROOTS)
def test_complete_payloads_round_trip_exactly(name: str) -> None:
    payload = complete(name)
    parsed = getattr(models, name).from_dict(payload)
    assert parsed.to_dict() == payload


def test_every_root_response_is_checked() -> None:
    assert len(ROOTS) >= 26  # one per operation's 200 response (the three image edits share one)


# --- forward compatibility --------------------------------------------------------------------------------


def test_unknown_enum_value_unknown_field_and_null_as_absent() -> None:
    model = Model.from_dict({"id": "m", "status": "hibernating", "brandNew": {"a": 1}, "name": None})
    assert isinstance(model.status, ModelStatus) and model.status.is_unknown and model.status == "hibernating"
    assert model.additional_properties == {"brandNew": {"a": 1}}
    assert model.name is UNSET
    assert "name" not in model.to_dict()


def test_known_enum_values_are_the_members_themselves() -> None:
    assert Model.from_dict({"id": "m", "status": "trained"}).status is ModelStatus.TRAINED
    assert not ModelStatus.TRAINED.is_unknown


def test_enum_lookup_does_not_go_through_enum_call(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    original = ModelStatus._missing_

    def spy(value: object) -> Any:
        calls.append(value)
        return original(value)

    monkeypatch.setattr(ModelStatus, "_missing_", spy)
    Model.from_dict({"id": "m", "status": "trained"})
    assert calls == []
    Model.from_dict({"id": "m", "status": "later-value"})
    assert calls == ["later-value"]


def test_additional_properties_only_unknown_keys_and_safe_to_mutate_per_instance() -> None:
    a = Model.from_dict({"id": "a", "name": "x"})
    b = Model.from_dict({"id": "b", "name": "y"})
    assert a.additional_properties == {} and b.additional_properties == {}
    assert a.additional_properties is not b.additional_properties
    a["mine"] = 1
    assert "mine" not in b and b.additional_properties == {}
    c = Model.from_dict({"id": "c", "zzz": 1, "name": "n"})
    assert c.additional_properties == {"zzz": 1}


def test_source_dict_is_not_modified() -> None:
    payload = complete("GetModelsByModelIdResponse")
    before = json.dumps(payload, sort_keys=True)
    GetModelsByModelIdResponse.from_dict(payload)
    assert json.dumps(payload, sort_keys=True) == before


# --- tolerance ---------------------------------------------------------------------------------------------


def test_wrong_type_keeps_the_raw_value_and_leaves_the_field_unset() -> None:
    model = Model.from_dict({"id": "m", "name": 42, "trainingImagesNumber": "12", "tags": {"a": 1}, "status": 3})
    assert not model.name and not model.training_images_number and not model.tags and not model.status
    assert model.additional_properties == {"name": 42, "trainingImagesNumber": "12", "tags": {"a": 1}, "status": 3}
    # and it goes back out as it came in
    assert model.to_dict() == {
        "id": "m",
        "name": 42,
        "trainingImagesNumber": "12",
        "tags": {"a": 1},
        "status": 3,
        "privacy": "private",
    }


def test_booleans_are_not_numbers_and_numbers_not_booleans() -> None:
    model = Model.from_dict({"id": "m", "trainingImagesNumber": True, "custom": 1})
    assert model.additional_properties == {"trainingImagesNumber": True, "custom": 1}


def test_field_with_a_default_gets_it_when_absent_null_or_unusable() -> None:
    assert Model.from_dict({"id": "m"}).privacy is ModelPrivacy.PRIVATE
    assert Model.from_dict({"id": "m", "privacy": None}).privacy is ModelPrivacy.PRIVATE
    odd = Model.from_dict({"id": "m", "privacy": ["public"]})
    assert odd.privacy is ModelPrivacy.PRIVATE and odd.additional_properties == {"privacy": ["public"]}
    assert Model.from_dict({"id": "m", "privacy": "public"}).privacy is ModelPrivacy.PUBLIC


def test_array_elements_null_or_unusable_are_skipped() -> None:
    page = GetModelsResponse.from_dict(
        {"models": [None, {"id": "a"}, {"name": "no id"}, "text", 7, [], {"id": 5}, {"id": "b"}]}
    )
    assert [m.id for m in page.models] == ["a", "b"]
    inference = Inference.from_dict({"id": "i", "images": [None, {"id": "img", "url": "u"}, {"url": "no id"}]})
    assert not isinstance(inference.images, Unset)
    assert [i.id for i in inference.images] == ["img"]


def test_missing_guaranteed_array_is_empty() -> None:
    assert GetModelsResponse.from_dict({}).models == []
    assert GetModelsResponse.from_dict({"models": None}).models == []


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "model: missing"),
        ({"model": None}, "model: missing"),
        ({"model": {"name": "x"}}, "model.id: missing"),
        ({"model": {"id": 3}}, "model.id: expected a string, got a number"),
        ({"model": ["x"]}, "model: expected an object, got an array"),
        (
            {"model": "x" * 100},
            "model: expected an object, got the string 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'",
        ),
    ],
)
def test_guaranteed_field_missing_or_unusable_names_its_path(payload: Any, message: str) -> None:
    with pytest.raises(p.PayloadError) as info:
        GetModelsByModelIdResponse.from_dict(payload)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, PayloadError)  # the public name


def test_nested_guaranteed_paths_through_the_parse_entry_point() -> None:
    with pytest.raises(ResponseDecodeError) as info:
        parse_model(
            response({"inference": {"status": "queued"}, "job": {"jobId": "j"}}),
            PostModelsInferencesByModelIdResponse.from_dict,
        )
    text = str(info.value)
    assert text.startswith("cannot read the payload as PostModelsInferencesByModelIdResponse: inference.id: missing")
    assert "\n" not in text and "at_secret_token" not in text
    with pytest.raises(ResponseDecodeError, match=r"job: missing"):
        parse_model(response({"inference": {"id": "i"}}), PostModelsInferencesByModelIdResponse.from_dict)


def test_payload_error_path_rendering() -> None:
    err = p.PayloadError("missing", "status").at(3).at("models")
    assert err.path == "models[3].status" and str(err) == "models[3].status: missing"
    assert str(p.PayloadError("expected an object, got an array")) == "expected an object, got an array"


def test_parse_model_turns_every_failure_into_response_decode_error() -> None:
    for payload in ([1, 2], "text", 3, None):
        with pytest.raises(ResponseDecodeError):
            parse_model(response(payload), GetModelsResponse.from_dict)

    def boom(_: Any) -> Any:
        raise RecursionError("maximum recursion depth exceeded")

    with pytest.raises(ResponseDecodeError, match="RecursionError"):
        parse_model(response({}), boom)


def test_json_nested_200k_deep_is_a_response_decode_error_without_a_model_too() -> None:
    """``parse_json``: what an operation without a response model returns (bytes or the unwrapped JSON)."""
    from scenario_lowcodeapi._response import parse_json

    deep = b'{"data": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    with pytest.raises(ResponseDecodeError, match="nested too deeply"):
        parse_json(response(None, raw=deep))
    assert parse_json(response(None, raw=b'{"data": [[1]]}')) == [[1]]


def test_json_nested_200k_deep_is_a_response_decode_error() -> None:
    deep = b'{"data": {"models": ' + b"[" * 200_000 + b"]" * 200_000 + b"}}"
    with pytest.raises(ResponseDecodeError, match="nested too deeply") as info:
        parse_model(response(None, raw=deep), GetModelsResponse.from_dict)
    assert "at_secret_token" not in str(info.value)


# --- runtime helpers ---------------------------------------------------------------------------------------


def test_converters() -> None:
    assert p.as_str("x") == "x" and p.as_number(2) == 2 and p.as_number(2.5) == 2.5 and p.as_int(3) == 3
    assert p.as_bool(False) is False and p.as_list([None]) == [None] and p.as_object({"a": None}) == {"a": None}
    for fn, bad in (
        (p.as_str, 1),
        (p.as_number, True),
        (p.as_number, "1"),
        (p.as_int, 1.0),
        (p.as_bool, 0),
        (p.as_list, {}),
        (p.as_object, []),
    ):
        with pytest.raises(p.PayloadError):
            fn(bad)
    assert p.parse_list([1, None, "x", 2.5], p.as_number) == [1, 2.5]
    assert p.list_of(p.as_str) is p.list_of(p.as_str)
    assert p.parse_list([["a", 1], None, "no"], p.list_of(p.as_str)) == [["a"]]
    assert p.enum_member(InferenceStatus, "succeeded") is InferenceStatus.SUCCEEDED
    assert p.enum_member(InferenceStatus, "new-one").is_unknown
    with pytest.raises(p.PayloadError):
        p.enum_member(InferenceStatus, ["succeeded"])
    assert p.convert_values({"a": "x", "b": 1}, p.as_str) == {"a": "x"}
    assert p.leftovers({"a": 1, "b": None, "k": 2}, frozenset({"k"}), None) == {"a": 1}
    assert p.leftovers({"a": 1, "k": 2}, frozenset({"k"}), ["k"]) == {"a": 1, "k": 2}


def test_readme_error_message() -> None:
    with pytest.raises(ResponseDecodeError) as info:
        parse_model(response({"model": {"name": "x"}}), GetModelsByModelIdResponse.from_dict)
    assert info.value.message == "cannot read the payload as GetModelsByModelIdResponse: model.id: missing"


class CountingDict(dict[str, Any]):
    """A payload that records how from_dict reads it."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.reads: list[str] = []

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self.reads.append(key)
        return super().get(key, default)

    def pop(self, *args: Any) -> Any:
        raise AssertionError("from_dict must not pop")

    def copy(self) -> dict[str, Any]:
        raise AssertionError("from_dict must not copy")


def test_each_field_is_read_once_without_copy_or_pop() -> None:
    payload = CountingDict(complete("GetModelsByModelIdResponse")["model"])
    model = Model.from_dict(payload)
    assert sorted(payload.reads) == sorted(set(payload.reads))
    assert set(payload) <= set(payload.reads)
    assert model.to_dict() == dict(payload)


def test_typed_additional_properties_keep_readable_values_only() -> None:
    from scenario_lowcodeapi.models import ModelUiConfigSelects, ModelUiConfigSelectsAdditionalProperty

    selects = ModelUiConfigSelects.from_dict({"a": {"x": 1}, "b": "junk", "c": None, "d": [1]})
    assert list(selects.additional_properties) == ["a"]
    assert isinstance(selects["a"], ModelUiConfigSelectsAdditionalProperty) and selects["a"]["x"] == 1
    assert selects.to_dict() == {"a": {"x": 1}}


def test_untyped_additional_properties_are_the_raw_values() -> None:
    page = GetModelsResponse.from_dict({"models": [], "extra": {"k": [1, None]}, "n": None})
    assert page.additional_properties == {"extra": {"k": [1, None]}}


def test_a_skipped_element_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("DEBUG", logger="scenario_lowcodeapi"):
        page = GetModelsResponse.from_dict({"models": [{"id": "a"}, None, {"name": "no id"}]})
    assert [m.id for m in page.models] == ["a"]
    lines = [r.getMessage() for r in caplog.records if r.name == "scenario_lowcodeapi"]
    assert lines == ["skipped an array element Scenario sent: [2].id: missing"]


def test_unknown_enum_values_do_not_grow_the_lookup_table() -> None:
    before = dict(ModelStatus._value2member_map_)
    for i in range(200):
        assert p.enum_member(ModelStatus, f"hostile-{i}").is_unknown
    assert ModelStatus._value2member_map_ == before
