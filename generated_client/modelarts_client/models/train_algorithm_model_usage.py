from enum import IntEnum


class TrainAlgorithmModelUsage(IntEnum):
    IMAGE_CLASSIFICATION = 1
    OBJECT_DETECTION = 2
    IMAGE_SEGMENTATION = 3
    NATURAL_LANGUAGE_PROCESSING = 4
    IMAGE_EMBEDDING = 5

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrainAlgorithmModelUsage | None":
        """Keep a value the spec does not list instead of failing; its name is UNKNOWN_<value>."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
