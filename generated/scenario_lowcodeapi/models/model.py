from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_capabilities_item import ModelCapabilitiesItem
from ..models.model_privacy import ModelPrivacy
from ..models.model_source import ModelSource
from ..models.model_status import ModelStatus
from ..models.model_type import ModelType
from ..types import UNSET, Unset, missing_required

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    example_asset_ids: list[str]
    """ List of all example asset IDs setup by the model owner """
    source: ModelSource
    """ The source of the model """
    type_: ModelType
    """ The model type (example: "flux.1-lora") """
    created_at: str
    """ The model creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    id: str
    """ The model ID (example: "model_eyVcnFJcR92BxBkz7N6g5w") """
    updated_at: str
    """ The model last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    capabilities: list[ModelCapabilitiesItem]
    """ List of model capabilities (example: ["txt2img", "img2img", "txt2img_ip_adapter", ...]) """
    training_images_number: float
    """ The total number of training images """
    custom: bool
    """ Whether the model is a custom model and can be used only with POST /generate/custom/{modelId} endpoint """
    tags: list[str]
    """ The associated tags (example: ["sci-fi", "landscape"]) """
    collection_ids: list[str]
    """ A list of CollectionId this model belongs to """
    status: ModelStatus
    """ The model status """
    privacy: ModelPrivacy = ModelPrivacy.PRIVATE
    """ The privacy of the model (default: private) """
    training_images: list[TrainingImage] | Unset = UNSET
    """ The URLs of the first 3 training images of the model. To retrieve the full set of images, get it by modelId
    """
    inputs: list[ModelInputsItem] | Unset = UNSET
    """ The inputs of the model. Only used for custom models. To retrieve this list, get it by modelId with GET
    /models/{modelId} """
    soft_deletion_on: str | Unset = UNSET
    """ The date when the model will be soft deleted (only for Free plan) """
    epoch: str | Unset = UNSET
    """ The epoch of the model. Only available for Flux Lora Trained models.
    If not set, uses the final model epoch (latest) """
    ui_config: ModelUiConfig | Unset = UNSET
    """ The UI configuration for the model """
    owner_id: str | Unset = UNSET
    """ The owner ID (example: "team_VFhihHKMRZyDDnZAJwLb2Q") """
    compliance_metadata: ModelComplianceMetadata | Unset = UNSET
    """ Compliance and regulatory metadata for the model """
    training_stats: ModelTrainingStats | Unset = UNSET
    """ Additional information about the model's training """
    prompt_embedding: str | Unset = UNSET
    """ Fine-tune the model's inferences with prompt embedding """
    training_progress: ModelTrainingProgress | Unset = UNSET
    """ Additional information about the training progress of the model """
    class_: ModelClassInfo | Unset = UNSET
    """ The class of the model """
    thumbnail: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    access_restrictions: float | Unset = UNSET
    """ The access restrictions of the model
    0: Free plan
    25: Creator plan
    50: Pro plan
    75: Team plan
    100: Enterprise plan """
    parent_model_id: str | Unset = UNSET
    """ The id of the parent model """
    training_image_pairs: list[ModelTrainingImagePairsItem] | Unset = UNSET
    """ Array of training image pairs """
    model_keyword: str | Unset = UNSET
    """ The model keyword, this is a legacy parameter, please use conceptPrompt in parameters """
    short_description: str | Unset = UNSET
    """ The model short description (example: "This model generates highly detailed cinematic scenes.") """
    author_id: str | Unset = UNSET
    """ The author user ID (example: "user_VFhihHKMRZyDDnZAJwLb2Q") """
    user_id: str | Unset = UNSET
    """ (Deprecated) The user ID (example: "user_VFhihHKMRZyDDnZAJwLb2Q") """
    negative_prompt_embedding: str | Unset = UNSET
    """ Fine-tune the model's inferences with negative prompt embedding """
    concepts: list[ModelConceptsItem] | Unset = UNSET
    """ The concepts is required for the type model: composition """
    name: str | Unset = UNSET
    """ The model name (example: "Cinematic Realism") """
    epochs: list[ModelEpochsItem] | Unset = UNSET
    """ The epochs of the model. Only available for Flux Lora Trained models. """
    parameters: TrainingParameters | Unset = UNSET
    """ The parameters of the model """
    compliant_model_ids: list[str] | Unset = UNSET
    """ List of base model IDs compliant with the model (example: ["flux.1-dev", "flux.1-schnell"])
    This attribute is mainly used for Flux LoRA models """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        example_asset_ids: Any = UNSET
        if not isinstance(self.example_asset_ids, Unset):
            example_asset_ids = self.example_asset_ids

        privacy: Any = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = self.privacy.value

        source: Any = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        type_: Any = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created_at: Any = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

        updated_at: Any = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at

        capabilities: Any = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.value
                capabilities.append(capabilities_item)

        training_images_number: Any = UNSET
        if not isinstance(self.training_images_number, Unset):
            training_images_number = self.training_images_number

        custom: Any = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom

        tags: Any = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        collection_ids: Any = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

        status: Any = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        training_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training_images, Unset):
            training_images = []
            for training_images_item_data in self.training_images:
                training_images_item = training_images_item_data.to_dict()
                training_images.append(training_images_item)

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        soft_deletion_on = self.soft_deletion_on

        epoch = self.epoch

        ui_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui_config, Unset):
            ui_config = self.ui_config.to_dict()

        owner_id = self.owner_id

        compliance_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.compliance_metadata, Unset):
            compliance_metadata = self.compliance_metadata.to_dict()

        training_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.training_stats, Unset):
            training_stats = self.training_stats.to_dict()

        prompt_embedding = self.prompt_embedding

        training_progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.training_progress, Unset):
            training_progress = self.training_progress.to_dict()

        class_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_, Unset):
            class_ = self.class_.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        access_restrictions = self.access_restrictions

        parent_model_id = self.parent_model_id

        training_image_pairs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training_image_pairs, Unset):
            training_image_pairs = []
            for training_image_pairs_item_data in self.training_image_pairs:
                training_image_pairs_item = training_image_pairs_item_data.to_dict()
                training_image_pairs.append(training_image_pairs_item)

        model_keyword = self.model_keyword

        short_description = self.short_description

        author_id = self.author_id

        user_id = self.user_id

        negative_prompt_embedding = self.negative_prompt_embedding

        concepts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concepts, Unset):
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)

        name = self.name

        epochs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.epochs, Unset):
            epochs = []
            for epochs_item_data in self.epochs:
                epochs_item = epochs_item_data.to_dict()
                epochs.append(epochs_item)

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        compliant_model_ids: list[str] | Unset = UNSET
        if not isinstance(self.compliant_model_ids, Unset):
            compliant_model_ids = self.compliant_model_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exampleAssetIds": example_asset_ids,
                "privacy": privacy,
                "source": source,
                "type": type_,
                "createdAt": created_at,
                "id": id,
                "updatedAt": updated_at,
                "capabilities": capabilities,
                "trainingImagesNumber": training_images_number,
                "custom": custom,
                "tags": tags,
                "collectionIds": collection_ids,
                "status": status,
            }
        )
        if example_asset_ids is UNSET:
            del field_dict["exampleAssetIds"]
        if privacy is UNSET:
            del field_dict["privacy"]
        if source is UNSET:
            del field_dict["source"]
        if type_ is UNSET:
            del field_dict["type"]
        if created_at is UNSET:
            del field_dict["createdAt"]
        if id is UNSET:
            del field_dict["id"]
        if updated_at is UNSET:
            del field_dict["updatedAt"]
        if capabilities is UNSET:
            del field_dict["capabilities"]
        if training_images_number is UNSET:
            del field_dict["trainingImagesNumber"]
        if custom is UNSET:
            del field_dict["custom"]
        if tags is UNSET:
            del field_dict["tags"]
        if collection_ids is UNSET:
            del field_dict["collectionIds"]
        if status is UNSET:
            del field_dict["status"]
        if training_images is not UNSET:
            field_dict["trainingImages"] = training_images
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if soft_deletion_on is not UNSET:
            field_dict["softDeletionOn"] = soft_deletion_on
        if epoch is not UNSET:
            field_dict["epoch"] = epoch
        if ui_config is not UNSET:
            field_dict["uiConfig"] = ui_config
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if compliance_metadata is not UNSET:
            field_dict["complianceMetadata"] = compliance_metadata
        if training_stats is not UNSET:
            field_dict["trainingStats"] = training_stats
        if prompt_embedding is not UNSET:
            field_dict["promptEmbedding"] = prompt_embedding
        if training_progress is not UNSET:
            field_dict["trainingProgress"] = training_progress
        if class_ is not UNSET:
            field_dict["class"] = class_
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if access_restrictions is not UNSET:
            field_dict["accessRestrictions"] = access_restrictions
        if parent_model_id is not UNSET:
            field_dict["parentModelId"] = parent_model_id
        if training_image_pairs is not UNSET:
            field_dict["trainingImagePairs"] = training_image_pairs
        if model_keyword is not UNSET:
            field_dict["modelKeyword"] = model_keyword
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if negative_prompt_embedding is not UNSET:
            field_dict["negativePromptEmbedding"] = negative_prompt_embedding
        if concepts is not UNSET:
            field_dict["concepts"] = concepts
        if name is not UNSET:
            field_dict["name"] = name
        if epochs is not UNSET:
            field_dict["epochs"] = epochs
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if compliant_model_ids is not UNSET:
            field_dict["compliantModelIds"] = compliant_model_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A null Scenario sends for a field it has no value for is treated as absent (UNSET), not a parse error.
        d = {k: v for k, v in src_dict.items() if v is not None}
        _example_asset_ids_raw = d.pop("exampleAssetIds", UNSET)
        example_asset_ids: list[str]
        if isinstance(_example_asset_ids_raw, Unset):
            example_asset_ids = missing_required()
        else:
            example_asset_ids = cast(list[str], _example_asset_ids_raw)

        _privacy_raw = d.pop("privacy", UNSET)
        privacy: ModelPrivacy
        if isinstance(_privacy_raw, Unset):
            privacy = missing_required()
        else:
            privacy = ModelPrivacy(_privacy_raw)

        _source_raw = d.pop("source", UNSET)
        source: ModelSource
        if isinstance(_source_raw, Unset):
            source = missing_required()
        else:
            source = ModelSource(_source_raw)

        _type__raw = d.pop("type", UNSET)
        type_: ModelType
        if isinstance(_type__raw, Unset):
            type_ = missing_required()
        else:
            type_ = ModelType(_type__raw)

        created_at = d.pop("createdAt", UNSET)

        id = d.pop("id", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        _capabilities_raw = d.pop("capabilities", UNSET)
        capabilities: list[ModelCapabilitiesItem]
        if isinstance(_capabilities_raw, Unset):
            capabilities = missing_required()
        else:
            capabilities = []
            _capabilities = _capabilities_raw
            for capabilities_item_data in _capabilities:
                capabilities_item = ModelCapabilitiesItem(capabilities_item_data)

                capabilities.append(capabilities_item)

        training_images_number = d.pop("trainingImagesNumber", UNSET)

        custom = d.pop("custom", UNSET)

        _tags_raw = d.pop("tags", UNSET)
        tags: list[str]
        if isinstance(_tags_raw, Unset):
            tags = missing_required()
        else:
            tags = cast(list[str], _tags_raw)

        _collection_ids_raw = d.pop("collectionIds", UNSET)
        collection_ids: list[str]
        if isinstance(_collection_ids_raw, Unset):
            collection_ids = missing_required()
        else:
            collection_ids = cast(list[str], _collection_ids_raw)

        _status_raw = d.pop("status", UNSET)
        status: ModelStatus
        if isinstance(_status_raw, Unset):
            status = missing_required()
        else:
            status = ModelStatus(_status_raw)

        _training_images = d.pop("trainingImages", UNSET)
        training_images: list[TrainingImage] | Unset = UNSET
        if _training_images is not UNSET:
            training_images = []
            for training_images_item_data in _training_images:
                training_images_item = TrainingImage.from_dict(training_images_item_data)

                training_images.append(training_images_item)

        _inputs = d.pop("inputs", UNSET)
        inputs: list[ModelInputsItem] | Unset = UNSET
        if _inputs is not UNSET:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = ModelInputsItem.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        soft_deletion_on = d.pop("softDeletionOn", UNSET)

        epoch = d.pop("epoch", UNSET)

        _ui_config = d.pop("uiConfig", UNSET)
        ui_config: ModelUiConfig | Unset
        if isinstance(_ui_config, Unset):
            ui_config = UNSET
        else:
            ui_config = ModelUiConfig.from_dict(_ui_config)

        owner_id = d.pop("ownerId", UNSET)

        _compliance_metadata = d.pop("complianceMetadata", UNSET)
        compliance_metadata: ModelComplianceMetadata | Unset
        if isinstance(_compliance_metadata, Unset):
            compliance_metadata = UNSET
        else:
            compliance_metadata = ModelComplianceMetadata.from_dict(_compliance_metadata)

        _training_stats = d.pop("trainingStats", UNSET)
        training_stats: ModelTrainingStats | Unset
        if isinstance(_training_stats, Unset):
            training_stats = UNSET
        else:
            training_stats = ModelTrainingStats.from_dict(_training_stats)

        prompt_embedding = d.pop("promptEmbedding", UNSET)

        _training_progress = d.pop("trainingProgress", UNSET)
        training_progress: ModelTrainingProgress | Unset
        if isinstance(_training_progress, Unset):
            training_progress = UNSET
        else:
            training_progress = ModelTrainingProgress.from_dict(_training_progress)

        _class_ = d.pop("class", UNSET)
        class_: ModelClassInfo | Unset
        if isinstance(_class_, Unset):
            class_ = UNSET
        else:
            class_ = ModelClassInfo.from_dict(_class_)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: ModelThumbnail | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = ModelThumbnail.from_dict(_thumbnail)

        access_restrictions = d.pop("accessRestrictions", UNSET)

        parent_model_id = d.pop("parentModelId", UNSET)

        _training_image_pairs = d.pop("trainingImagePairs", UNSET)
        training_image_pairs: list[ModelTrainingImagePairsItem] | Unset = UNSET
        if _training_image_pairs is not UNSET:
            training_image_pairs = []
            for training_image_pairs_item_data in _training_image_pairs:
                training_image_pairs_item = ModelTrainingImagePairsItem.from_dict(training_image_pairs_item_data)

                training_image_pairs.append(training_image_pairs_item)

        model_keyword = d.pop("modelKeyword", UNSET)

        short_description = d.pop("shortDescription", UNSET)

        author_id = d.pop("authorId", UNSET)

        user_id = d.pop("userId", UNSET)

        negative_prompt_embedding = d.pop("negativePromptEmbedding", UNSET)

        _concepts = d.pop("concepts", UNSET)
        concepts: list[ModelConceptsItem] | Unset = UNSET
        if _concepts is not UNSET:
            concepts = []
            for concepts_item_data in _concepts:
                concepts_item = ModelConceptsItem.from_dict(concepts_item_data)

                concepts.append(concepts_item)

        name = d.pop("name", UNSET)

        _epochs = d.pop("epochs", UNSET)
        epochs: list[ModelEpochsItem] | Unset = UNSET
        if _epochs is not UNSET:
            epochs = []
            for epochs_item_data in _epochs:
                epochs_item = ModelEpochsItem.from_dict(epochs_item_data)

                epochs.append(epochs_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: TrainingParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = TrainingParameters.from_dict(_parameters)

        compliant_model_ids = cast(list[str], d.pop("compliantModelIds", UNSET))

        model = cls(
            example_asset_ids=example_asset_ids,
            privacy=privacy,
            source=source,
            type_=type_,
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            capabilities=capabilities,
            training_images_number=training_images_number,
            custom=custom,
            tags=tags,
            collection_ids=collection_ids,
            status=status,
            training_images=training_images,
            inputs=inputs,
            soft_deletion_on=soft_deletion_on,
            epoch=epoch,
            ui_config=ui_config,
            owner_id=owner_id,
            compliance_metadata=compliance_metadata,
            training_stats=training_stats,
            prompt_embedding=prompt_embedding,
            training_progress=training_progress,
            class_=class_,
            thumbnail=thumbnail,
            access_restrictions=access_restrictions,
            parent_model_id=parent_model_id,
            training_image_pairs=training_image_pairs,
            model_keyword=model_keyword,
            short_description=short_description,
            author_id=author_id,
            user_id=user_id,
            negative_prompt_embedding=negative_prompt_embedding,
            concepts=concepts,
            name=name,
            epochs=epochs,
            parameters=parameters,
            compliant_model_ids=compliant_model_ids,
        )

        model.additional_properties = d
        return model

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
from ..models.model_class_info import ModelClassInfo
from ..models.model_compliance_metadata import ModelComplianceMetadata
from ..models.model_concepts_item import ModelConceptsItem
from ..models.model_epochs_item import ModelEpochsItem
from ..models.model_inputs_item import ModelInputsItem
from ..models.model_thumbnail import ModelThumbnail
from ..models.model_training_image_pairs_item import ModelTrainingImagePairsItem
from ..models.model_training_progress import ModelTrainingProgress
from ..models.model_training_stats import ModelTrainingStats
from ..models.model_ui_config import ModelUiConfig
from ..models.training_image import TrainingImage
from ..models.training_parameters import TrainingParameters
