from enum import StrEnum


class AssetMetadataType(StrEnum):
    """Scenario adds values over time: an unknown one parses (``is_unknown`` is True) instead of raising."""

    AUDIO2AUDIO = "audio2audio"
    BACKGROUND_REMOVAL = "background-removal"
    CANVAS = "canvas"
    CANVAS_DRAWING = "canvas-drawing"
    CANVAS_EXPORT = "canvas-export"
    DETECTION = "detection"
    GENERATIVE_FILL = "generative-fill"
    IMAGE_PROMPT_EDITING = "image-prompt-editing"
    IMG23D = "img23d"
    IMG2IMG = "img2img"
    IMG2VIDEO = "img2video"
    INFERENCE_CONTROLNET = "inference-controlnet"
    INFERENCE_CONTROLNET_IMG2IMG = "inference-controlnet-img2img"
    INFERENCE_CONTROLNET_INPAINT = "inference-controlnet-inpaint"
    INFERENCE_CONTROLNET_INPAINT_IP_ADAPTER = "inference-controlnet-inpaint-ip-adapter"
    INFERENCE_CONTROLNET_IP_ADAPTER = "inference-controlnet-ip-adapter"
    INFERENCE_CONTROLNET_REFERENCE = "inference-controlnet-reference"
    INFERENCE_CONTROLNET_TEXTURE = "inference-controlnet-texture"
    INFERENCE_IMG2IMG = "inference-img2img"
    INFERENCE_IMG2IMG_IP_ADAPTER = "inference-img2img-ip-adapter"
    INFERENCE_IMG2IMG_TEXTURE = "inference-img2img-texture"
    INFERENCE_INPAINT = "inference-inpaint"
    INFERENCE_INPAINT_IP_ADAPTER = "inference-inpaint-ip-adapter"
    INFERENCE_REFERENCE = "inference-reference"
    INFERENCE_REFERENCE_TEXTURE = "inference-reference-texture"
    INFERENCE_TXT2IMG = "inference-txt2img"
    INFERENCE_TXT2IMG_IP_ADAPTER = "inference-txt2img-ip-adapter"
    INFERENCE_TXT2IMG_TEXTURE = "inference-txt2img-texture"
    PATCH = "patch"
    PIXELIZATION = "pixelization"
    REFRAME = "reframe"
    RESTYLE = "restyle"
    SEGMENT = "segment"
    SEGMENTATION_IMAGE = "segmentation-image"
    SEGMENTATION_MASK = "segmentation-mask"
    SKYBOX_3D = "skybox-3d"
    SKYBOX_BASE_360 = "skybox-base-360"
    SKYBOX_HDRI = "skybox-hdri"
    TEXTURE = "texture"
    TEXTURE_ALBEDO = "texture-albedo"
    TEXTURE_AO = "texture-ao"
    TEXTURE_EDGE = "texture-edge"
    TEXTURE_HEIGHT = "texture-height"
    TEXTURE_METALLIC = "texture-metallic"
    TEXTURE_NORMAL = "texture-normal"
    TEXTURE_SMOOTHNESS = "texture-smoothness"
    TXT23D = "txt23d"
    TXT2AUDIO = "txt2audio"
    TXT2IMG = "txt2img"
    TXT2VIDEO = "txt2video"
    UNKNOWN = "unknown"
    UPLOADED = "uploaded"
    UPLOADED_3D = "uploaded-3d"
    UPLOADED_AUDIO = "uploaded-audio"
    UPLOADED_AVATAR = "uploaded-avatar"
    UPLOADED_VIDEO = "uploaded-video"
    UPSCALE = "upscale"
    UPSCALE_SKYBOX = "upscale-skybox"
    UPSCALE_TEXTURE = "upscale-texture"
    UPSCALE_VIDEO = "upscale-video"
    VALUE_0 = "3d23d"
    VALUE_1 = "3d23d-texture"
    VECTORIZATION = "vectorization"
    VIDEO2VIDEO = "video2video"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "AssetMetadataType | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
