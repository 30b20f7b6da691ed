from enum import StrEnum


class CreateModelBodyType(StrEnum):
    """Scenario adds values over time: an unknown one parses (``is_unknown`` is True) instead of raising."""

    CUSTOM = "custom"
    FLUX1_1_PRO = "flux1.1-pro"
    FLUX_1 = "flux.1"
    FLUX_1_1_PRO_ULTRA = "flux.1.1-pro-ultra"
    FLUX_1_COMPOSITION = "flux.1-composition"
    FLUX_1_KONTEXT_DEV = "flux.1-kontext-dev"
    FLUX_1_KONTEXT_LORA = "flux.1-kontext-lora"
    FLUX_1_KREA_DEV = "flux.1-krea-dev"
    FLUX_1_KREA_LORA = "flux.1-krea-lora"
    FLUX_1_LORA = "flux.1-lora"
    FLUX_1_PRO = "flux.1-pro"
    GPT_IMAGE_1 = "gpt-image-1"
    SD_1_5 = "sd-1_5"
    SD_1_5_COMPOSITION = "sd-1_5-composition"
    SD_1_5_LORA = "sd-1_5-lora"
    SD_XL = "sd-xl"
    SD_XL_COMPOSITION = "sd-xl-composition"
    SD_XL_LORA = "sd-xl-lora"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "CreateModelBodyType | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
