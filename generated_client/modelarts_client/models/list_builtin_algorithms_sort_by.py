from enum import Enum


class ListBuiltinAlgorithmsSortBy(str, Enum):
    CREATE_TIME = "create_time"
    ENGINE = "engine"
    MODEL_NAME = "model_name"
    MODEL_PRECISION = "model_precision"
    MODEL_SIZE = "model_size"
    MODEL_USAGE = "model_usage"
    PARAMETER = "parameter"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListBuiltinAlgorithmsSortBy | None":
        """Keep a value the spec does not list instead of failing; its name is its value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
