from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.add_training_image_body_preset import AddTrainingImageBodyPreset
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddTrainingImageBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "data",
        "assetId",
        "name",
        "assetIds",
        "preset",
    )
)


@_attrs_define
class AddTrainingImageBody:
    data: str | Unset = UNSET
    """ The training image as a data URL (example: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HA
    wCAAAAC0lEQVQYV2NgYAAAAAMAAWgmWQ0AAAAASUVORK5CYII=") """
    asset_id: str | Unset = UNSET
    """ The asset ID to use as a training image (example: "asset_GTrL3mq4SXWyMxkOHRxlpw"). If provided, "data" and
    "name" parameters will be ignored. """
    name: str | Unset = UNSET
    """ The original file name of the image (example: "my-training-image.jpg") """
    asset_ids: list[str] | Unset = UNSET
    """ The asset IDs to use as training images (example: ["asset_GTrL3mq4SXWyMxkOHRxlpw",
    "asset_GTrL3mq4SXWyMxkOHRxlpw"])
    Used in batch mode, up to 10 asset IDs are allowed. Cannot be used with "assetId" or "data" and "name"
    parameters. """
    preset: AddTrainingImageBodyPreset | Unset = UNSET
    """ The preset to use for training images """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        asset_id = self.asset_id

        name = self.name

        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = str(self.preset)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if asset_id is not UNSET:
            field_dict["assetId"] = asset_id
        if name is not UNSET:
            field_dict["name"] = name
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if preset is not UNSET:
            field_dict["preset"] = preset

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
        data: str | Unset
        _v = d.get("data")
        if _v is None:
            data = UNSET
        elif isinstance(_v, str):
            data = _v
        else:
            data = UNSET
            bad = _p.note(bad, "data")

        asset_id: str | Unset
        _v = d.get("assetId")
        if _v is None:
            asset_id = UNSET
        elif isinstance(_v, str):
            asset_id = _v
        else:
            asset_id = UNSET
            bad = _p.note(bad, "assetId")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        asset_ids: list[str] | Unset
        _v = d.get("assetIds")
        if _v is None:
            asset_ids = UNSET
        else:
            try:
                asset_ids = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                asset_ids = UNSET
                bad = _p.note(bad, "assetIds")

        preset: AddTrainingImageBodyPreset | Unset
        _v = d.get("preset")
        if _v is None:
            preset = UNSET
        else:
            try:
                preset = _p.enum_member(AddTrainingImageBodyPreset, _v)
            except _p.PayloadError:
                preset = UNSET
                bad = _p.note(bad, "preset")

        add_training_image_body = cls(
            data=data,
            asset_id=asset_id,
            name=name,
            asset_ids=asset_ids,
            preset=preset,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            add_training_image_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return add_training_image_body

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
