from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="CopyModelBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "copyExamples",
        "copyAsTrained",
    )
)


@_attrs_define
class CopyModelBody:
    copy_examples: bool | Unset = UNSET
    """ true by default, the example images will be copied """
    copy_as_trained: bool | Unset = UNSET
    """ If set to true, the training data will be copied """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy_examples = self.copy_examples

        copy_as_trained = self.copy_as_trained

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if copy_examples is not UNSET:
            field_dict["copyExamples"] = copy_examples
        if copy_as_trained is not UNSET:
            field_dict["copyAsTrained"] = copy_as_trained

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
        copy_examples: bool | Unset
        _v = d.get("copyExamples")
        if _v is None:
            copy_examples = UNSET
        elif _v.__class__ is bool:
            copy_examples = _v
        else:
            copy_examples = UNSET
            bad = _p.note(bad, "copyExamples")

        copy_as_trained: bool | Unset
        _v = d.get("copyAsTrained")
        if _v is None:
            copy_as_trained = UNSET
        elif _v.__class__ is bool:
            copy_as_trained = _v
        else:
            copy_as_trained = UNSET
            bad = _p.note(bad, "copyAsTrained")

        copy_model_body = cls(
            copy_examples=copy_examples,
            copy_as_trained=copy_as_trained,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            copy_model_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return copy_model_body

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
