from enum import StrEnum


class GetUsagesResponseUsagesItemUsageName(StrEnum):
    """Scenario adds values over time: an unknown one parses (``is_unknown`` is True) instead of raising."""

    BACKGROUND_REMOVAL = "background-removal"
    CAPTIONING = "captioning"
    CREATIVE_UNIT_COST = "creative-unit-cost"
    CUSTOM = "custom"
    DETECTION = "detection"
    IMAGES_GENERATION = "images-generation"
    IMAGE_PROMPT_EDITING = "image-prompt-editing"
    MODELS_TRAINING = "models-training"
    PATCH = "patch"
    PIXELATE = "pixelate"
    REPAINT = "repaint"
    RESTYLE = "restyle"
    SEGMENTATION = "segmentation"
    SKYBOX_BASE_360 = "skybox-base-360"
    SKYBOX_UPSCALE_360 = "skybox-upscale-360"
    TEXTURE = "texture"
    UPSCALE = "upscale"
    VECTORIZATION = "vectorization"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "GetUsagesResponseUsagesItemUsageName | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
