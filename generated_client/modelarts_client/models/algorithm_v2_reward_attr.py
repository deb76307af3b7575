from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algorithm_v2_reward_attr_mode import AlgorithmV2RewardAttrMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgorithmV2RewardAttr")


@_attrs_define
class AlgorithmV2RewardAttr:
    """A metric that hyperparameter search optimises.

    Attributes:
        name (str | Unset): Metric name.
        mode (AlgorithmV2RewardAttrMode | Unset): `max`: larger is better; `min`: smaller is better.
        regex (str | Unset): Regular expression that extracts the metric.
    """

    name: str | Unset = UNSET
    mode: AlgorithmV2RewardAttrMode | Unset = UNSET
    regex: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        regex = self.regex

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if mode is not UNSET:
            field_dict["mode"] = mode
        if regex is not UNSET:
            field_dict["regex"] = regex

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: AlgorithmV2RewardAttrMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = AlgorithmV2RewardAttrMode.from_json(_mode)

        regex = d.pop("regex", UNSET)

        algorithm_v2_reward_attr = cls(
            name,
            mode,
            regex,
        )

        algorithm_v2_reward_attr.additional_properties = d
        return algorithm_v2_reward_attr

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
