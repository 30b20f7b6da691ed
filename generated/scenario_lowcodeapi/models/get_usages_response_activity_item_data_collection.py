from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsagesResponseActivityItemDataCollection")


@_attrs_define
class GetUsagesResponseActivityItemDataCollection:
    """The collection for this action"""

    created_at: str
    """ The collection creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    name: str
    """ The collection name """
    asset_count: float
    id: str
    """ The collection ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    owner_id: str
    """ The owner ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    model_count: float
    item_count: float
    updated_at: str
    """ The collection last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    thumbnail: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        name: Any = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        asset_count: Any = UNSET
        if not isinstance(self.asset_count, Unset):
            asset_count = self.asset_count

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        owner_id: Any = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = self.owner_id

        model_count: Any = UNSET
        if not isinstance(self.model_count, Unset):
            model_count = self.model_count

        item_count: Any = UNSET
        if not isinstance(self.item_count, Unset):
            item_count = self.item_count

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "name": name,
                "assetCount": asset_count,
                "id": id,
                "ownerId": owner_id,
                "modelCount": model_count,
                "itemCount": item_count,
                "updatedAt": updated_at,
            }
        )
        if created_at is UNSET:
            del field_dict["createdAt"]
        if name is UNSET:
            del field_dict["name"]
        if asset_count is UNSET:
            del field_dict["assetCount"]
        if id is UNSET:
            del field_dict["id"]
        if owner_id is UNSET:
            del field_dict["ownerId"]
        if model_count is UNSET:
            del field_dict["modelCount"]
        if item_count is UNSET:
            del field_dict["itemCount"]
        if updated_at is UNSET:
            del field_dict["updatedAt"]
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        created_at = d.pop("createdAt", UNSET)

        name = d.pop("name", UNSET)

        asset_count = d.pop("assetCount", UNSET)

        id = d.pop("id", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        model_count = d.pop("modelCount", UNSET)

        item_count = d.pop("itemCount", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: ModelThumbnail | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = ModelThumbnail.from_dict(_thumbnail)

        get_usages_response_activity_item_data_collection = cls(
            created_at=created_at,
            name=name,
            asset_count=asset_count,
            id=id,
            owner_id=owner_id,
            model_count=model_count,
            item_count=item_count,
            updated_at=updated_at,
            thumbnail=thumbnail,
        )

        get_usages_response_activity_item_data_collection.additional_properties = d
        return get_usages_response_activity_item_data_collection

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
from ..models.model_thumbnail import ModelThumbnail
