from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingImage")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "createdAt",
        "automaticCaptioning",
        "downloadUrl",
        "name",
        "description",
    )
)


@_attrs_define
class TrainingImage:
    id: str
    """ The training image ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    created_at: str | Unset = UNSET
    """ The training image upload date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    automatic_captioning: str | Unset = UNSET
    """ Automatic captioning of the image """
    download_url: str | Unset = UNSET
    """ The URL of the image """
    name: str | Unset = UNSET
    """ The original file name of the image (example: "my-training-image.jpg") """
    description: str | Unset = UNSET
    """ Description for the image """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        created_at = self.created_at

        automatic_captioning = self.automatic_captioning

        download_url = self.download_url

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if id is UNSET:
            del field_dict["id"]
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if automatic_captioning is not UNSET:
            field_dict["automaticCaptioning"] = automatic_captioning
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

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
        id: str
        _v = d.get("id")
        if _v is None:
            raise _p.missing("id")
        elif isinstance(_v, str):
            id = _v
        else:
            raise _p.wrong("id", _v, "a string")

        created_at: str | Unset
        _v = d.get("createdAt")
        if _v is None:
            created_at = UNSET
        elif isinstance(_v, str):
            created_at = _v
        else:
            created_at = UNSET
            bad = _p.note(bad, "createdAt")

        automatic_captioning: str | Unset
        _v = d.get("automaticCaptioning")
        if _v is None:
            automatic_captioning = UNSET
        elif isinstance(_v, str):
            automatic_captioning = _v
        else:
            automatic_captioning = UNSET
            bad = _p.note(bad, "automaticCaptioning")

        download_url: str | Unset
        _v = d.get("downloadUrl")
        if _v is None:
            download_url = UNSET
        elif isinstance(_v, str):
            download_url = _v
        else:
            download_url = UNSET
            bad = _p.note(bad, "downloadUrl")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        description: str | Unset
        _v = d.get("description")
        if _v is None:
            description = UNSET
        elif isinstance(_v, str):
            description = _v
        else:
            description = UNSET
            bad = _p.note(bad, "description")

        training_image = cls(
            id=id,
            created_at=created_at,
            automatic_captioning=automatic_captioning,
            download_url=download_url,
            name=name,
            description=description,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            training_image.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return training_image

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
