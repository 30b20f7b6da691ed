from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelTrainingImagePairsItem")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "sourceId",
        "targetId",
        "instruction",
    )
)


@_attrs_define
class ModelTrainingImagePairsItem:
    source_id: str | Unset = UNSET
    """ The source asset ID (must be a training asset) """
    target_id: str | Unset = UNSET
    """ The target asset ID (must be a training asset) """
    instruction: str | Unset = UNSET
    """ The instruction for the image pair, source to target """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        target_id = self.target_id

        instruction = self.instruction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if target_id is not UNSET:
            field_dict["targetId"] = target_id
        if instruction is not UNSET:
            field_dict["instruction"] = instruction

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
        source_id: str | Unset
        _v = d.get("sourceId")
        if _v is None:
            source_id = UNSET
        elif isinstance(_v, str):
            source_id = _v
        else:
            source_id = UNSET
            bad = _p.note(bad, "sourceId")

        target_id: str | Unset
        _v = d.get("targetId")
        if _v is None:
            target_id = UNSET
        elif isinstance(_v, str):
            target_id = _v
        else:
            target_id = UNSET
            bad = _p.note(bad, "targetId")

        instruction: str | Unset
        _v = d.get("instruction")
        if _v is None:
            instruction = UNSET
        elif isinstance(_v, str):
            instruction = _v
        else:
            instruction = UNSET
            bad = _p.note(bad, "instruction")

        model_training_image_pairs_item = cls(
            source_id=source_id,
            target_id=target_id,
            instruction=instruction,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_training_image_pairs_item.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return model_training_image_pairs_item

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
