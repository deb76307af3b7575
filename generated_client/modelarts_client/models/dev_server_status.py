from enum import Enum


class DevServerStatus(str, Enum):
    CHANGINGOS = "CHANGINGOS"
    CHANGINGOS_FAILED = "CHANGINGOS_FAILED"
    CREATE_FAILED = "CREATE_FAILED"
    CREATING = "CREATING"
    DELETED = "DELETED"
    DELETE_FAILED = "DELETE_FAILED"
    DELETING = "DELETING"
    ERROR = "ERROR"
    REBOOTING = "REBOOTING"
    REBOOT_FAILED = "REBOOT_FAILED"
    REINSTALLINGOS = "REINSTALLINGOS"
    REINSTALLINGOS_FAILED = "REINSTALLINGOS_FAILED"
    RUNNING = "RUNNING"
    STARTING = "STARTING"
    START_FAILED = "START_FAILED"
    STOPPED = "STOPPED"
    STOPPING = "STOPPING"
    STOP_FAILED = "STOP_FAILED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: object) -> "DevServerStatus":
        """The member for a value read from JSON: a direct lookup, else the full ``cls(value)``.

        Why: calling the class goes through the enum metaclass, several times slower than the
        lookup, and a list answer constructs one enum per item.  Same result, same errors.
        """
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "DevServerStatus | None":
        """Keep a value the spec does not list instead of failing; its name is its value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
