from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.put_models_by_model_id_request_type import PutModelsByModelIdRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutModelsByModelIdRequest")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "negativePromptEmbedding",
        "thumbnail",
        "concepts",
        "classSlug",
        "name",
        "epoch",
        "promptEmbedding",
        "shortDescription",
        "type",
        "parameters",
    )
)


@_attrs_define
class PutModelsByModelIdRequest:
    negative_prompt_embedding: str | Unset = UNSET
    """ Add a negative prompt embedding to every model's generation """
    thumbnail: str | Unset = UNSET
    """ The AssetId of the image you want to use as a thumbnail for the model (example:
    "asset_GTrL3mq4SXWyMxkOHRxlpw"). Set to null to unset the thumbnail """
    concepts: list[ModelConceptsItem] | Unset = UNSET
    """ The concepts is required for composition models. With one or more loras

    Only applicable to Flux based models (and older SD1.5 and SDXL models) """
    class_slug: str | Unset = UNSET
    """ The slug of the class you want to use (ex: "characters-npcs-mobs-characters"). Set to null to unset the
    class """
    name: str | Unset = UNSET
    """ The model's name (ex: "Cinematic Realism").

    If not set, the model's name will be automatically generated when starting training based on training data. """
    epoch: str | Unset = UNSET
    """ The epoch of the model. Only available for flux.1-lora and flux.1-kontext-lora based models.

    The epoch can only be set if the model has epochs and is in status "trained".

    The default epoch (if not set) is the final model epoch (latest).

    Set to null to unset the epoch. """
    prompt_embedding: str | Unset = UNSET
    """ Add a prompt embedding to every model's generation """
    short_description: str | Unset = UNSET
    """ The model's short description (ex: "This model generates highly detailed cinematic scenes.").

    If not set, the model's short description will be automatically generated when starting training based on
    training data. """
    type_: PutModelsByModelIdRequestType | Unset = UNSET
    """ The model's type (ex: "flux.1-lora").

    The type can only be changed if the model has the "new" status. """
    parameters: TrainingParameters | Unset = UNSET
    """ The parameters of the model """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        negative_prompt_embedding = self.negative_prompt_embedding

        thumbnail = self.thumbnail

        concepts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concepts, Unset):
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)

        class_slug = self.class_slug

        name = self.name

        epoch = self.epoch

        prompt_embedding = self.prompt_embedding

        short_description = self.short_description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if negative_prompt_embedding is not UNSET:
            field_dict["negativePromptEmbedding"] = negative_prompt_embedding
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if concepts is not UNSET:
            field_dict["concepts"] = concepts
        if class_slug is not UNSET:
            field_dict["classSlug"] = class_slug
        if name is not UNSET:
            field_dict["name"] = name
        if epoch is not UNSET:
            field_dict["epoch"] = epoch
        if prompt_embedding is not UNSET:
            field_dict["promptEmbedding"] = prompt_embedding
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

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
        negative_prompt_embedding: str | Unset
        _v = d.get("negativePromptEmbedding")
        if _v is None:
            negative_prompt_embedding = UNSET
        elif isinstance(_v, str):
            negative_prompt_embedding = _v
        else:
            negative_prompt_embedding = UNSET
            bad = _p.note(bad, "negativePromptEmbedding")

        thumbnail: str | Unset
        _v = d.get("thumbnail")
        if _v is None:
            thumbnail = UNSET
        elif isinstance(_v, str):
            thumbnail = _v
        else:
            thumbnail = UNSET
            bad = _p.note(bad, "thumbnail")

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

        epoch: str | Unset
        _v = d.get("epoch")
        if _v is None:
            epoch = UNSET
        elif isinstance(_v, str):
            epoch = _v
        else:
            epoch = UNSET
            bad = _p.note(bad, "epoch")

        prompt_embedding: str | Unset
        _v = d.get("promptEmbedding")
        if _v is None:
            prompt_embedding = UNSET
        elif isinstance(_v, str):
            prompt_embedding = _v
        else:
            prompt_embedding = UNSET
            bad = _p.note(bad, "promptEmbedding")

        short_description: str | Unset
        _v = d.get("shortDescription")
        if _v is None:
            short_description = UNSET
        elif isinstance(_v, str):
            short_description = _v
        else:
            short_description = UNSET
            bad = _p.note(bad, "shortDescription")

        type_: PutModelsByModelIdRequestType | Unset
        _v = d.get("type")
        if _v is None:
            type_ = UNSET
        else:
            try:
                type_ = _p.enum_member(PutModelsByModelIdRequestType, _v)
            except _p.PayloadError:
                type_ = UNSET
                bad = _p.note(bad, "type")

        parameters: TrainingParameters | Unset
        _v = d.get("parameters")
        if _v is None:
            parameters = UNSET
        else:
            try:
                parameters = TrainingParameters.from_dict(_v)
            except _p.PayloadError:
                parameters = UNSET
                bad = _p.note(bad, "parameters")

        put_models_by_model_id_request = cls(
            negative_prompt_embedding=negative_prompt_embedding,
            thumbnail=thumbnail,
            concepts=concepts,
            class_slug=class_slug,
            name=name,
            epoch=epoch,
            prompt_embedding=prompt_embedding,
            short_description=short_description,
            type_=type_,
            parameters=parameters,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            put_models_by_model_id_request.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
        return put_models_by_model_id_request

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
from ..models.training_parameters import TrainingParameters
