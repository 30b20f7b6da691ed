from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.model_class_info_status import ModelClassInfoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelClassInfo")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "modelId",
        "name",
        "category",
        "thumbnails",
        "prompt",
        "conceptPrompt",
        "slug",
        "status",
    )
)


@_attrs_define
class ModelClassInfo:
    """The class of the model"""

    model_id: str | Unset = UNSET
    """ The model ID of the class (example: "stable-diffusion-v1-5") """
    name: str | Unset = UNSET
    """ The class name (example: "Character Design") """
    category: str | Unset = UNSET
    """ The category slug of the class (example: "art-style") """
    thumbnails: list[str] | Unset = UNSET
    """ Some example images URLs to showcase the class """
    prompt: str | Unset = UNSET
    """ The class prompt (example: "a character design") """
    concept_prompt: str | Unset = UNSET
    """ The concept prompt of the class (example: "a sks character design") """
    slug: str | Unset = UNSET
    """ The class slug (example: "art-style-character-design") """
    status: ModelClassInfoStatus | Unset = UNSET
    """ The class status (only published classes are listed, but unpublished classes can still appear in existing
    models) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        name = self.name

        category = self.category

        thumbnails: list[str] | Unset = UNSET
        if not isinstance(self.thumbnails, Unset):
            thumbnails = self.thumbnails

        prompt = self.prompt

        concept_prompt = self.concept_prompt

        slug = self.slug

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if thumbnails is not UNSET:
            field_dict["thumbnails"] = thumbnails
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if concept_prompt is not UNSET:
            field_dict["conceptPrompt"] = concept_prompt
        if slug is not UNSET:
            field_dict["slug"] = slug
        if status is not UNSET:
            field_dict["status"] = status

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
        model_id: str | Unset
        _v = d.get("modelId")
        if _v is None:
            model_id = UNSET
        elif isinstance(_v, str):
            model_id = _v
        else:
            model_id = UNSET
            bad = _p.note(bad, "modelId")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        category: str | Unset
        _v = d.get("category")
        if _v is None:
            category = UNSET
        elif isinstance(_v, str):
            category = _v
        else:
            category = UNSET
            bad = _p.note(bad, "category")

        thumbnails: list[str] | Unset
        _v = d.get("thumbnails")
        if _v is None:
            thumbnails = UNSET
        else:
            try:
                thumbnails = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                thumbnails = UNSET
                bad = _p.note(bad, "thumbnails")

        prompt: str | Unset
        _v = d.get("prompt")
        if _v is None:
            prompt = UNSET
        elif isinstance(_v, str):
            prompt = _v
        else:
            prompt = UNSET
            bad = _p.note(bad, "prompt")

        concept_prompt: str | Unset
        _v = d.get("conceptPrompt")
        if _v is None:
            concept_prompt = UNSET
        elif isinstance(_v, str):
            concept_prompt = _v
        else:
            concept_prompt = UNSET
            bad = _p.note(bad, "conceptPrompt")

        slug: str | Unset
        _v = d.get("slug")
        if _v is None:
            slug = UNSET
        elif isinstance(_v, str):
            slug = _v
        else:
            slug = UNSET
            bad = _p.note(bad, "slug")

        status: ModelClassInfoStatus | Unset
        _v = d.get("status")
        if _v is None:
            status = UNSET
        else:
            try:
                status = _p.enum_member(ModelClassInfoStatus, _v)
            except _p.PayloadError:
                status = UNSET
                bad = _p.note(bad, "status")

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
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model_class_info.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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
