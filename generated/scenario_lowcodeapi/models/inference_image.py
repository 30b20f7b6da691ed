from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceImage")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "id",
        "seed",
        "url",
    )
)


@_attrs_define
class InferenceImage:
    id: str
    """ The image ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    seed: str | Unset = UNSET
    """ The seed used to generate this image """
    url: str | Unset = UNSET
    """ The image URL """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        seed = self.seed

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if id is UNSET:
            del field_dict["id"]
        if seed is not UNSET:
            field_dict["seed"] = seed
        if url is not UNSET:
            field_dict["url"] = url

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
        id: str
        _v = d.get("id")
        if _v is None:
            raise _p.missing("id")
        elif isinstance(_v, str):
            id = _v
        else:
            raise _p.wrong("id", _v, "a string")

        seed: str | Unset
        _v = d.get("seed")
        if _v is None:
            seed = UNSET
        elif isinstance(_v, str):
            seed = _v
        else:
            seed = UNSET
            bad = _p.note(bad, "seed")

        url: str | Unset
        _v = d.get("url")
        if _v is None:
            url = UNSET
        elif isinstance(_v, str):
            url = _v
        else:
            url = UNSET
            bad = _p.note(bad, "url")

        inference_image = cls(
            id=id,
            seed=seed,
            url=url,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            inference_image.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return inference_image

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
