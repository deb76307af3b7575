from enum import IntEnum


class ListDatasetSamplesV2LabelType(IntEnum):
    IMAGE_CLASSIFICATION = 0
    OBJECT_DETECTION = 1
    IMAGE_SEGMENTATION = 3
    TEXT_CLASSIFICATION = 100
    NAMED_ENTITY_RECOGNITION = 101
    TEXT_TRIPLET = 102
    SOUND_CLASSIFICATION = 200
    SPEECH_CONTENT = 201
    SPEECH_PARAGRAPH_LABELING = 202
    TABLE = 400
    VIDEO_LABELING = 600
    FREE_FORMAT = 900

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: object) -> "ListDatasetSamplesV2LabelType":
        """The member for a value read from JSON: a direct lookup, else the full ``cls(value)``.

        Why: calling the class goes through the enum metaclass, several times slower than the
        lookup, and a list answer constructs one enum per item.  Same result, same errors.
        """
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "ListDatasetSamplesV2LabelType | None":
        """Keep a value the spec does not list instead of failing; its name is UNKNOWN_<value>."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
