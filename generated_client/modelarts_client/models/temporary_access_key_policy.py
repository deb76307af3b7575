from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.temporary_access_key_policy_version import TemporaryAccessKeyPolicyVersion

if TYPE_CHECKING:
    from ..models.temporary_access_key_statement import TemporaryAccessKeyStatement


T = TypeVar("T", bound="TemporaryAccessKeyPolicy")


@_attrs_define
class TemporaryAccessKeyPolicy:
    """A custom policy that narrows the key's permissions to the intersection of the token's and the
    policy's (only OBS honours it).

        Attributes:
            version (TemporaryAccessKeyPolicyVersion): Policy syntax version; `1.1`.
            statement (list[TemporaryAccessKeyStatement]): The policy's statements.
    """

    version: TemporaryAccessKeyPolicyVersion
    statement: list[TemporaryAccessKeyStatement]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version.value

        statement = []
        for statement_item_data in self.statement:
            statement_item = statement_item_data.to_dict()
            statement.append(statement_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Version": version,
                "Statement": statement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.temporary_access_key_statement import TemporaryAccessKeyStatement  # noqa: PLC0415

        d = dict(src_dict)
        version = TemporaryAccessKeyPolicyVersion.from_json(d.pop("Version"))

        statement = []
        _statement = d.pop("Statement")
        for statement_item_data in _statement:
            statement_item = TemporaryAccessKeyStatement.from_dict(statement_item_data)

            statement.append(statement_item)

        temporary_access_key_policy = cls(
            version,
            statement,
        )

        temporary_access_key_policy.additional_properties = d
        return temporary_access_key_policy

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
