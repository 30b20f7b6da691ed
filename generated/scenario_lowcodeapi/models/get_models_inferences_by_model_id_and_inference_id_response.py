from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelsInferencesByModelIdAndInferenceIdResponse")


_KNOWN_KEYS: frozenset[str] = frozenset(("inference",))


@_attrs_define
class GetModelsInferencesByModelIdAndInferenceIdResponse:
    inference: Inference
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inference: Any = UNSET
        if not isinstance(self.inference, Unset):
            inference = self.inference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inference": inference,
            }
        )
        if inference is UNSET:
            del field_dict["inference"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        inference: Inference
        _v = d.get("inference")
        if _v is None:
            raise _p.missing("inference")
        else:
            try:
                inference = Inference.from_dict(_v)
            except _p.PayloadError as error:
                raise error.at("inference") from None

        get_models_inferences_by_model_id_and_inference_id_response = cls(
            inference=inference,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_models_inferences_by_model_id_and_inference_id_response.additional_properties = _p.leftovers(
                d, _KNOWN_KEYS, bad
            )
        return get_models_inferences_by_model_id_and_inference_id_response

    def __repr__(self) -> str:
        from .._model_repr import model_repr  # noqa: PLC0415

        return model_repr(self)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: models refer to each other, and importing here breaks the cycle without
# paying for a function-level import on every from_dict()/to_dict() call.
from ..models.inference import Inference
