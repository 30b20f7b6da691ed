from enum import StrEnum


class GenerationParametersType(StrEnum):
    """Scenario adds values over time: an unknown one parses (``is_unknown`` is True) instead of raising."""

    CONTROLNET = "controlnet"
    CONTROLNET_IMG2IMG = "controlnet_img2img"
    CONTROLNET_INPAINT = "controlnet_inpaint"
    CONTROLNET_INPAINT_IP_ADAPTER = "controlnet_inpaint_ip_adapter"
    CONTROLNET_IP_ADAPTER = "controlnet_ip_adapter"
    CONTROLNET_REFERENCE = "controlnet_reference"
    CONTROLNET_TEXTURE = "controlnet_texture"
    IMG2IMG = "img2img"
    IMG2IMG_IP_ADAPTER = "img2img_ip_adapter"
    IMG2IMG_TEXTURE = "img2img_texture"
    INPAINT = "inpaint"
    INPAINT_IP_ADAPTER = "inpaint_ip_adapter"
    OUTPAINT = "outpaint"
    REFERENCE = "reference"
    REFERENCE_TEXTURE = "reference_texture"
    TXT2IMG = "txt2img"
    TXT2IMG_IP_ADAPTER = "txt2img_ip_adapter"
    TXT2IMG_TEXTURE = "txt2img_texture"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "GenerationParametersType | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
