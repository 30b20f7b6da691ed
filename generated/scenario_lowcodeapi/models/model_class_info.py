from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_class_info_status import ModelClassInfoStatus
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="ModelClassInfo")


@_attrs_define
class ModelClassInfo:
    """The class of the model"""

    model_id: str
    """ The model ID of the class (example: "stable-diffusion-v1-5") """
    name: str
    """ The class name (example: "Character Design") """
    category: str
    """ The category slug of the class (example: "art-style") """
    thumbnails: list[str]
    """ Some example images URLs to showcase the class """
    prompt: str
    """ The class prompt (example: "a character design") """
    concept_prompt: str
    """ The concept prompt of the class (example: "a sks character design") """
    slug: str
    """ The class slug (example: "art-style-character-design") """
    status: ModelClassInfoStatus
    """ The class status (only published classes are listed, but unpublished classes can still appear in existing
    models) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id: Any = UNSET
        if not isinstance(self.model_id, Unset):
            model_id = self.model_id

        name: Any = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        category: Any = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        thumbnails: Any = UNSET
        if not isinstance(self.thumbnails, Unset):
            thumbnails = self.thumbnails

        prompt: Any = UNSET
        if not isinstance(self.prompt, Unset):
            prompt = self.prompt

        concept_prompt: Any = UNSET
        if not isinstance(self.concept_prompt, Unset):
            concept_prompt = self.concept_prompt

        slug: Any = UNSET
        if not isinstance(self.slug, Unset):
            slug = self.slug

        status: Any = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "name": name,
                "category": category,
                "thumbnails": thumbnails,
                "prompt": prompt,
                "conceptPrompt": concept_prompt,
                "slug": slug,
                "status": status,
            }
        )
        if model_id is UNSET:
            del field_dict["modelId"]
        if name is UNSET:
            del field_dict["name"]
        if category is UNSET:
            del field_dict["category"]
        if thumbnails is UNSET:
            del field_dict["thumbnails"]
        if prompt is UNSET:
            del field_dict["prompt"]
        if concept_prompt is UNSET:
            del field_dict["conceptPrompt"]
        if slug is UNSET:
            del field_dict["slug"]
        if status is UNSET:
            del field_dict["status"]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        model_id = d.pop("modelId", UNSET)

        name = d.pop("name", UNSET)

        category = d.pop("category", UNSET)

        _thumbnails_raw = d.pop("thumbnails", UNSET)
        thumbnails: list[str]
        if isinstance(_thumbnails_raw, Unset):
            thumbnails = missing_required()
        else:
            thumbnails = cast(list[str], _thumbnails_raw)

        prompt = d.pop("prompt", UNSET)

        concept_prompt = d.pop("conceptPrompt", UNSET)

        slug = d.pop("slug", UNSET)

        _status_raw = d.pop("status", UNSET)
        status: ModelClassInfoStatus
        if isinstance(_status_raw, Unset):
            status = missing_required()
        else:
            status = ModelClassInfoStatus(_status_raw)

        model_class_info = cls(
            model_id=model_id,
            name=name,
            category=category,
            thumbnails=thumbnails,
            prompt=prompt,
            concept_prompt=concept_prompt,
            slug=slug,
            status=status,
        )

        model_class_info.additional_properties = d
        return model_class_info

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
