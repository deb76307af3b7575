from enum import Enum


class DatasetSampleV2CreateItemEncoding(str, Enum):
    GB2312 = "GB2312"
    GBK = "GBK"
    UTF_8 = "UTF-8"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def from_json(cls, value: object) -> "DatasetSampleV2CreateItemEncoding":
        """The member for a value read from JSON: a direct lookup, else the full ``cls(value)``.

        Why: calling the class goes through the enum metaclass, several times slower than the
        lookup, and a list answer constructs one enum per item.  Same result, same errors.
        """
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):
            return cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "DatasetSampleV2CreateItemEncoding | None":
        """Keep a value the spec does not list instead of failing; its name is its value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
