from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InferenceImage")


@_attrs_define
class InferenceImage:
    seed: str
    """ The seed used to generate this image """
    id: str
    """ The image ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    url: str
    """ The image URL """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seed: Any = UNSET
        if not isinstance(self.seed, Unset):
            seed = self.seed

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        url: Any = UNSET
        if not isinstance(self.url, Unset):
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seed": seed,
                "id": id,
                "url": url,
            }
        )
        if seed is UNSET:
            del field_dict["seed"]
        if id is UNSET:
            del field_dict["id"]
        if url is UNSET:
            del field_dict["url"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        seed = d.pop("seed", UNSET)

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        inference_image = cls(
            seed=seed,
            id=id,
            url=url,
        )

        inference_image.additional_properties = d
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
