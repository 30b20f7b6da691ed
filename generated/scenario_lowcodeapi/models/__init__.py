"""All data models of the API; each loads on first use (``from scenario_lowcodeapi.models import Model``)."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_training_image_body import AddTrainingImageBody
    from .add_training_image_body_preset import AddTrainingImageBodyPreset
    from .asset import Asset
    from .asset_edit_capabilities_item import AssetEditCapabilitiesItem
    from .asset_kind import AssetKind
    from .asset_metadata import AssetMetadata
    from .asset_metadata_image_type import AssetMetadataImageType
    from .asset_metadata_input_fidelity import AssetMetadataInputFidelity
    from .asset_metadata_input_location import AssetMetadataInputLocation
    from .asset_metadata_kind import AssetMetadataKind
    from .asset_metadata_modality import AssetMetadataModality
    from .asset_metadata_model_type import AssetMetadataModelType
    from .asset_metadata_style import AssetMetadataStyle
    from .asset_metadata_type import AssetMetadataType
    from .asset_privacy import AssetPrivacy
    from .asset_properties import AssetProperties
    from .asset_properties_classification import AssetPropertiesClassification
    from .asset_properties_transcription import AssetPropertiesTranscription
    from .asset_source import AssetSource
    from .asset_status import AssetStatus
    from .copy_model_body import CopyModelBody
    from .create_model_body import CreateModelBody
    from .create_model_body_type import CreateModelBodyType
    from .delete_models_by_model_id_response import DeleteModelsByModelIdResponse
    from .delete_models_images_by_model_id_response import DeleteModelsImagesByModelIdResponse
    from .delete_models_inferences_all_by_model_id_response import DeleteModelsInferencesAllByModelIdResponse
    from .delete_models_inferences_by_model_id_and_inference_id_response import (
        DeleteModelsInferencesByModelIdAndInferenceIdResponse,
    )
    from .delete_models_inferences_by_model_id_response import DeleteModelsInferencesByModelIdResponse
    from .delete_models_inferences_images_by_model_id_and_inference_id_and_image_id_response import (
        DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse,
    )
    from .delete_models_training_images_by_model_id_and_training_image_id_response import (
        DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse,
    )
    from .dry_run_response import DryRunResponse
    from .erase_background_body import EraseBackgroundBody
    from .erase_background_body_format import EraseBackgroundBodyFormat
    from .generation_parameters import GenerationParameters
    from .generation_parameters_aspect_ratio import GenerationParametersAspectRatio
    from .generation_parameters_ip_adapter_type import GenerationParametersIpAdapterType
    from .generation_parameters_modality import GenerationParametersModality
    from .generation_parameters_scheduler import GenerationParametersScheduler
    from .generation_parameters_type import GenerationParametersType
    from .get_inferences_response import GetInferencesResponse
    from .get_models_by_model_id_response import GetModelsByModelIdResponse
    from .get_models_categories_by_model_id_response import GetModelsCategoriesByModelIdResponse
    from .get_models_classes_by_model_id_response import GetModelsClassesByModelIdResponse
    from .get_models_inferences_by_model_id_and_inference_id_response import (
        GetModelsInferencesByModelIdAndInferenceIdResponse,
    )
    from .get_models_inferences_by_model_id_response import GetModelsInferencesByModelIdResponse
    from .get_models_inferences_images_by_model_id_and_inference_id_and_image_id_response import (
        GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse,
    )
    from .get_models_response import GetModelsResponse
    from .get_tags_response import GetTagsResponse
    from .get_usages_activity_item_user_data import GetUsagesActivityItemUserData
    from .get_usages_activity_item_user_data_api_key_status import GetUsagesActivityItemUserDataApiKeyStatus
    from .get_usages_activity_item_user_data_avatar import GetUsagesActivityItemUserDataAvatar
    from .get_usages_response import GetUsagesResponse
    from .get_usages_response_activity_item import GetUsagesResponseActivityItem
    from .get_usages_response_activity_item_action import GetUsagesResponseActivityItemAction
    from .get_usages_response_activity_item_data import GetUsagesResponseActivityItemData
    from .get_usages_response_activity_item_data_collection import GetUsagesResponseActivityItemDataCollection
    from .get_usages_response_consumption_item import GetUsagesResponseConsumptionItem
    from .get_usages_response_usages_item import GetUsagesResponseUsagesItem
    from .get_usages_response_usages_item_granularity import GetUsagesResponseUsagesItemGranularity
    from .get_usages_response_usages_item_points_item import GetUsagesResponseUsagesItemPointsItem
    from .get_usages_response_usages_item_usage_name import GetUsagesResponseUsagesItemUsageName
    from .inference import Inference
    from .inference_image import InferenceImage
    from .inference_parameters import InferenceParameters
    from .inference_parameters_aspect_ratio import InferenceParametersAspectRatio
    from .inference_parameters_ip_adapter_type import InferenceParametersIpAdapterType
    from .inference_parameters_modality import InferenceParametersModality
    from .inference_parameters_scheduler import InferenceParametersScheduler
    from .inference_parameters_type import InferenceParametersType
    from .inference_queue import InferenceQueue
    from .inference_status import InferenceStatus
    from .job import Job
    from .job_job_type import JobJobType
    from .job_metadata import JobMetadata
    from .job_metadata_flow_item import JobMetadataFlowItem
    from .job_metadata_flow_item_logic_type import JobMetadataFlowItemLogicType
    from .job_metadata_flow_item_status import JobMetadataFlowItemStatus
    from .job_metadata_flow_item_type import JobMetadataFlowItemType
    from .job_metadata_input import JobMetadataInput
    from .job_metadata_output import JobMetadataOutput
    from .job_status import JobStatus
    from .job_status_history_item import JobStatusHistoryItem
    from .job_status_history_item_status import JobStatusHistoryItemStatus
    from .model import Model
    from .model_capabilities_item import ModelCapabilitiesItem
    from .model_category import ModelCategory
    from .model_class_info import ModelClassInfo
    from .model_class_info_status import ModelClassInfoStatus
    from .model_compliance_metadata import ModelComplianceMetadata
    from .model_compliance_metadata_data_processing_comment import ModelComplianceMetadataDataProcessingComment
    from .model_compliance_metadata_maintainer import ModelComplianceMetadataMaintainer
    from .model_compliance_metadata_sub_processor import ModelComplianceMetadataSubProcessor
    from .model_concepts_item import ModelConceptsItem
    from .model_concepts_item_read import ModelConceptsItemRead
    from .model_epochs_item import ModelEpochsItem
    from .model_inputs_item import ModelInputsItem
    from .model_inputs_item_background_behavior import ModelInputsItemBackgroundBehavior
    from .model_inputs_item_kind import ModelInputsItemKind
    from .model_inputs_item_model_types_item import ModelInputsItemModelTypesItem
    from .model_inputs_item_required import ModelInputsItemRequired
    from .model_inputs_item_required_conditional_values import ModelInputsItemRequiredConditionalValues
    from .model_inputs_item_required_if_defined import ModelInputsItemRequiredIfDefined
    from .model_inputs_item_required_if_not_defined import ModelInputsItemRequiredIfNotDefined
    from .model_inputs_item_type import ModelInputsItemType
    from .model_privacy import ModelPrivacy
    from .model_source import ModelSource
    from .model_status import ModelStatus
    from .model_thumbnail import ModelThumbnail
    from .model_training_image_pairs_item import ModelTrainingImagePairsItem
    from .model_training_progress import ModelTrainingProgress
    from .model_training_progress_stage import ModelTrainingProgressStage
    from .model_training_stats import ModelTrainingStats
    from .model_type import ModelType
    from .model_ui_config import ModelUiConfig
    from .model_ui_config_loras_component import ModelUiConfigLorasComponent
    from .model_ui_config_presets_item import ModelUiConfigPresetsItem
    from .model_ui_config_presets_item_presets import ModelUiConfigPresetsItemPresets
    from .model_ui_config_selects import ModelUiConfigSelects
    from .model_ui_config_selects_additional_property import ModelUiConfigSelectsAdditionalProperty
    from .model_ui_config_trigger_generate import ModelUiConfigTriggerGenerate
    from .model_ui_config_trigger_generate_position import ModelUiConfigTriggerGeneratePosition
    from .pixelate_image_body import PixelateImageBody
    from .post_models_copy_by_model_id_response import PostModelsCopyByModelIdResponse
    from .post_models_inferences_by_model_id_request import PostModelsInferencesByModelIdRequest
    from .post_models_inferences_by_model_id_response import PostModelsInferencesByModelIdResponse
    from .post_models_response import PostModelsResponse
    from .post_models_training_images_by_model_id_response import PostModelsTrainingImagesByModelIdResponse
    from .post_models_transfer_by_model_id_response import PostModelsTransferByModelIdResponse
    from .put_image_upscale_response import PutImageUpscaleResponse
    from .put_images_erase_background_response import PutImagesEraseBackgroundResponse
    from .put_images_pixelate_response import PutImagesPixelateResponse
    from .put_images_remove_background_response import PutImagesRemoveBackgroundResponse
    from .put_models_by_model_id_request import PutModelsByModelIdRequest
    from .put_models_by_model_id_request_type import PutModelsByModelIdRequestType
    from .put_models_by_model_id_response import PutModelsByModelIdResponse
    from .put_models_train_by_model_id_request import PutModelsTrainByModelIdRequest
    from .put_models_train_by_model_id_response import PutModelsTrainByModelIdResponse
    from .remove_background_body import RemoveBackgroundBody
    from .tag import Tag
    from .training_image import TrainingImage
    from .training_parameters import TrainingParameters
    from .training_parameters_lr_scheduler import TrainingParametersLrScheduler
    from .training_parameters_optimize_for import TrainingParametersOptimizeFor
    from .transfer_model_body import TransferModelBody
    from .upscale_image_body import UpscaleImageBody
    from .upscale_image_body_preset import UpscaleImageBodyPreset
    from .upscale_image_body_style import UpscaleImageBodyStyle

_MODULES = {
    "AddTrainingImageBody": ".add_training_image_body",
    "AddTrainingImageBodyPreset": ".add_training_image_body_preset",
    "Asset": ".asset",
    "AssetEditCapabilitiesItem": ".asset_edit_capabilities_item",
    "AssetKind": ".asset_kind",
    "AssetMetadata": ".asset_metadata",
    "AssetMetadataImageType": ".asset_metadata_image_type",
    "AssetMetadataInputFidelity": ".asset_metadata_input_fidelity",
    "AssetMetadataInputLocation": ".asset_metadata_input_location",
    "AssetMetadataKind": ".asset_metadata_kind",
    "AssetMetadataModality": ".asset_metadata_modality",
    "AssetMetadataModelType": ".asset_metadata_model_type",
    "AssetMetadataStyle": ".asset_metadata_style",
    "AssetMetadataType": ".asset_metadata_type",
    "AssetPrivacy": ".asset_privacy",
    "AssetProperties": ".asset_properties",
    "AssetPropertiesClassification": ".asset_properties_classification",
    "AssetPropertiesTranscription": ".asset_properties_transcription",
    "AssetSource": ".asset_source",
    "AssetStatus": ".asset_status",
    "CopyModelBody": ".copy_model_body",
    "CreateModelBody": ".create_model_body",
    "CreateModelBodyType": ".create_model_body_type",
    "DeleteModelsByModelIdResponse": ".delete_models_by_model_id_response",
    "DeleteModelsImagesByModelIdResponse": ".delete_models_images_by_model_id_response",
    "DeleteModelsInferencesAllByModelIdResponse": ".delete_models_inferences_all_by_model_id_response",
    "DeleteModelsInferencesByModelIdAndInferenceIdResponse": ".delete_models_inferences_by_model_id_and_inference_id_response",
    "DeleteModelsInferencesByModelIdResponse": ".delete_models_inferences_by_model_id_response",
    "DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse": ".delete_models_inferences_images_by_model_id_and_inference_id_and_image_id_response",
    "DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse": ".delete_models_training_images_by_model_id_and_training_image_id_response",
    "DryRunResponse": ".dry_run_response",
    "EraseBackgroundBody": ".erase_background_body",
    "EraseBackgroundBodyFormat": ".erase_background_body_format",
    "GenerationParameters": ".generation_parameters",
    "GenerationParametersAspectRatio": ".generation_parameters_aspect_ratio",
    "GenerationParametersIpAdapterType": ".generation_parameters_ip_adapter_type",
    "GenerationParametersModality": ".generation_parameters_modality",
    "GenerationParametersScheduler": ".generation_parameters_scheduler",
    "GenerationParametersType": ".generation_parameters_type",
    "GetInferencesResponse": ".get_inferences_response",
    "GetModelsByModelIdResponse": ".get_models_by_model_id_response",
    "GetModelsCategoriesByModelIdResponse": ".get_models_categories_by_model_id_response",
    "GetModelsClassesByModelIdResponse": ".get_models_classes_by_model_id_response",
    "GetModelsInferencesByModelIdAndInferenceIdResponse": ".get_models_inferences_by_model_id_and_inference_id_response",
    "GetModelsInferencesByModelIdResponse": ".get_models_inferences_by_model_id_response",
    "GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse": ".get_models_inferences_images_by_model_id_and_inference_id_and_image_id_response",
    "GetModelsResponse": ".get_models_response",
    "GetTagsResponse": ".get_tags_response",
    "GetUsagesActivityItemUserData": ".get_usages_activity_item_user_data",
    "GetUsagesActivityItemUserDataApiKeyStatus": ".get_usages_activity_item_user_data_api_key_status",
    "GetUsagesActivityItemUserDataAvatar": ".get_usages_activity_item_user_data_avatar",
    "GetUsagesResponse": ".get_usages_response",
    "GetUsagesResponseActivityItem": ".get_usages_response_activity_item",
    "GetUsagesResponseActivityItemAction": ".get_usages_response_activity_item_action",
    "GetUsagesResponseActivityItemData": ".get_usages_response_activity_item_data",
    "GetUsagesResponseActivityItemDataCollection": ".get_usages_response_activity_item_data_collection",
    "GetUsagesResponseConsumptionItem": ".get_usages_response_consumption_item",
    "GetUsagesResponseUsagesItem": ".get_usages_response_usages_item",
    "GetUsagesResponseUsagesItemGranularity": ".get_usages_response_usages_item_granularity",
    "GetUsagesResponseUsagesItemPointsItem": ".get_usages_response_usages_item_points_item",
    "GetUsagesResponseUsagesItemUsageName": ".get_usages_response_usages_item_usage_name",
    "Inference": ".inference",
    "InferenceImage": ".inference_image",
    "InferenceParameters": ".inference_parameters",
    "InferenceParametersAspectRatio": ".inference_parameters_aspect_ratio",
    "InferenceParametersIpAdapterType": ".inference_parameters_ip_adapter_type",
    "InferenceParametersModality": ".inference_parameters_modality",
    "InferenceParametersScheduler": ".inference_parameters_scheduler",
    "InferenceParametersType": ".inference_parameters_type",
    "InferenceQueue": ".inference_queue",
    "InferenceStatus": ".inference_status",
    "Job": ".job",
    "JobJobType": ".job_job_type",
    "JobMetadata": ".job_metadata",
    "JobMetadataFlowItem": ".job_metadata_flow_item",
    "JobMetadataFlowItemLogicType": ".job_metadata_flow_item_logic_type",
    "JobMetadataFlowItemStatus": ".job_metadata_flow_item_status",
    "JobMetadataFlowItemType": ".job_metadata_flow_item_type",
    "JobMetadataInput": ".job_metadata_input",
    "JobMetadataOutput": ".job_metadata_output",
    "JobStatus": ".job_status",
    "JobStatusHistoryItem": ".job_status_history_item",
    "JobStatusHistoryItemStatus": ".job_status_history_item_status",
    "Model": ".model",
    "ModelCapabilitiesItem": ".model_capabilities_item",
    "ModelCategory": ".model_category",
    "ModelClassInfo": ".model_class_info",
    "ModelClassInfoStatus": ".model_class_info_status",
    "ModelComplianceMetadata": ".model_compliance_metadata",
    "ModelComplianceMetadataDataProcessingComment": ".model_compliance_metadata_data_processing_comment",
    "ModelComplianceMetadataMaintainer": ".model_compliance_metadata_maintainer",
    "ModelComplianceMetadataSubProcessor": ".model_compliance_metadata_sub_processor",
    "ModelConceptsItem": ".model_concepts_item",
    "ModelConceptsItemRead": ".model_concepts_item_read",
    "ModelEpochsItem": ".model_epochs_item",
    "ModelInputsItem": ".model_inputs_item",
    "ModelInputsItemBackgroundBehavior": ".model_inputs_item_background_behavior",
    "ModelInputsItemKind": ".model_inputs_item_kind",
    "ModelInputsItemModelTypesItem": ".model_inputs_item_model_types_item",
    "ModelInputsItemRequired": ".model_inputs_item_required",
    "ModelInputsItemRequiredConditionalValues": ".model_inputs_item_required_conditional_values",
    "ModelInputsItemRequiredIfDefined": ".model_inputs_item_required_if_defined",
    "ModelInputsItemRequiredIfNotDefined": ".model_inputs_item_required_if_not_defined",
    "ModelInputsItemType": ".model_inputs_item_type",
    "ModelPrivacy": ".model_privacy",
    "ModelSource": ".model_source",
    "ModelStatus": ".model_status",
    "ModelThumbnail": ".model_thumbnail",
    "ModelTrainingImagePairsItem": ".model_training_image_pairs_item",
    "ModelTrainingProgress": ".model_training_progress",
    "ModelTrainingProgressStage": ".model_training_progress_stage",
    "ModelTrainingStats": ".model_training_stats",
    "ModelType": ".model_type",
    "ModelUiConfig": ".model_ui_config",
    "ModelUiConfigLorasComponent": ".model_ui_config_loras_component",
    "ModelUiConfigPresetsItem": ".model_ui_config_presets_item",
    "ModelUiConfigPresetsItemPresets": ".model_ui_config_presets_item_presets",
    "ModelUiConfigSelects": ".model_ui_config_selects",
    "ModelUiConfigSelectsAdditionalProperty": ".model_ui_config_selects_additional_property",
    "ModelUiConfigTriggerGenerate": ".model_ui_config_trigger_generate",
    "ModelUiConfigTriggerGeneratePosition": ".model_ui_config_trigger_generate_position",
    "PixelateImageBody": ".pixelate_image_body",
    "PostModelsCopyByModelIdResponse": ".post_models_copy_by_model_id_response",
    "PostModelsInferencesByModelIdRequest": ".post_models_inferences_by_model_id_request",
    "PostModelsInferencesByModelIdResponse": ".post_models_inferences_by_model_id_response",
    "PostModelsResponse": ".post_models_response",
    "PostModelsTrainingImagesByModelIdResponse": ".post_models_training_images_by_model_id_response",
    "PostModelsTransferByModelIdResponse": ".post_models_transfer_by_model_id_response",
    "PutImageUpscaleResponse": ".put_image_upscale_response",
    "PutImagesEraseBackgroundResponse": ".put_images_erase_background_response",
    "PutImagesPixelateResponse": ".put_images_pixelate_response",
    "PutImagesRemoveBackgroundResponse": ".put_images_remove_background_response",
    "PutModelsByModelIdRequest": ".put_models_by_model_id_request",
    "PutModelsByModelIdRequestType": ".put_models_by_model_id_request_type",
    "PutModelsByModelIdResponse": ".put_models_by_model_id_response",
    "PutModelsTrainByModelIdRequest": ".put_models_train_by_model_id_request",
    "PutModelsTrainByModelIdResponse": ".put_models_train_by_model_id_response",
    "RemoveBackgroundBody": ".remove_background_body",
    "Tag": ".tag",
    "TrainingImage": ".training_image",
    "TrainingParameters": ".training_parameters",
    "TrainingParametersLrScheduler": ".training_parameters_lr_scheduler",
    "TrainingParametersOptimizeFor": ".training_parameters_optimize_for",
    "TransferModelBody": ".transfer_model_body",
    "UpscaleImageBody": ".upscale_image_body",
    "UpscaleImageBodyPreset": ".upscale_image_body_preset",
    "UpscaleImageBodyStyle": ".upscale_image_body_style",
}

__all__ = (
    "AddTrainingImageBody",
    "AddTrainingImageBodyPreset",
    "Asset",
    "AssetEditCapabilitiesItem",
    "AssetKind",
    "AssetMetadata",
    "AssetMetadataImageType",
    "AssetMetadataInputFidelity",
    "AssetMetadataInputLocation",
    "AssetMetadataKind",
    "AssetMetadataModality",
    "AssetMetadataModelType",
    "AssetMetadataStyle",
    "AssetMetadataType",
    "AssetPrivacy",
    "AssetProperties",
    "AssetPropertiesClassification",
    "AssetPropertiesTranscription",
    "AssetSource",
    "AssetStatus",
    "CopyModelBody",
    "CreateModelBody",
    "CreateModelBodyType",
    "DeleteModelsByModelIdResponse",
    "DeleteModelsImagesByModelIdResponse",
    "DeleteModelsInferencesAllByModelIdResponse",
    "DeleteModelsInferencesByModelIdAndInferenceIdResponse",
    "DeleteModelsInferencesByModelIdResponse",
    "DeleteModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse",
    "DeleteModelsTrainingImagesByModelIdAndTrainingImageIdResponse",
    "DryRunResponse",
    "EraseBackgroundBody",
    "EraseBackgroundBodyFormat",
    "GenerationParameters",
    "GenerationParametersAspectRatio",
    "GenerationParametersIpAdapterType",
    "GenerationParametersModality",
    "GenerationParametersScheduler",
    "GenerationParametersType",
    "GetInferencesResponse",
    "GetModelsByModelIdResponse",
    "GetModelsCategoriesByModelIdResponse",
    "GetModelsClassesByModelIdResponse",
    "GetModelsInferencesByModelIdAndInferenceIdResponse",
    "GetModelsInferencesByModelIdResponse",
    "GetModelsInferencesImagesByModelIdAndInferenceIdAndImageIdResponse",
    "GetModelsResponse",
    "GetTagsResponse",
    "GetUsagesActivityItemUserData",
    "GetUsagesActivityItemUserDataApiKeyStatus",
    "GetUsagesActivityItemUserDataAvatar",
    "GetUsagesResponse",
    "GetUsagesResponseActivityItem",
    "GetUsagesResponseActivityItemAction",
    "GetUsagesResponseActivityItemData",
    "GetUsagesResponseActivityItemDataCollection",
    "GetUsagesResponseConsumptionItem",
    "GetUsagesResponseUsagesItem",
    "GetUsagesResponseUsagesItemGranularity",
    "GetUsagesResponseUsagesItemPointsItem",
    "GetUsagesResponseUsagesItemUsageName",
    "Inference",
    "InferenceImage",
    "InferenceParameters",
    "InferenceParametersAspectRatio",
    "InferenceParametersIpAdapterType",
    "InferenceParametersModality",
    "InferenceParametersScheduler",
    "InferenceParametersType",
    "InferenceQueue",
    "InferenceStatus",
    "Job",
    "JobJobType",
    "JobMetadata",
    "JobMetadataFlowItem",
    "JobMetadataFlowItemLogicType",
    "JobMetadataFlowItemStatus",
    "JobMetadataFlowItemType",
    "JobMetadataInput",
    "JobMetadataOutput",
    "JobStatus",
    "JobStatusHistoryItem",
    "JobStatusHistoryItemStatus",
    "Model",
    "ModelCapabilitiesItem",
    "ModelCategory",
    "ModelClassInfo",
    "ModelClassInfoStatus",
    "ModelComplianceMetadata",
    "ModelComplianceMetadataDataProcessingComment",
    "ModelComplianceMetadataMaintainer",
    "ModelComplianceMetadataSubProcessor",
    "ModelConceptsItem",
    "ModelConceptsItemRead",
    "ModelEpochsItem",
    "ModelInputsItem",
    "ModelInputsItemBackgroundBehavior",
    "ModelInputsItemKind",
    "ModelInputsItemModelTypesItem",
    "ModelInputsItemRequired",
    "ModelInputsItemRequiredConditionalValues",
    "ModelInputsItemRequiredIfDefined",
    "ModelInputsItemRequiredIfNotDefined",
    "ModelInputsItemType",
    "ModelPrivacy",
    "ModelSource",
    "ModelStatus",
    "ModelThumbnail",
    "ModelTrainingImagePairsItem",
    "ModelTrainingProgress",
    "ModelTrainingProgressStage",
    "ModelTrainingStats",
    "ModelType",
    "ModelUiConfig",
    "ModelUiConfigLorasComponent",
    "ModelUiConfigPresetsItem",
    "ModelUiConfigPresetsItemPresets",
    "ModelUiConfigSelects",
    "ModelUiConfigSelectsAdditionalProperty",
    "ModelUiConfigTriggerGenerate",
    "ModelUiConfigTriggerGeneratePosition",
    "PixelateImageBody",
    "PostModelsCopyByModelIdResponse",
    "PostModelsInferencesByModelIdRequest",
    "PostModelsInferencesByModelIdResponse",
    "PostModelsResponse",
    "PostModelsTrainingImagesByModelIdResponse",
    "PostModelsTransferByModelIdResponse",
    "PutImagesEraseBackgroundResponse",
    "PutImagesPixelateResponse",
    "PutImagesRemoveBackgroundResponse",
    "PutImageUpscaleResponse",
    "PutModelsByModelIdRequest",
    "PutModelsByModelIdRequestType",
    "PutModelsByModelIdResponse",
    "PutModelsTrainByModelIdRequest",
    "PutModelsTrainByModelIdResponse",
    "RemoveBackgroundBody",
    "Tag",
    "TrainingImage",
    "TrainingParameters",
    "TrainingParametersLrScheduler",
    "TrainingParametersOptimizeFor",
    "TransferModelBody",
    "UpscaleImageBody",
    "UpscaleImageBodyPreset",
    "UpscaleImageBodyStyle",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
