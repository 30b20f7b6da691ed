from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.put_models_by_model_id_request_type import PutModelsByModelIdRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PutModelsByModelIdRequest")


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
            type_ = self.type_.value

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
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        negative_prompt_embedding = d.pop("negativePromptEmbedding", UNSET)

        thumbnail = d.pop("thumbnail", UNSET)

        _concepts = d.pop("concepts", UNSET)
        concepts: list[ModelConceptsItem] | Unset = UNSET
        if _concepts is not UNSET:
            concepts = []
            for concepts_item_data in _concepts:
                concepts_item = ModelConceptsItem.from_dict(concepts_item_data)

                concepts.append(concepts_item)

        class_slug = d.pop("classSlug", UNSET)

        name = d.pop("name", UNSET)

        epoch = d.pop("epoch", UNSET)

        prompt_embedding = d.pop("promptEmbedding", UNSET)

        short_description = d.pop("shortDescription", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PutModelsByModelIdRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PutModelsByModelIdRequestType(_type_)

        _parameters = d.pop("parameters", UNSET)
        parameters: TrainingParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = TrainingParameters.from_dict(_parameters)

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

        put_models_by_model_id_request.additional_properties = d
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
