from enum import StrEnum


class GetUsagesResponseActivityItemAction(StrEnum):
    """Scenario adds values over time: an unknown one parses (``is_unknown`` is True) instead of raising."""

    ASSET = "asset"
    ASSET_PRIVACY = "asset-privacy"
    BACKGROUND_REMOVAL = "background-removal"
    CAPTIONING = "captioning"
    COLLECTION = "collection"
    COLLECTION_ASSETS = "collection-assets"
    COLLECTION_MODELS = "collection-models"
    CONTROLNET = "controlnet"
    CONTROLNET_IMG2IMG = "controlnet-img2img"
    CONTROLNET_INPAINT = "controlnet-inpaint"
    CONTROLNET_IP_ADAPTER = "controlnet-ip-adapter"
    CONTROLNET_TEXTURE = "controlnet-texture"
    COPY_ASSET = "copy-asset"
    COPY_MODEL = "copy-model"
    CREATIVE_UNIT_COST = "creative-unit-cost"
    CUSTOM = "custom"
    DELETE_ASSET = "delete-asset"
    DELETE_COLLECTION = "delete-collection"
    DELETE_COLLECTION_ASSETS = "delete-collection-assets"
    DELETE_COLLECTION_MODELS = "delete-collection-models"
    DELETE_INFERENCE_IMAGE = "delete-inference-image"
    DELETE_MODEL = "delete-model"
    DELETE_MODEL_PRESET = "delete-model-preset"
    DELETE_OSCU_AUTO_REFILL = "delete-oscu-auto-refill"
    DELETE_PROJECT_MEMBER = "delete-project-member"
    DELETE_SUBSCRIPTION = "delete-subscription"
    DELETE_TEAM_API_KEY = "delete-team-api-key"
    DELETE_TEAM_INVITATIONS = "delete-team-invitations"
    DELETE_TEAM_MEMBER = "delete-team-member"
    DELETE_TRAINING_IMAGES = "delete-training-images"
    DESCRIBE_STYLE = "describe-style"
    DETECTION = "detection"
    DOWNLOAD_ASSETS = "download-assets"
    DOWNLOAD_MODEL = "download-model"
    EMBED = "embed"
    GENERATIVE_FILL = "generative-fill"
    IMAGES_GENERATION = "images-generation"
    IMAGE_PROMPT_EDITING = "image-prompt-editing"
    IMG2IMG = "img2img"
    IMG2IMG_IP_ADAPTER = "img2img-ip-adapter"
    IMG2IMG_TEXTURE = "img2img-texture"
    INFERENCE = "inference"
    INPAINT = "inpaint"
    INPAINT_IP_ADAPTER = "inpaint-ip-adapter"
    MODEL = "model"
    MODELS_TRAINING = "models-training"
    MODEL_PRESET = "model-preset"
    OSCU = "oscu"
    PATCH = "patch"
    PIXELATE = "pixelate"
    PROJECT = "project"
    PROJECT_MEMBER = "project-member"
    REFRAME = "reframe"
    REPAINT = "repaint"
    RESTYLE = "restyle"
    SEGMENTATION = "segmentation"
    SKYBOX_BASE_360 = "skybox-base-360"
    SKYBOX_UPSCALE_360 = "skybox-upscale-360"
    START_TRAIN = "start-train"
    SUBSCRIPTION = "subscription"
    SUBSCRIPTION_SEATS = "subscription-seats"
    TAG_ASSET = "tag-asset"
    TAG_MODEL = "tag-model"
    TEAM_API_KEY = "team-api-key"
    TEAM_MEMBER = "team-member"
    TEXTURE = "texture"
    TRAINING_IMAGES_TO_MODEL = "training-images-to-model"
    TRAIN_SUCCEEDED = "train-succeeded"
    TRANSFER_MODEL = "transfer-model"
    TXT2IMG = "txt2img"
    TXT2IMG_IP_ADAPTER = "txt2img-ip-adapter"
    UPDATE_ASSET = "update-asset"
    UPDATE_COLLECTION = "update-collection"
    UPDATE_MODEL = "update-model"
    UPDATE_MODEL_DESCRIPTION = "update-model-description"
    UPDATE_MODEL_EXAMPLES = "update-model-examples"
    UPDATE_OSCU_AUTO_REFILL = "update-oscu-auto-refill"
    UPDATE_PROJECT = "update-project"
    UPDATE_SUBSCRIPTION = "update-subscription"
    UPDATE_TEAM = "update-team"
    UPDATE_TEAM_MEMBER = "update-team-member"
    UPSCALE = "upscale"
    VECTORIZATION = "vectorization"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "GetUsagesResponseActivityItemAction | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
