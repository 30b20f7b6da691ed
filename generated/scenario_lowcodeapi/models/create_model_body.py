from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.create_model_body_type import CreateModelBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModelBody")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "concepts",
        "collectionIds",
        "classSlug",
        "name",
        "shortDescription",
        "baseModelId",
        "type",
    )
)


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
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        concepts: list[ModelConceptsItem] | Unset
        _v = d.get("concepts")
        if _v is None:
            concepts = UNSET
        else:
            try:
                concepts = _p.parse_list(_v, ModelConceptsItem.from_dict)
            except _p.PayloadError:
                concepts = UNSET
                bad = _p.note(bad, "concepts")

        collection_ids: list[str] | Unset
        _v = d.get("collectionIds")
        if _v is None:
            collection_ids = UNSET
        else:
            try:
                collection_ids = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                collection_ids = UNSET
                bad = _p.note(bad, "collectionIds")

        class_slug: str | Unset
        _v = d.get("classSlug")
        if _v is None:
            class_slug = UNSET
        elif isinstance(_v, str):
            class_slug = _v
        else:
            class_slug = UNSET
            bad = _p.note(bad, "classSlug")

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        short_description: str | Unset
        _v = d.get("shortDescription")
        if _v is None:
            short_description = UNSET
        elif isinstance(_v, str):
            short_description = _v
        else:
            short_description = UNSET
            bad = _p.note(bad, "shortDescription")

        base_model_id: str | Unset
        _v = d.get("baseModelId")
        if _v is None:
            base_model_id = UNSET
        elif isinstance(_v, str):
            base_model_id = _v
        else:
            base_model_id = UNSET
            bad = _p.note(bad, "baseModelId")

        type_: CreateModelBodyType | Unset
        _v = d.get("type")
        if _v is None:
            type_ = UNSET
        else:
            try:
                type_ = _p.enum_member(CreateModelBodyType, _v)
            except _p.PayloadError:
                type_ = UNSET
                bad = _p.note(bad, "type")

        create_model_body = cls(
            concepts=concepts,
            collection_ids=collection_ids,
            class_slug=class_slug,
            name=name,
            short_description=short_description,
            base_model_id=base_model_id,
            type_=type_,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            create_model_body.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return create_model_body

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


# Imported after the class: models refer to each other, and importing here breaks the cycle without
# paying for a function-level import on every from_dict()/to_dict() call.
from ..models.model_concepts_item import ModelConceptsItem
