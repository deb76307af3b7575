from enum import IntEnum


class ListDatasetVersionsV2Status(IntEnum):
    CREATING = 0
    RUNNING = 1
    DELETING = 2
    DELETED = 3
    ERROR = 4

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: object) -> "ListDatasetVersionsV2Status":
        """The member for a value read from JSON: a direct lookup, else the full ``cls(value)``.

        Why: calling the class goes through the enum metaclass, several times slower than the
        lookup, and a list answer constructs one enum per item.  Same result, same errors.
        """
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "ListDatasetVersionsV2Status | None":
        """Keep a value the spec does not list instead of failing; its name is UNKNOWN_<value>."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
