from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelCategory")


@_attrs_define
class ModelCategory:
    name: str
    """ The category name (example: "Art style") """
    published_classes_number: float
    """ The number of published classes within this category. """
    slug: str
    """ The category slug (example: "art-style") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: Any = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        published_classes_number: Any = UNSET
        if not isinstance(self.published_classes_number, Unset):
            published_classes_number = self.published_classes_number

        slug: Any = UNSET
        if not isinstance(self.slug, Unset):
            slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "publishedClassesNumber": published_classes_number,
                "slug": slug,
            }
        )
        if name is UNSET:
            del field_dict["name"]
        if published_classes_number is UNSET:
            del field_dict["publishedClassesNumber"]
        if slug is UNSET:
            del field_dict["slug"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        name = d.pop("name", UNSET)

        published_classes_number = d.pop("publishedClassesNumber", UNSET)

        slug = d.pop("slug", UNSET)

        model_category = cls(
            name=name,
            published_classes_number=published_classes_number,
            slug=slug,
        )

        model_category.additional_properties = d
        return model_category

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
