from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.temporary_access_key_statement_condition_additional_property import (
        TemporaryAccessKeyStatementConditionAdditionalProperty,
    )


T = TypeVar("T", bound="TemporaryAccessKeyStatementCondition")


@_attrs_define
class TemporaryAccessKeyStatementCondition:
    """Conditions under which the statement applies (operator, then key, then values)."""

    additional_properties: dict[str, TemporaryAccessKeyStatementConditionAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.temporary_access_key_statement_condition_additional_property import (
            TemporaryAccessKeyStatementConditionAdditionalProperty,  # noqa: PLC0415
        )

        d = dict(src_dict)
        temporary_access_key_statement_condition = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = TemporaryAccessKeyStatementConditionAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        temporary_access_key_statement_condition.additional_properties = additional_properties
        return temporary_access_key_statement_condition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TemporaryAccessKeyStatementConditionAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TemporaryAccessKeyStatementConditionAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
