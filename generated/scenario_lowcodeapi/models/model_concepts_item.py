from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="ModelConceptsItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "modelId",
        "scale",
        "modelEpoch",
    )
)


@_attrs_define
class ModelConceptsItem:
    model_id: str
    """ The model ID (example: "model_eyVcnFJcR92BxBkz7N6g5w") """
    scale: float
    """ The scale of the model (example: 1.0)
    For Flux Kontext Prompt Editing, the scale is between 0 and 2. """
    model_epoch: str | Unset = UNSET
    """ The epoch of the model (example: "000001")
    Only available for Flux Lora Trained models """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id: Any = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        scale: Any = UNSET
        if not isinstance(self.scale, Unset):
            scale = self.scale

        model_epoch = self.model_epoch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "scale": scale,
            }
        )
        if model_id is UNSET:
            del field_dict["modelId"]
        if scale is UNSET:
            del field_dict["scale"]
        if model_epoch is not UNSET:
            field_dict["modelEpoch"] = model_epoch

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
        model_id: str
        _v = d.get("modelId")
        if _v is None:
            model_id = missing_required()
        elif isinstance(_v, str):
            model_id = _v
        else:
            model_id = missing_required()
            bad = _p.note(bad, "modelId")

        scale: float
        _v = d.get("scale")
        if _v is None:
            scale = missing_required()
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            scale = _v
        else:
            scale = missing_required()
            bad = _p.note(bad, "scale")

        model_epoch: str | Unset
        _v = d.get("modelEpoch")
        if _v is None:
            model_epoch = UNSET
        elif isinstance(_v, str):
            model_epoch = _v
        else:
            model_epoch = UNSET
            bad = _p.note(bad, "modelEpoch")

        model_concepts_item = cls(
            model_id=model_id,
            scale=scale,
            model_epoch=model_epoch,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_concepts_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return model_concepts_item

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
