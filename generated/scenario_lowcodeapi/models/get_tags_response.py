from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="GetTagsResponse")


@_attrs_define
class GetTagsResponse:
    tags: list[Tag]
    next_pagination_token: str | Unset = UNSET
    """ A token to query the next page of tags """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: Any = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        next_pagination_token = self.next_pagination_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )
        if tags is UNSET:
            del field_dict["tags"]
        if next_pagination_token is not UNSET:
            field_dict["nextPaginationToken"] = next_pagination_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _tags_raw = d.pop("tags", UNSET)
        tags: list[Tag]
        if isinstance(_tags_raw, Unset):
            tags = missing_required()
        else:
            tags = []
            _tags = _tags_raw
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

        next_pagination_token = d.pop("nextPaginationToken", UNSET)

        get_tags_response = cls(
            tags=tags,
            next_pagination_token=next_pagination_token,
        )

        get_tags_response.additional_properties = d
        return get_tags_response

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
from ..models.tag import Tag
