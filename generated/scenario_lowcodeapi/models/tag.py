from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "createdAt",
        "ownerId",
        "tagName",
        "itemCount",
        "updatedAt",
    )
)


@_attrs_define
class Tag:
    created_at: str | Unset = UNSET
    """ The tag creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    owner_id: str | Unset = UNSET
    """ The owner ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    tag_name: str | Unset = UNSET
    """ The tag name """
    item_count: float | Unset = UNSET
    """ The number of items that have this tag """
    updated_at: str | Unset = UNSET
    """ The tag last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        owner_id = self.owner_id

        tag_name = self.tag_name

        item_count = self.item_count

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if tag_name is not UNSET:
            field_dict["tagName"] = tag_name
        if item_count is not UNSET:
            field_dict["itemCount"] = item_count
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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
        created_at: str | Unset
        _v = d.get("createdAt")
        if _v is None:
            created_at = UNSET
        elif isinstance(_v, str):
            created_at = _v
        else:
            created_at = UNSET
            bad = _p.note(bad, "createdAt")

        owner_id: str | Unset
        _v = d.get("ownerId")
        if _v is None:
            owner_id = UNSET
        elif isinstance(_v, str):
            owner_id = _v
        else:
            owner_id = UNSET
            bad = _p.note(bad, "ownerId")

        tag_name: str | Unset
        _v = d.get("tagName")
        if _v is None:
            tag_name = UNSET
        elif isinstance(_v, str):
            tag_name = _v
        else:
            tag_name = UNSET
            bad = _p.note(bad, "tagName")

        item_count: float | Unset
        _v = d.get("itemCount")
        if _v is None:
            item_count = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            item_count = _v
        else:
            item_count = UNSET
            bad = _p.note(bad, "itemCount")

        updated_at: str | Unset
        _v = d.get("updatedAt")
        if _v is None:
            updated_at = UNSET
        elif isinstance(_v, str):
            updated_at = _v
        else:
            updated_at = UNSET
            bad = _p.note(bad, "updatedAt")

        tag = cls(
            created_at=created_at,
            owner_id=owner_id,
            tag_name=tag_name,
            item_count=item_count,
            updated_at=updated_at,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            tag.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return tag

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
