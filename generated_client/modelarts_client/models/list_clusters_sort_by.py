from enum import Enum


class ListClustersSortBy(str, Enum):
    CLUSTER_NAME = "cluster_name"
    CREATED_AT = "created_at"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListClustersSortBy | None":
        """Keep a value the spec does not list instead of failing; its name is its value."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
