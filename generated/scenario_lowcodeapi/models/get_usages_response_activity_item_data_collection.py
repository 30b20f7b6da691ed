from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_thumbnail import ModelThumbnail


T = TypeVar("T", bound="GetUsagesResponseActivityItemDataCollection")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "createdAt",
        "thumbnail",
        "name",
        "assetCount",
        "ownerId",
        "modelCount",
        "itemCount",
        "updatedAt",
    )
)


@_attrs_define
class GetUsagesResponseActivityItemDataCollection:
    """The collection for this action"""

    id: str
    """ The collection ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    created_at: str | Unset = UNSET
    """ The collection creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    thumbnail: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    name: str | Unset = UNSET
    """ The collection name """
    asset_count: float | Unset = UNSET
    owner_id: str | Unset = UNSET
    """ The owner ID (example: "dcf121faaa1a0a0bbbd9ca1b73d62aea") """
    model_count: float | Unset = UNSET
    item_count: float | Unset = UNSET
    updated_at: str | Unset = UNSET
    """ The collection last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        created_at = self.created_at

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        name = self.name

        asset_count = self.asset_count

        owner_id = self.owner_id

        model_count = self.model_count

        item_count = self.item_count

        updated_at = self.updated_at

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
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if name is not UNSET:
            field_dict["name"] = name
        if asset_count is not UNSET:
            field_dict["assetCount"] = asset_count
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if model_count is not UNSET:
            field_dict["modelCount"] = model_count
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

        Nested models are parsed on the first read of their field, from the objects and arrays of
        ``src_dict``: change those only after that read.
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

        thumbnail: Any  # ModelThumbnail | Unset, or the dict as sent: parsed on first read
        _v = d.get("thumbnail")
        if _v is None:
            thumbnail = UNSET
        elif _v.__class__ is dict:
            thumbnail = _v
        elif isinstance(_v, Mapping):
            thumbnail = dict(_v)
        else:
            thumbnail = UNSET
            bad = _p.note(bad, "thumbnail")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        asset_count: float | Unset
        _v = d.get("assetCount")
        if _v is None:
            asset_count = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            asset_count = _v
        else:
            asset_count = UNSET
            bad = _p.note(bad, "assetCount")

        owner_id: str | Unset
        _v = d.get("ownerId")
        if _v is None:
            owner_id = UNSET
        elif isinstance(_v, str):
            owner_id = _v
        else:
            owner_id = UNSET
            bad = _p.note(bad, "ownerId")

        model_count: float | Unset
        _v = d.get("modelCount")
        if _v is None:
            model_count = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            model_count = _v
        else:
            model_count = UNSET
            bad = _p.note(bad, "modelCount")

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

        get_usages_response_activity_item_data_collection = cls(
            id=id,
            created_at=created_at,
            thumbnail=thumbnail,
            name=name,
            asset_count=asset_count,
            owner_id=owner_id,
            model_count=model_count,
            item_count=item_count,
            updated_at=updated_at,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            get_usages_response_activity_item_data_collection.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.model_thumbnail import ModelThumbnail  # noqa: PLC0415

    return {
        "thumbnail": ModelThumbnail.from_dict,
    }


_p.defer(
    GetUsagesResponseActivityItemDataCollection,
    {
        "thumbnail": "dict",
    },
    _deferred_converters,
)
