from enum import Enum


class DatasetV2VersionSampleState(str, Enum):
    VALUE_0 = "__ALL__"
    VALUE_1 = "__NONE__"
    VALUE_10 = "__WORKFORCE_SAMPLED_ACCEPTED__"
    VALUE_11 = "__WORKFORCE_SAMPLED_REJECTED__"
    VALUE_12 = "__AUTO_ANNOTATION__"
    VALUE_2 = "__UNCHECK__"
    VALUE_3 = "__ACCEPTED__"
    VALUE_4 = "__REJECTED__"
    VALUE_5 = "__UNREVIEWED__"
    VALUE_6 = "__REVIEWED__"
    VALUE_7 = "__WORKFORCE_SAMPLED__"
    VALUE_8 = "__WORKFORCE_SAMPLED_UNCHECK__"
    VALUE_9 = "__WORKFORCE_SAMPLED_CHECKED__"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: object) -> "DatasetV2VersionSampleState":
        """The member for a value read from JSON: a direct lookup, else the full ``cls(value)``.

        Why: calling the class goes through the enum metaclass, several times slower than the
        lookup, and a list answer constructs one enum per item.  Same result, same errors.
        """
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "DatasetV2VersionSampleState | None":
        """Keep a value the spec does not list instead of failing; its name is its value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
