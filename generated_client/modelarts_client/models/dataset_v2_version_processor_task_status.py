from enum import IntEnum


class DatasetV2VersionProcessorTaskStatus(IntEnum):
    INITIALIZED = 0
    RUNNING = 1
    COMPLETED = 2
    FAILED = 3
    STOPPED = 4
    TIMEOUT = 5
    DELETE_FAILED = 6
    STOP_FAILED = 7

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: object) -> "DatasetV2VersionProcessorTaskStatus":
        """The member for a value read from JSON: a direct lookup, else the full ``cls(value)``.

        Why: calling the class goes through the enum metaclass, several times slower than the
        lookup, and a list answer constructs one enum per item.  Same result, same errors.
        """
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "DatasetV2VersionProcessorTaskStatus | None":
        """Keep a value the spec does not list instead of failing; its name is UNKNOWN_<value>."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
