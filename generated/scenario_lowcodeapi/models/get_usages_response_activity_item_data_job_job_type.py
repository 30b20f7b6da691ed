from enum import StrEnum


class GetUsagesResponseActivityItemDataJobJobType(StrEnum):
    """Scenario adds values over time: an unknown one parses (``is_unknown`` is True) instead of raising."""

    ASSETS_DOWNLOAD = "assets-download"
    CANVAS_EXPORT = "canvas-export"
    CAPTION = "caption"
    CAPTION_LLAVA = "caption-llava"
    CUSTOM = "custom"
    DESCRIBE_STYLE = "describe-style"
    DETECTION = "detection"
    EMBED = "embed"
    FLUX = "flux"
    FLUX_MODEL_TRAINING = "flux-model-training"
    GENERATE_PROMPT = "generate-prompt"
    IMAGE_GENERATION = "image-generation"
    IMAGE_PROMPT_EDITING = "image-prompt-editing"
    INFERENCE = "inference"
    MODEL_DOWNLOAD = "model-download"
    MODEL_IMPORT = "model-import"
    MODEL_TRAINING = "model-training"
    OPENAI_IMAGE_GENERATION = "openai-image-generation"
    PATCH_IMAGE = "patch-image"
    PIXELATE = "pixelate"
    REFRAME = "reframe"
    REMOVE_BACKGROUND = "remove-background"
    REPAINT = "repaint"
    RESTYLE = "restyle"
    SEGMENT = "segment"
    SKYBOX_3D = "skybox-3d"
    SKYBOX_BASE_360 = "skybox-base-360"
    SKYBOX_HDRI = "skybox-hdri"
    SKYBOX_UPSCALE_360 = "skybox-upscale-360"
    TEXTURE = "texture"
    TRANSLATE = "translate"
    UPLOAD = "upload"
    UPSCALE = "upscale"
    UPSCALE_SKYBOX = "upscale-skybox"
    UPSCALE_TEXTURE = "upscale-texture"
    VECTORIZE = "vectorize"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "GetUsagesResponseActivityItemDataJobJobType | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
