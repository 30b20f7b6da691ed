from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_model_body_type import CreateModelBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModelBody")


@_attrs_define
class CreateModelBody:
    concepts: list[ModelConceptsItem] | Unset = UNSET
    """ The concepts is required for composition models. With one or more loras

    Only applicable to Flux based models (and older SD1.5 and SDXL models) """
    collection_ids: list[str] | Unset = UNSET
    """ List of collection IDs to add the model to """
    class_slug: str | Unset = UNSET
    """ The slug of the class you want to use (ex: "characters-npcs-mobs-characters"). Set to null to unset the
    class """
    name: str | Unset = UNSET
    """ The model's name (ex: "Cinematic Realism").

    If not set, the model's name will be automatically generated when starting training based on training data. """
    short_description: str | Unset = UNSET
    """ The model's short description (ex: "This model generates highly detailed cinematic scenes.").

    If not set, the model's short description will be automatically generated when starting training based on
    training data. """
    base_model_id: str | Unset = UNSET
    """ The ID of the base model to use as a starting point for the training (example: "flux.1-dev")

    Value is automatically set based on the model's type. In case of doubt leave it empty. """
    type_: CreateModelBodyType | Unset = UNSET
    """ The model's type (ex: "flux.1-lora").

    The type can only be changed if the model has the "new" status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concepts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concepts, Unset):
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)

        collection_ids: list[str] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        class_slug = self.class_slug

        name = self.name

        short_description = self.short_description

        base_model_id = self.base_model_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if concepts is not UNSET:
            field_dict["concepts"] = concepts
        if collection_ids is not UNSET:
            field_dict["collectionIds"] = collection_ids
        if class_slug is not UNSET:
            field_dict["classSlug"] = class_slug
        if name is not UNSET:
            field_dict["name"] = name
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if base_model_id is not UNSET:
            field_dict["baseModelId"] = base_model_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _concepts = d.pop("concepts", UNSET)
        concepts: list[ModelConceptsItem] | Unset = UNSET
        if _concepts is not UNSET:
            concepts = []
            for concepts_item_data in _concepts:
                concepts_item = ModelConceptsItem.from_dict(concepts_item_data)

                concepts.append(concepts_item)

        collection_ids = cast(list[str], d.pop("collectionIds", UNSET))

        class_slug = d.pop("classSlug", UNSET)

        name = d.pop("name", UNSET)

        short_description = d.pop("shortDescription", UNSET)

        base_model_id = d.pop("baseModelId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CreateModelBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateModelBodyType(_type_)

        create_model_body = cls(
            concepts=concepts,
            collection_ids=collection_ids,
            class_slug=class_slug,
            name=name,
            short_description=short_description,
            base_model_id=base_model_id,
            type_=type_,
        )

        create_model_body.additional_properties = d
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


# Imported after the class: models refer to each other, and importing here breaks the cycle without
# paying for a function-level import on every from_dict()/to_dict() call.
from ..models.model_concepts_item import ModelConceptsItem
