from enum import IntEnum


class DatasetSampleV2MetadataModelartshardReasonsItem(IntEnum):
    NO_OBJECT_IDENTIFIED = 0
    LOW_CONFIDENCE = 1
    CLUSTERING_MISMATCH = 2
    DIFFERS_FROM_SAME_CLASS = 3
    INCONSISTENT_CONSECUTIVE_PREDICTIONS = 4
    RESOLUTION_OFFSET = 5
    ASPECT_RATIO_OFFSET = 6
    BRIGHTNESS_OFFSET = 7
    SATURATION_OFFSET = 8
    COLOR_RICHNESS_OFFSET = 9
    DEFINITION_OFFSET = 10
    BOX_COUNT_OFFSET = 11
    BOX_AREA_STDDEV_OFFSET = 12
    BOX_ASPECT_RATIO_OFFSET = 13
    BOX_AREA_PORTION_OFFSET = 14
    BOX_EDGE_OFFSET = 15
    BOX_BRIGHTNESS_OFFSET = 16
    BOX_DEFINITION_OFFSET = 17
    BOX_STACK_OFFSET = 18
    GAUSSIAN_BLUR_MISMATCH = 19
    FLIPLR_MISMATCH = 20
    CROP_MISMATCH = 21
    FLIPUD_MISMATCH = 22
    SCALE_MISMATCH = 23
    TRANSLATE_MISMATCH = 24
    SHEAR_MISMATCH = 25
    SUPERPIXELS_MISMATCH = 26
    SHARPEN_MISMATCH = 27
    ADD_MISMATCH = 28
    INVERT_MISMATCH = 29
    PREDICTED_ABNORMAL = 30

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: object) -> "DatasetSampleV2MetadataModelartshardReasonsItem":
        """The member for a value read from JSON: a direct lookup, else the full ``cls(value)``.

        Why: calling the class goes through the enum metaclass, several times slower than the
        lookup, and a list answer constructs one enum per item.  Same result, same errors.
        """
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "DatasetSampleV2MetadataModelartshardReasonsItem | None":
        """Keep a value the spec does not list instead of failing; its name is UNKNOWN_<value>."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
