from enum import StrEnum


class AssetMetadataStyle(StrEnum):
    """Scenario adds values over time: an unknown one parses (``is_unknown`` is True) instead of raising."""

    ANIME = "anime"
    CARTOON = "cartoon"
    CINEMATIC = "cinematic"
    CLAYMATION = "claymation"
    CLOUD_SKYDOME = "cloud-skydome"
    COMIC = "comic"
    CYBERPUNK = "cyberpunk"
    ENCHANTED = "enchanted"
    FANTASY = "fantasy"
    INK = "ink"
    MANGA = "manga"
    MANGA_COLOR = "manga-color"
    MINIMALIST = "minimalist"
    NEON_TRON = "neon-tron"
    OIL_PAINTING = "oil-painting"
    PASTEL = "pastel"
    PHOTO = "photo"
    PHOTOGRAPHY = "photography"
    PSYCHEDELIC = "psychedelic"
    RETRO_FANTASY = "retro-fantasy"
    SCIFI_CONCEPT_ART = "scifi-concept-art"
    SPACE = "space"
    STANDARD = "standard"
    VALUE_0 = "3d-cartoon"
    VALUE_1 = "3d-rendered"
    WHIMSICAL = "whimsical"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "AssetMetadataStyle | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
