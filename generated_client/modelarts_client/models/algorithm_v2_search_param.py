from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algorithm_v2_search_param_param_type import AlgorithmV2SearchParamParamType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgorithmV2SearchParam")


@_attrs_define
class AlgorithmV2SearchParam:
    """A searched hyperparameter, as answered (discrete values as one string).

    Attributes:
        name (str | Unset): Hyperparameter name.
        param_type (AlgorithmV2SearchParamParamType | Unset): `continuous` (shown as a text box on the console) or
            `discrete` (shown as a drop-down list).
        lower_bound (str | Unset): Lower bound.
        upper_bound (str | Unset): Upper bound.
        discrete_points_num (str | Unset): Number of discrete points taken from a continuous range.
        discrete_values (str | Unset): Values of a discrete hyperparameter, as one string.
    """

    name: str | Unset = UNSET
    param_type: AlgorithmV2SearchParamParamType | Unset = UNSET
    lower_bound: str | Unset = UNSET
    upper_bound: str | Unset = UNSET
    discrete_points_num: str | Unset = UNSET
    discrete_values: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        param_type: str | Unset = UNSET
        if not isinstance(self.param_type, Unset):
            param_type = self.param_type.value

        lower_bound = self.lower_bound

        upper_bound = self.upper_bound

        discrete_points_num = self.discrete_points_num

        discrete_values = self.discrete_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if param_type is not UNSET:
            field_dict["param_type"] = param_type
        if lower_bound is not UNSET:
            field_dict["lower_bound"] = lower_bound
        if upper_bound is not UNSET:
            field_dict["upper_bound"] = upper_bound
        if discrete_points_num is not UNSET:
            field_dict["discrete_points_num"] = discrete_points_num
        if discrete_values is not UNSET:
            field_dict["discrete_values"] = discrete_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _param_type = d.pop("param_type", UNSET)
        param_type: AlgorithmV2SearchParamParamType | Unset
        if isinstance(_param_type, Unset):
            param_type = UNSET
        else:
            param_type = AlgorithmV2SearchParamParamType.from_json(_param_type)

        lower_bound = d.pop("lower_bound", UNSET)

        upper_bound = d.pop("upper_bound", UNSET)

        discrete_points_num = d.pop("discrete_points_num", UNSET)

        discrete_values = d.pop("discrete_values", UNSET)

        algorithm_v2_search_param = cls(
            name,
            param_type,
            lower_bound,
            upper_bound,
            discrete_points_num,
            discrete_values,
        )

        algorithm_v2_search_param.additional_properties = d
        return algorithm_v2_search_param

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
