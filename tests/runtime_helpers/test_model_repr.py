"""model_repr: a generated model's repr is one short line of the fields that are set, whatever the payload."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_lowcodeapi._model_repr import MAX_STR, model_repr
from scenario_lowcodeapi.models import GetModelsByModelIdResponse, Inference, Model

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=200),
    lambda children: st.lists(children, max_size=8) | st.dictionaries(st.text(max_size=10), children, max_size=8),
    max_leaves=60,
)


def test_only_set_fields_id_first_and_status_as_its_value() -> None:
    model = Model.from_dict({"name": "fox", "status": "trained", "id": "model_1"})
    assert (
        repr(model) == "Model(id='model_1', name='fox', status='trained', privacy='private')"
    )  # privacy: Scenario's documented default
    assert repr(Inference.from_dict({"id": "i"})) == "Inference(id='i')"  # only the guaranteed id: no crash


def test_long_values_are_cut_with_their_size() -> None:
    model = Model.from_dict({"id": "m", "name": "n" * 10_000, "tags": ["t"] * 500, "newField": {"k": "v" * 999}})
    text = repr(model)
    assert "<10000 chars>" in text and "<500 items>" in text and "<999 chars>" in text
    assert "n" * (MAX_STR + 1) not in text and len(text) < 400
    assert "additional_properties={'newField': " in text


def test_models_in_lists_show_only_what_identifies_them() -> None:
    inference = Inference.from_dict(
        {
            "id": "inf_1",
            "status": "succeeded",
            "images": [{"id": f"asset_{i}", "url": "https://cdn/x" * 20} for i in range(9)],
        }
    )
    text = repr(inference)
    assert text.startswith("Inference(id='inf_1', status='succeeded', images=[InferenceImage(id='asset_0', ...), ")
    assert "<9 items>" in text and "cdn" not in text


def test_nested_models_and_deep_json_stay_short() -> None:
    deep: object = "leaf"
    for _ in range(sys.getrecursionlimit() // 4):
        deep = [deep]
    wrapped = GetModelsByModelIdResponse.from_dict({"model": {"id": "m", "deep": deep}})
    text = repr(wrapped)
    assert text.startswith("GetModelsByModelIdResponse(model=Model(id='m', privacy='private', additional_properties=")
    assert "[...<1 items>]" in text and len(text) < 300


@settings(max_examples=40, deadline=None)
@given(payload=st.dictionaries(st.sampled_from(["id", "name", "status", "tags", "extra", "parameters"]), JSON))
def test_any_payload_gives_one_bounded_line(payload: dict[str, object]) -> None:
    try:
        model = Model.from_dict(payload)
    except (TypeError, ValueError, AttributeError, KeyError):
        return  # from_dict refusing a payload is not repr's concern
    text = model_repr(model)
    assert "\n" not in text
    assert len(text) < 5_000 and text.startswith("Model(")
