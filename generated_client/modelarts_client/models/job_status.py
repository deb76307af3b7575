from enum import IntEnum


class JobStatus(IntEnum):
    JOBSTAT_UNKNOWN = 0
    JOBSTAT_INIT = 1
    JOBSTAT_IMAGE_CREATING = 2
    JOBSTAT_IMAGE_FAILED = 3
    JOBSTAT_SUBMIT_TRYING = 4
    JOBSTAT_SUBMIT_FAILED = 5
    JOBSTAT_DELETE_FAILED = 6
    JOBSTAT_WAITING = 7
    JOBSTAT_RUNNING = 8
    JOBSTAT_KILLING = 9
    JOBSTAT_COMPLETED = 10
    JOBSTAT_FAILED = 11
    JOBSTAT_KILLED = 12
    JOBSTAT_CANCELED = 13
    JOBSTAT_LOST = 14
    JOBSTAT_SCALING = 15
    JOBSTAT_SUBMIT_MODEL_FAILED = 16
    JOBSTAT_DEPLOY_SERVICE_FAILED = 17
    JOBSTAT_CHECK_INIT = 18
    JOBSTAT_CHECK_RUNNING = 19
    JOBSTAT_CHECK_RUNNING_COMPLETED = 20
    JOBSTAT_CHECK_FAILED = 21

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: object) -> "JobStatus":
        """The member for a value read from JSON: a direct lookup, else the full ``cls(value)``.

        Why: calling the class goes through the enum metaclass, several times slower than the
        lookup, and a list answer constructs one enum per item.  Same result, same errors.
        """
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "JobStatus | None":
        """Keep a value the spec does not list instead of failing; its name is UNKNOWN_<value>."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member
