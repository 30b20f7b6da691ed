from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelCategory")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "publishedClassesNumber",
        "slug",
    )
)


@_attrs_define
class ModelCategory:
    name: str | Unset = UNSET
    """ The category name (example: "Art style") """
    published_classes_number: float | Unset = UNSET
    """ The number of published classes within this category. """
    slug: str | Unset = UNSET
    """ The category slug (example: "art-style") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        published_classes_number = self.published_classes_number

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if published_classes_number is not UNSET:
            field_dict["publishedClassesNumber"] = published_classes_number
        if slug is not UNSET:
            field_dict["slug"] = slug

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
        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        published_classes_number: float | Unset
        _v = d.get("publishedClassesNumber")
        if _v is None:
            published_classes_number = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            published_classes_number = _v
        else:
            published_classes_number = UNSET
            bad = _p.note(bad, "publishedClassesNumber")

        slug: str | Unset
        _v = d.get("slug")
        if _v is None:
            slug = UNSET
        elif isinstance(_v, str):
            slug = _v
        else:
            slug = UNSET
            bad = _p.note(bad, "slug")

        model_category = cls(
            name=name,
            published_classes_number=published_classes_number,
            slug=slug,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_category.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
