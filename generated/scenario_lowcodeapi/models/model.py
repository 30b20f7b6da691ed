from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _parsing as _p
from ..models.model_capabilities_item import ModelCapabilitiesItem
from ..models.model_privacy import ModelPrivacy
from ..models.model_source import ModelSource
from ..models.model_status import ModelStatus
from ..models.model_type import ModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:  # imported on the first read of a field parsed on first read (see the end of the module)
    from ..models.model_class_info import ModelClassInfo
    from ..models.model_compliance_metadata import ModelComplianceMetadata
    from ..models.model_concepts_item_read import ModelConceptsItemRead
    from ..models.model_epochs_item import ModelEpochsItem
    from ..models.model_inputs_item import ModelInputsItem
    from ..models.model_thumbnail import ModelThumbnail
    from ..models.model_training_image_pairs_item import ModelTrainingImagePairsItem
    from ..models.model_training_progress import ModelTrainingProgress
    from ..models.model_training_stats import ModelTrainingStats
    from ..models.model_ui_config import ModelUiConfig
    from ..models.training_image import TrainingImage
    from ..models.training_parameters import TrainingParameters


T = TypeVar("T", bound="Model")


_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "privacy",
        "id",
        "trainingImages",
        "inputs",
        "exampleAssetIds",
        "softDeletionOn",
        "epoch",
        "uiConfig",
        "source",
        "ownerId",
        "type",
        "createdAt",
        "complianceMetadata",
        "trainingStats",
        "promptEmbedding",
        "trainingProgress",
        "class",
        "updatedAt",
        "thumbnail",
        "accessRestrictions",
        "capabilities",
        "parentModelId",
        "trainingImagePairs",
        "trainingImagesNumber",
        "custom",
        "modelKeyword",
        "shortDescription",
        "authorId",
        "userId",
        "tags",
        "negativePromptEmbedding",
        "concepts",
        "collectionIds",
        "name",
        "epochs",
        "parameters",
        "compliantModelIds",
        "status",
    )
)


@_attrs_define
class Model:
    id: str
    """ The model ID (example: "model_eyVcnFJcR92BxBkz7N6g5w") """
    privacy: ModelPrivacy = ModelPrivacy.PRIVATE
    """ The privacy of the model (default: private) """
    training_images: list[TrainingImage] | Unset = UNSET
    """ The URLs of the first 3 training images of the model. To retrieve the full set of images, get it by modelId
    """
    inputs: list[ModelInputsItem] | Unset = UNSET
    """ The inputs of the model. Only used for custom models. To retrieve this list, get it by modelId with GET
    /models/{modelId} """
    example_asset_ids: list[str] | Unset = UNSET
    """ List of all example asset IDs setup by the model owner """
    soft_deletion_on: str | Unset = UNSET
    """ The date when the model will be soft deleted (only for Free plan) """
    epoch: str | Unset = UNSET
    """ The epoch of the model. Only available for Flux Lora Trained models.
    If not set, uses the final model epoch (latest) """
    ui_config: ModelUiConfig | Unset = UNSET
    """ The UI configuration for the model """
    source: ModelSource | Unset = UNSET
    """ The source of the model """
    owner_id: str | Unset = UNSET
    """ The owner ID (example: "team_VFhihHKMRZyDDnZAJwLb2Q") """
    type_: ModelType | Unset = UNSET
    """ The model type (example: "flux.1-lora") """
    created_at: str | Unset = UNSET
    """ The model creation date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
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
    updated_at: str | Unset = UNSET
    """ The model last update date as an ISO string (example: "2023-02-03T11:19:41.579Z") """
    thumbnail: ModelThumbnail | Unset = UNSET
    """ A thumbnail for your model """
    access_restrictions: float | Unset = UNSET
    """ The access restrictions of the model
    0: Free plan
    25: Creator plan
    50: Pro plan
    75: Team plan
    100: Enterprise plan """
    capabilities: list[ModelCapabilitiesItem] | Unset = UNSET
    """ List of model capabilities (example: ["txt2img", "img2img", "txt2img_ip_adapter", ...]) """
    parent_model_id: str | Unset = UNSET
    """ The id of the parent model """
    training_image_pairs: list[ModelTrainingImagePairsItem] | Unset = UNSET
    """ Array of training image pairs """
    training_images_number: float | Unset = UNSET
    """ The total number of training images """
    custom: bool | Unset = UNSET
    """ Whether the model is a custom model and can be used only with POST /generate/custom/{modelId} endpoint """
    model_keyword: str | Unset = UNSET
    """ The model keyword, this is a legacy parameter, please use conceptPrompt in parameters """
    short_description: str | Unset = UNSET
    """ The model short description (example: "This model generates highly detailed cinematic scenes.") """
    author_id: str | Unset = UNSET
    """ The author user ID (example: "user_VFhihHKMRZyDDnZAJwLb2Q") """
    user_id: str | Unset = UNSET
    """ (Deprecated) The user ID (example: "user_VFhihHKMRZyDDnZAJwLb2Q") """
    tags: list[str] | Unset = UNSET
    """ The associated tags (example: ["sci-fi", "landscape"]) """
    negative_prompt_embedding: str | Unset = UNSET
    """ Fine-tune the model's inferences with negative prompt embedding """
    concepts: list[ModelConceptsItemRead] | Unset = UNSET
    """ The concepts is required for the type model: composition """
    collection_ids: list[str] | Unset = UNSET
    """ A list of CollectionId this model belongs to """
    name: str | Unset = UNSET
    """ The model name (example: "Cinematic Realism") """
    epochs: list[ModelEpochsItem] | Unset = UNSET
    """ The epochs of the model. Only available for Flux Lora Trained models. """
    parameters: TrainingParameters | Unset = UNSET
    """ The parameters of the model """
    compliant_model_ids: list[str] | Unset = UNSET
    """ List of base model IDs compliant with the model (example: ["flux.1-dev", "flux.1-schnell"])
    This attribute is mainly used for Flux LoRA models """
    status: ModelStatus | Unset = UNSET
    """ The model status """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        privacy: Any = UNSET
        if not isinstance(self.privacy, Unset):
            privacy = str(self.privacy)

        id: Any = UNSET
        if not isinstance(self.id, Unset):
            id = self.id

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

        example_asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.example_asset_ids, Unset):
            example_asset_ids = self.example_asset_ids

        soft_deletion_on = self.soft_deletion_on

        epoch = self.epoch

        ui_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui_config, Unset):
            ui_config = self.ui_config.to_dict()

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = str(self.source)

        owner_id = self.owner_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        created_at = self.created_at

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

        updated_at = self.updated_at

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        access_restrictions = self.access_restrictions

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = str(capabilities_item_data)
                capabilities.append(capabilities_item)

        parent_model_id = self.parent_model_id

        training_image_pairs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training_image_pairs, Unset):
            training_image_pairs = []
            for training_image_pairs_item_data in self.training_image_pairs:
                training_image_pairs_item = training_image_pairs_item_data.to_dict()
                training_image_pairs.append(training_image_pairs_item)

        training_images_number = self.training_images_number

        custom = self.custom

        model_keyword = self.model_keyword

        short_description = self.short_description

        author_id = self.author_id

        user_id = self.user_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        negative_prompt_embedding = self.negative_prompt_embedding

        concepts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concepts, Unset):
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)

        collection_ids: list[str] | Unset = UNSET
        if not isinstance(self.collection_ids, Unset):
            collection_ids = self.collection_ids

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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "privacy": privacy,
                "id": id,
            }
        )
        if privacy is UNSET:
            del field_dict["privacy"]
        if id is UNSET:
            del field_dict["id"]
        if training_images is not UNSET:
            field_dict["trainingImages"] = training_images
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if example_asset_ids is not UNSET:
            field_dict["exampleAssetIds"] = example_asset_ids
        if soft_deletion_on is not UNSET:
            field_dict["softDeletionOn"] = soft_deletion_on
        if epoch is not UNSET:
            field_dict["epoch"] = epoch
        if ui_config is not UNSET:
            field_dict["uiConfig"] = ui_config
        if source is not UNSET:
            field_dict["source"] = source
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
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
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if access_restrictions is not UNSET:
            field_dict["accessRestrictions"] = access_restrictions
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if parent_model_id is not UNSET:
            field_dict["parentModelId"] = parent_model_id
        if training_image_pairs is not UNSET:
            field_dict["trainingImagePairs"] = training_image_pairs
        if training_images_number is not UNSET:
            field_dict["trainingImagesNumber"] = training_images_number
        if custom is not UNSET:
            field_dict["custom"] = custom
        if model_keyword is not UNSET:
            field_dict["modelKeyword"] = model_keyword
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if negative_prompt_embedding is not UNSET:
            field_dict["negativePromptEmbedding"] = negative_prompt_embedding
        if concepts is not UNSET:
            field_dict["concepts"] = concepts
        if collection_ids is not UNSET:
            field_dict["collectionIds"] = collection_ids
        if name is not UNSET:
            field_dict["name"] = name
        if epochs is not UNSET:
            field_dict["epochs"] = epochs
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if compliant_model_ids is not UNSET:
            field_dict["compliantModelIds"] = compliant_model_ids
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build from Scenario's JSON. Nulls count as absent; a value of the wrong type stays raw in
        ``additional_properties``; raises ``PayloadError`` (a ValueError naming the JSON path) only when a
        field typed without ``| Unset`` cannot be filled.

        Nested models are parsed on the first read of their field, from the objects and arrays of
        ``src_dict``: change those only after that read.
        """
        d = src_dict
        if d.__class__ is not dict and not isinstance(d, Mapping):
            raise _p.not_object(d)
        bad: list[str] | None = None
        privacy: ModelPrivacy
        _v = d.get("privacy")
        if _v is None:
            privacy = ModelPrivacy.PRIVATE
        else:
            try:
                privacy = _p.enum_member(ModelPrivacy, _v)
            except _p.PayloadError:
                privacy = ModelPrivacy.PRIVATE
                bad = _p.note(bad, "privacy")

        id: str
        _v = d.get("id")
        if _v is None:
            raise _p.missing("id")
        elif isinstance(_v, str):
            id = _v
        else:
            raise _p.wrong("id", _v, "a string")

        training_images: Any  # list[TrainingImage] | Unset, or the list as sent: parsed on first read
        _v = d.get("trainingImages")
        if _v is None:
            training_images = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            training_images = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                training_images = _deferred_converters()["training_images"](_v)
            except _p.PayloadError:
                training_images = UNSET
                bad = _p.note(bad, "trainingImages")

        inputs: Any  # list[ModelInputsItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("inputs")
        if _v is None:
            inputs = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            inputs = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                inputs = _deferred_converters()["inputs"](_v)
            except _p.PayloadError:
                inputs = UNSET
                bad = _p.note(bad, "inputs")

        example_asset_ids: list[str] | Unset
        _v = d.get("exampleAssetIds")
        if _v is None:
            example_asset_ids = UNSET
        else:
            try:
                example_asset_ids = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                example_asset_ids = UNSET
                bad = _p.note(bad, "exampleAssetIds")

        soft_deletion_on: str | Unset
        _v = d.get("softDeletionOn")
        if _v is None:
            soft_deletion_on = UNSET
        elif isinstance(_v, str):
            soft_deletion_on = _v
        else:
            soft_deletion_on = UNSET
            bad = _p.note(bad, "softDeletionOn")

        epoch: str | Unset
        _v = d.get("epoch")
        if _v is None:
            epoch = UNSET
        elif isinstance(_v, str):
            epoch = _v
        else:
            epoch = UNSET
            bad = _p.note(bad, "epoch")

        ui_config: Any  # ModelUiConfig | Unset, or the dict as sent: parsed on first read
        _v = d.get("uiConfig")
        if _v is None:
            ui_config = UNSET
        elif _v.__class__ is dict:
            ui_config = _v
        elif isinstance(_v, Mapping):
            ui_config = dict(_v)
        else:
            ui_config = UNSET
            bad = _p.note(bad, "uiConfig")

        source: ModelSource | Unset
        _v = d.get("source")
        if _v is None:
            source = UNSET
        else:
            try:
                source = _p.enum_member(ModelSource, _v)
            except _p.PayloadError:
                source = UNSET
                bad = _p.note(bad, "source")

        owner_id: str | Unset
        _v = d.get("ownerId")
        if _v is None:
            owner_id = UNSET
        elif isinstance(_v, str):
            owner_id = _v
        else:
            owner_id = UNSET
            bad = _p.note(bad, "ownerId")

        type_: ModelType | Unset
        _v = d.get("type")
        if _v is None:
            type_ = UNSET
        else:
            try:
                type_ = _p.enum_member(ModelType, _v)
            except _p.PayloadError:
                type_ = UNSET
                bad = _p.note(bad, "type")

        created_at: str | Unset
        _v = d.get("createdAt")
        if _v is None:
            created_at = UNSET
        elif isinstance(_v, str):
            created_at = _v
        else:
            created_at = UNSET
            bad = _p.note(bad, "createdAt")

        compliance_metadata: Any  # ModelComplianceMetadata | Unset, or the dict as sent: parsed on first read
        _v = d.get("complianceMetadata")
        if _v is None:
            compliance_metadata = UNSET
        elif _v.__class__ is dict:
            compliance_metadata = _v
        elif isinstance(_v, Mapping):
            compliance_metadata = dict(_v)
        else:
            compliance_metadata = UNSET
            bad = _p.note(bad, "complianceMetadata")

        training_stats: Any  # ModelTrainingStats | Unset, or the dict as sent: parsed on first read
        _v = d.get("trainingStats")
        if _v is None:
            training_stats = UNSET
        elif _v.__class__ is dict:
            training_stats = _v
        elif isinstance(_v, Mapping):
            training_stats = dict(_v)
        else:
            training_stats = UNSET
            bad = _p.note(bad, "trainingStats")

        prompt_embedding: str | Unset
        _v = d.get("promptEmbedding")
        if _v is None:
            prompt_embedding = UNSET
        elif isinstance(_v, str):
            prompt_embedding = _v
        else:
            prompt_embedding = UNSET
            bad = _p.note(bad, "promptEmbedding")

        training_progress: Any  # ModelTrainingProgress | Unset, or the dict as sent: parsed on first read
        _v = d.get("trainingProgress")
        if _v is None:
            training_progress = UNSET
        elif _v.__class__ is dict:
            training_progress = _v
        elif isinstance(_v, Mapping):
            training_progress = dict(_v)
        else:
            training_progress = UNSET
            bad = _p.note(bad, "trainingProgress")

        class_: Any  # ModelClassInfo | Unset, or the dict as sent: parsed on first read
        _v = d.get("class")
        if _v is None:
            class_ = UNSET
        elif _v.__class__ is dict:
            class_ = _v
        elif isinstance(_v, Mapping):
            class_ = dict(_v)
        else:
            class_ = UNSET
            bad = _p.note(bad, "class")

        updated_at: str | Unset
        _v = d.get("updatedAt")
        if _v is None:
            updated_at = UNSET
        elif isinstance(_v, str):
            updated_at = _v
        else:
            updated_at = UNSET
            bad = _p.note(bad, "updatedAt")

        thumbnail: Any  # ModelThumbnail | Unset, or the dict as sent: parsed on first read
        _v = d.get("thumbnail")
        if _v is None:
            thumbnail = UNSET
        elif _v.__class__ is dict:
            thumbnail = _v
        elif isinstance(_v, Mapping):
            thumbnail = dict(_v)
        else:
            thumbnail = UNSET
            bad = _p.note(bad, "thumbnail")

        access_restrictions: float | Unset
        _v = d.get("accessRestrictions")
        if _v is None:
            access_restrictions = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            access_restrictions = _v
        else:
            access_restrictions = UNSET
            bad = _p.note(bad, "accessRestrictions")

        capabilities: list[ModelCapabilitiesItem] | Unset
        _v = d.get("capabilities")
        if _v is None:
            capabilities = UNSET
        else:
            try:
                capabilities = _p.parse_list(_v, _p.enum_of(ModelCapabilitiesItem))
            except _p.PayloadError:
                capabilities = UNSET
                bad = _p.note(bad, "capabilities")

        parent_model_id: str | Unset
        _v = d.get("parentModelId")
        if _v is None:
            parent_model_id = UNSET
        elif isinstance(_v, str):
            parent_model_id = _v
        else:
            parent_model_id = UNSET
            bad = _p.note(bad, "parentModelId")

        training_image_pairs: (
            Any  # list[ModelTrainingImagePairsItem] | Unset, or the list as sent: parsed on first read
        )
        _v = d.get("trainingImagePairs")
        if _v is None:
            training_image_pairs = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            training_image_pairs = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                training_image_pairs = _deferred_converters()["training_image_pairs"](_v)
            except _p.PayloadError:
                training_image_pairs = UNSET
                bad = _p.note(bad, "trainingImagePairs")

        training_images_number: float | Unset
        _v = d.get("trainingImagesNumber")
        if _v is None:
            training_images_number = UNSET
        elif isinstance(_v, (int, float)) and _v.__class__ is not bool:
            training_images_number = _v
        else:
            training_images_number = UNSET
            bad = _p.note(bad, "trainingImagesNumber")

        custom: bool | Unset
        _v = d.get("custom")
        if _v is None:
            custom = UNSET
        elif _v.__class__ is bool:
            custom = _v
        else:
            custom = UNSET
            bad = _p.note(bad, "custom")

        model_keyword: str | Unset
        _v = d.get("modelKeyword")
        if _v is None:
            model_keyword = UNSET
        elif isinstance(_v, str):
            model_keyword = _v
        else:
            model_keyword = UNSET
            bad = _p.note(bad, "modelKeyword")

        short_description: str | Unset
        _v = d.get("shortDescription")
        if _v is None:
            short_description = UNSET
        elif isinstance(_v, str):
            short_description = _v
        else:
            short_description = UNSET
            bad = _p.note(bad, "shortDescription")

        author_id: str | Unset
        _v = d.get("authorId")
        if _v is None:
            author_id = UNSET
        elif isinstance(_v, str):
            author_id = _v
        else:
            author_id = UNSET
            bad = _p.note(bad, "authorId")

        user_id: str | Unset
        _v = d.get("userId")
        if _v is None:
            user_id = UNSET
        elif isinstance(_v, str):
            user_id = _v
        else:
            user_id = UNSET
            bad = _p.note(bad, "userId")

        tags: list[str] | Unset
        _v = d.get("tags")
        if _v is None:
            tags = UNSET
        else:
            try:
                tags = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                tags = UNSET
                bad = _p.note(bad, "tags")

        negative_prompt_embedding: str | Unset
        _v = d.get("negativePromptEmbedding")
        if _v is None:
            negative_prompt_embedding = UNSET
        elif isinstance(_v, str):
            negative_prompt_embedding = _v
        else:
            negative_prompt_embedding = UNSET
            bad = _p.note(bad, "negativePromptEmbedding")

        concepts: Any  # list[ModelConceptsItemRead] | Unset, or the list as sent: parsed on first read
        _v = d.get("concepts")
        if _v is None:
            concepts = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            concepts = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                concepts = _deferred_converters()["concepts"](_v)
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

        name: str | Unset
        _v = d.get("name")
        if _v is None:
            name = UNSET
        elif isinstance(_v, str):
            name = _v
        else:
            name = UNSET
            bad = _p.note(bad, "name")

        epochs: Any  # list[ModelEpochsItem] | Unset, or the list as sent: parsed on first read
        _v = d.get("epochs")
        if _v is None:
            epochs = UNSET
        elif _v.__class__ is list and (not _v or _v[0].__class__ is dict):
            epochs = _v
        else:  # not an array, or one that starts with a null: parsed now (its item model is imported here)
            try:
                epochs = _deferred_converters()["epochs"](_v)
            except _p.PayloadError:
                epochs = UNSET
                bad = _p.note(bad, "epochs")

        parameters: Any  # TrainingParameters | Unset, or the dict as sent: parsed on first read
        _v = d.get("parameters")
        if _v is None:
            parameters = UNSET
        elif _v.__class__ is dict:
            parameters = _v
        elif isinstance(_v, Mapping):
            parameters = dict(_v)
        else:
            parameters = UNSET
            bad = _p.note(bad, "parameters")

        compliant_model_ids: list[str] | Unset
        _v = d.get("compliantModelIds")
        if _v is None:
            compliant_model_ids = UNSET
        else:
            try:
                compliant_model_ids = _p.parse_list(_v, _p.as_str)
            except _p.PayloadError:
                compliant_model_ids = UNSET
                bad = _p.note(bad, "compliantModelIds")

        status: ModelStatus | Unset
        _v = d.get("status")
        if _v is None:
            status = UNSET
        else:
            try:
                status = _p.enum_member(ModelStatus, _v)
            except _p.PayloadError:
                status = UNSET
                bad = _p.note(bad, "status")

        model = cls(
            privacy=privacy,
            id=id,
            training_images=training_images,
            inputs=inputs,
            example_asset_ids=example_asset_ids,
            soft_deletion_on=soft_deletion_on,
            epoch=epoch,
            ui_config=ui_config,
            source=source,
            owner_id=owner_id,
            type_=type_,
            created_at=created_at,
            compliance_metadata=compliance_metadata,
            training_stats=training_stats,
            prompt_embedding=prompt_embedding,
            training_progress=training_progress,
            class_=class_,
            updated_at=updated_at,
            thumbnail=thumbnail,
            access_restrictions=access_restrictions,
            capabilities=capabilities,
            parent_model_id=parent_model_id,
            training_image_pairs=training_image_pairs,
            training_images_number=training_images_number,
            custom=custom,
            model_keyword=model_keyword,
            short_description=short_description,
            author_id=author_id,
            user_id=user_id,
            tags=tags,
            negative_prompt_embedding=negative_prompt_embedding,
            concepts=concepts,
            collection_ids=collection_ids,
            name=name,
            epochs=epochs,
            parameters=parameters,
            compliant_model_ids=compliant_model_ids,
            status=status,
        )
        if bad is not None or not _KNOWN_KEYS.issuperset(d):
            model.additional_properties = _p.leftovers(d, _KNOWN_KEYS, bad)
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


def _deferred_converters() -> dict[str, Callable[[Any], Any]]:
    """How each field from_dict keeps as sent is parsed on its first read; called once, on the first such read."""
    from ..models.model_class_info import ModelClassInfo  # noqa: PLC0415
    from ..models.model_compliance_metadata import ModelComplianceMetadata  # noqa: PLC0415
    from ..models.model_concepts_item_read import ModelConceptsItemRead  # noqa: PLC0415
    from ..models.model_epochs_item import ModelEpochsItem  # noqa: PLC0415
    from ..models.model_inputs_item import ModelInputsItem  # noqa: PLC0415
    from ..models.model_thumbnail import ModelThumbnail  # noqa: PLC0415
    from ..models.model_training_image_pairs_item import ModelTrainingImagePairsItem  # noqa: PLC0415
    from ..models.model_training_progress import ModelTrainingProgress  # noqa: PLC0415
    from ..models.model_training_stats import ModelTrainingStats  # noqa: PLC0415
    from ..models.model_ui_config import ModelUiConfig  # noqa: PLC0415
    from ..models.training_image import TrainingImage  # noqa: PLC0415
    from ..models.training_parameters import TrainingParameters  # noqa: PLC0415

    return {
        "training_images": _p.list_of(TrainingImage.from_dict),
        "inputs": _p.list_of(ModelInputsItem.from_dict),
        "ui_config": ModelUiConfig.from_dict,
        "compliance_metadata": ModelComplianceMetadata.from_dict,
        "training_stats": ModelTrainingStats.from_dict,
        "training_progress": ModelTrainingProgress.from_dict,
        "class_": ModelClassInfo.from_dict,
        "thumbnail": ModelThumbnail.from_dict,
        "training_image_pairs": _p.list_of(ModelTrainingImagePairsItem.from_dict),
        "concepts": _p.list_of(ModelConceptsItemRead.from_dict),
        "epochs": _p.list_of(ModelEpochsItem.from_dict),
        "parameters": TrainingParameters.from_dict,
    }


_p.defer(
    Model,
    {
        "training_images": "list",
        "inputs": "list",
        "ui_config": "dict",
        "compliance_metadata": "dict",
        "training_stats": "dict",
        "training_progress": "dict",
        "class_": "dict",
        "thumbnail": "dict",
        "training_image_pairs": "list",
        "concepts": "list",
        "epochs": "list",
        "parameters": "dict",
    },
    _deferred_converters,
)
