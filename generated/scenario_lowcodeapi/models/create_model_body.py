from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModelBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "name",
        "classSlug",
    )
)


@_attrs_define
class CreateModelBody:
    name: str | Unset = UNSET
    """ The name of your model """
    class_slug: str | Unset = UNSET
    """ The slug of the class you want to use """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        class_slug = self.class_slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if class_slug is not UNSET:
            field_dict["classSlug"] = class_slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled."""
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

        class_slug: str | Unset
        _v = d.get("classSlug")
        if _v is None:
            class_slug = UNSET
        elif isinstance(_v, str):
            class_slug = _v
        else:
            class_slug = UNSET
            bad = _p.note(bad, "classSlug")

        create_model_body = cls(
            name=name,
            class_slug=class_slug,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            create_model_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return create_model_body

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
