from enum import StrEnum


class AssetSource(StrEnum):
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
    INFERENCE_CONTROL_NET = "inference-control-net"
    INFERENCE_CONTROL_NET_IMG = "inference-control-net-img"
    INFERENCE_CONTROL_NET_INPAINTING = "inference-control-net-inpainting"
    INFERENCE_CONTROL_NET_INPAINTING_IP_ADAPTER = "inference-control-net-inpainting-ip-adapter"
    INFERENCE_CONTROL_NET_IP_ADAPTER = "inference-control-net-ip-adapter"
    INFERENCE_CONTROL_NET_REFERENCE = "inference-control-net-reference"
    INFERENCE_CONTROL_NET_TEXTURE = "inference-control-net-texture"
    INFERENCE_IMG = "inference-img"
    INFERENCE_IMG_IP_ADAPTER = "inference-img-ip-adapter"
    INFERENCE_IMG_TEXTURE = "inference-img-texture"
    INFERENCE_IN_PAINT = "inference-in-paint"
    INFERENCE_IN_PAINT_IP_ADAPTER = "inference-in-paint-ip-adapter"
    INFERENCE_REFERENCE = "inference-reference"
    INFERENCE_REFERENCE_TEXTURE = "inference-reference-texture"
    INFERENCE_TXT = "inference-txt"
    INFERENCE_TXT_IP_ADAPTER = "inference-txt-ip-adapter"
    INFERENCE_TXT_TEXTURE = "inference-txt-texture"
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
    TEXTUREALBEDO = "texture:albedo"
    TEXTUREAO = "texture:ao"
    TEXTUREEDGE = "texture:edge"
    TEXTUREHEIGHT = "texture:height"
    TEXTUREMETALLIC = "texture:metallic"
    TEXTURENORMAL = "texture:normal"
    TEXTURESMOOTHNESS = "texture:smoothness"
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
    VALUE_1 = "3d23d:texture"
    VECTORIZATION = "vectorization"
    VIDEO2VIDEO = "video2video"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "AssetSource | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
