from enum import StrEnum


class GenerationParametersAspectRatio(StrEnum):
    """Scenario adds values over time: an unknown one parses (``is_unknown`` is True) instead of raising."""

    VALUE_0 = "16:9"
    VALUE_1 = "1:1"
    VALUE_10 = "9:21"
    VALUE_2 = "21:9"
    VALUE_3 = "2:3"
    VALUE_4 = "3:2"
    VALUE_5 = "3:4"
    VALUE_6 = "4:3"
    VALUE_7 = "4:5"
    VALUE_8 = "5:4"
    VALUE_9 = "9:16"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_unknown(self) -> bool:
        """True for a value this client version does not know (sent by a newer Scenario)."""
        return self._name_ not in type(self).__members__

    @classmethod
    def _missing_(cls, value: object) -> "GenerationParametersAspectRatio | None":
        if value is None or isinstance(value, (dict, list)):
            return None
        value = str(value)
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
