from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2ParameterConstraint")


@_attrs_define
class TrainingJobV2ParameterConstraint:
    """Constraints on a run parameter.

    Attributes:
        type_ (str | Unset): Parameter type.
        editable (bool | Unset): Whether the parameter can be edited.
        required (bool | Unset): Whether the parameter must be given.
        sensitive (bool | Unset): Whether the parameter is sensitive; not implemented by the service yet.
        valid_type (str | Unset): Kind of validity check.
        valid_range (list[str] | Unset): Allowed values or range.
    """

    type_: str | Unset = UNSET
    editable: bool | Unset = UNSET
    required: bool | Unset = UNSET
    sensitive: bool | Unset = UNSET
    valid_type: str | Unset = UNSET
    valid_range: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        editable = self.editable

        required = self.required

        sensitive = self.sensitive

        valid_type = self.valid_type

        valid_range: list[str] | Unset = UNSET
        if not isinstance(self.valid_range, Unset):
            valid_range = self.valid_range

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if editable is not UNSET:
            field_dict["editable"] = editable
        if required is not UNSET:
            field_dict["required"] = required
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive
        if valid_type is not UNSET:
            field_dict["valid_type"] = valid_type
        if valid_range is not UNSET:
            field_dict["valid_range"] = valid_range

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        editable = d.pop("editable", UNSET)

        required = d.pop("required", UNSET)

        sensitive = d.pop("sensitive", UNSET)

        valid_type = d.pop("valid_type", UNSET)

        valid_range = cast(list[str], d.pop("valid_range", UNSET))

        training_job_v2_parameter_constraint = cls(
            type_,
            editable,
            required,
            sensitive,
            valid_type,
            valid_range,
        )

        training_job_v2_parameter_constraint.additional_properties = d
        return training_job_v2_parameter_constraint

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
