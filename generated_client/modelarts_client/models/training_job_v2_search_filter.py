from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_search_filter_operator import TrainingJobV2SearchFilterOperator
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2SearchFilter")


@_attrs_define
class TrainingJobV2SearchFilter:
    """A search condition on one job field.

    Attributes:
        key (str | Unset): Job field the condition is on, e.g. name, create_time, phase, algorithm_name, kind, user_id,
            runtime_type.
        operator (TrainingJobV2SearchFilterOperator | Unset): How `value` is matched.
        value (list[str] | Unset): Values to match.
    """

    key: str | Unset = UNSET
    operator: TrainingJobV2SearchFilterOperator | Unset = UNSET
    value: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value: list[str] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: TrainingJobV2SearchFilterOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = TrainingJobV2SearchFilterOperator.from_json(_operator)

        value = cast(list[str], d.pop("value", UNSET))

        training_job_v2_search_filter = cls(
            key,
            operator,
            value,
        )

        training_job_v2_search_filter.additional_properties = d
        return training_job_v2_search_filter

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
