from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingImage")


@_attrs_define
class TrainingImage:
    created_at: str
    """ The training image upload date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    automatic_captioning: str
    """ Automatic captioning of the image """
    download_url: str
    """ The URL of the image """
    name: str
    """ The original file name of the image (example: "my-training-image.jpg") """
    description: str
    """ Description for the image """
    id: str
    """ The training image ID (example: "asset_GTrL3mq4SXWyMxkOHRxlpw") """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        automatic_captioning: Any = UNSET
        if not isinstance(self.automatic_captioning, Unset):
            automatic_captioning = self.automatic_captioning

        download_url: Any = UNSET
        if not isinstance(self.download_url, Unset):
            download_url = self.download_url

        name: Any = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        description: Any = UNSET
        if not isinstance(self.description, Unset):
            description = self.description

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "automaticCaptioning": automatic_captioning,
                "downloadUrl": download_url,
                "name": name,
                "description": description,
                "id": id,
            }
        )
        if created_at is UNSET:
            del field_dict["createdAt"]
        if automatic_captioning is UNSET:
            del field_dict["automaticCaptioning"]
        if download_url is UNSET:
            del field_dict["downloadUrl"]
        if name is UNSET:
            del field_dict["name"]
        if description is UNSET:
            del field_dict["description"]
        if id is UNSET:
            del field_dict["id"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        created_at = d.pop("createdAt", UNSET)

        automatic_captioning = d.pop("automaticCaptioning", UNSET)

        download_url = d.pop("downloadUrl", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        training_image = cls(
            created_at=created_at,
            automatic_captioning=automatic_captioning,
            download_url=download_url,
            name=name,
            description=description,
            id=id,
        )

        training_image.additional_properties = d
        return training_image

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
