from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveBackgroundBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "backgroundColor",
        "data",
        "format",
    )
)


@_attrs_define
class RemoveBackgroundBody:
    background_color: str | Unset = UNSET
    """ The background color as an hexadecimal code """
    data: str | Unset = UNSET
    """ The input image as a data URL """
    format_: str | Unset = UNSET
    """ The output format """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background_color = self.background_color

        data = self.data

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_color is not UNSET:
            field_dict["backgroundColor"] = background_color
        if data is not UNSET:
            field_dict["data"] = data
        if format_ is not UNSET:
            field_dict["format"] = format_

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
        background_color: str | Unset
        _v = d.get("backgroundColor")
        if _v is None:
            background_color = UNSET
        elif isinstance(_v, str):
            background_color = _v
        else:
            background_color = UNSET
            bad = _p.note(bad, "backgroundColor")

        data: str | Unset
        _v = d.get("data")
        if _v is None:
            data = UNSET
        elif isinstance(_v, str):
            data = _v
        else:
            data = UNSET
            bad = _p.note(bad, "data")

        format_: str | Unset
        _v = d.get("format")
        if _v is None:
            format_ = UNSET
        elif isinstance(_v, str):
            format_ = _v
        else:
            format_ = UNSET
            bad = _p.note(bad, "format")

        remove_background_body = cls(
            background_color=background_color,
            data=data,
            format_=format_,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            remove_background_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return remove_background_body

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
