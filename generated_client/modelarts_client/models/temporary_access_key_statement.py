from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.temporary_access_key_statement_effect import TemporaryAccessKeyStatementEffect
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.temporary_access_key_statement_condition import TemporaryAccessKeyStatementCondition


T = TypeVar("T", bound="TemporaryAccessKeyStatement")


@_attrs_define
class TemporaryAccessKeyStatement:
    """One statement of a custom policy.

    Attributes:
        action (list[str]): Permissions, `service:resource:action`, e.g. `obs:object:GetObject`.
        effect (TemporaryAccessKeyStatementEffect): Whether the actions are allowed or denied.
        condition (TemporaryAccessKeyStatementCondition | Unset): Conditions under which the statement applies
            (operator, then key, then values).
        resource (list[str] | Unset): Resources the statement covers, e.g. `obs:*:*:object:my-bucket/my-object`.
    """

    action: list[str]
    effect: TemporaryAccessKeyStatementEffect
    condition: TemporaryAccessKeyStatementCondition | Unset = UNSET
    resource: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        effect = self.effect.value

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        resource: list[str] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Action": action,
                "Effect": effect,
            }
        )
        if condition is not UNSET:
            field_dict["Condition"] = condition
        if resource is not UNSET:
            field_dict["Resource"] = resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.temporary_access_key_statement_condition import TemporaryAccessKeyStatementCondition  # noqa: PLC0415

        d = dict(src_dict)
        action = cast(list[str], d.pop("Action"))

        effect = TemporaryAccessKeyStatementEffect.from_json(d.pop("Effect"))

        _condition = d.pop("Condition", UNSET)
        condition: TemporaryAccessKeyStatementCondition | Unset
        if isinstance(_condition, Unset) or _condition is None:
            condition = UNSET
        else:
            condition = TemporaryAccessKeyStatementCondition.from_dict(_condition)

        resource = cast(list[str], d.pop("Resource", UNSET))

        temporary_access_key_statement = cls(
            action,
            effect,
            condition,
            resource,
        )

        temporary_access_key_statement.additional_properties = d
        return temporary_access_key_statement

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
