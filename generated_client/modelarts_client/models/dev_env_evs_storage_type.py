from enum import Enum


class DevEnvEvsStorageType(str, Enum):
    EVS = "evs"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DevEnvEvsStorageType | None":
        """Keep a value the spec does not list instead of failing; its name is its value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
