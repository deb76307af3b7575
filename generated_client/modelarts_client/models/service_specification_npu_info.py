from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSpecificationNpuInfo")


@_attrs_define
class ServiceSpecificationNpuInfo:
    """NPUs of a flavor.

    Attributes:
        brand (str | Unset): NPU brand.
        version (str | Unset): NPU card type.
        unit (str | Unset): Unit of memory, for example MB.
        memory (int | Unset): Memory of one card, in unit.
        npu (int | Unset): Number of NPUs.
    """

    brand: str | Unset = UNSET
    version: str | Unset = UNSET
    unit: str | Unset = UNSET
    memory: int | Unset = UNSET
    npu: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        version = self.version

        unit = self.unit

        memory = self.memory

        npu = self.npu

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if version is not UNSET:
            field_dict["version"] = version
        if unit is not UNSET:
            field_dict["unit"] = unit
        if memory is not UNSET:
            field_dict["memory"] = memory
        if npu is not UNSET:
            field_dict["npu"] = npu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        brand = d.pop("brand", UNSET)

        version = d.pop("version", UNSET)

        unit = d.pop("unit", UNSET)

        memory = d.pop("memory", UNSET)

        npu = d.pop("npu", UNSET)

        service_specification_npu_info = cls(
            brand,
            version,
            unit,
            memory,
            npu,
        )

        service_specification_npu_info.additional_properties = d
        return service_specification_npu_info

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
