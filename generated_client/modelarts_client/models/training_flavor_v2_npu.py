from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingFlavorV2Npu")


@_attrs_define
class TrainingFlavorV2Npu:
    """NPUs of a flavor.

    Attributes:
        unit_num (str | Unset): Number of NPUs (a string, unlike the GPU count).
        product_name (str | Unset): NPU product name.
        memory (str | Unset): NPU memory.
    """

    unit_num: str | Unset = UNSET
    product_name: str | Unset = UNSET
    memory: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_num = self.unit_num

        product_name = self.product_name

        memory = self.memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unit_num is not UNSET:
            field_dict["unit_num"] = unit_num
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if memory is not UNSET:
            field_dict["memory"] = memory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        unit_num = d.pop("unit_num", UNSET)

        product_name = d.pop("product_name", UNSET)

        memory = d.pop("memory", UNSET)

        training_flavor_v2_npu = cls(
            unit_num,
            product_name,
            memory,
        )

        training_flavor_v2_npu.additional_properties = d
        return training_flavor_v2_npu

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
