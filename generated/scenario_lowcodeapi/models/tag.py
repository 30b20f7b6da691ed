from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Tag")


@_attrs_define
class Tag:
    created_at: str
    """ The tag creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    owner_id: str
    """ The owner ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    tag_name: str
    """ The tag name """
    item_count: float
    """ The number of items that have this tag """
    updated_at: str
    """ The tag last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        owner_id: Any = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = self.owner_id

        tag_name: Any = UNSET
        if not isinstance(self.tag_name, Unset):
            tag_name = self.tag_name

        item_count: Any = UNSET
        if not isinstance(self.item_count, Unset):
            item_count = self.item_count

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "ownerId": owner_id,
                "tagName": tag_name,
                "itemCount": item_count,
                "updatedAt": updated_at,
            }
        )
        if created_at is UNSET:
            del field_dict["createdAt"]
        if owner_id is UNSET:
            del field_dict["ownerId"]
        if tag_name is UNSET:
            del field_dict["tagName"]
        if item_count is UNSET:
            del field_dict["itemCount"]
        if updated_at is UNSET:
            del field_dict["updatedAt"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        created_at = d.pop("createdAt", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        tag_name = d.pop("tagName", UNSET)

        item_count = d.pop("itemCount", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        tag = cls(
            created_at=created_at,
            owner_id=owner_id,
            tag_name=tag_name,
            item_count=item_count,
            updated_at=updated_at,
        )

        tag.additional_properties = d
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
