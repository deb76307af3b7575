from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSpecificationGpuInfo")


@_attrs_define
class ServiceSpecificationGpuInfo:
    """GPUs of a flavor.

    Attributes:
        brand (str | Unset): GPU brand, for example NVIDIA.
        version (str | Unset): GPU card type.
        unit (str | Unset): Unit of memory, for example GB or MB.
        memory (int | Unset): Memory of one card, in unit.
        gpu (float | Unset): Number of GPUs; may be fractional.
    """

    brand: str | Unset = UNSET
    version: str | Unset = UNSET
    unit: str | Unset = UNSET
    memory: int | Unset = UNSET
    gpu: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        version = self.version

        unit = self.unit

        memory = self.memory

        gpu = self.gpu

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
        if gpu is not UNSET:
            field_dict["gpu"] = gpu

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

        gpu = d.pop("gpu", UNSET)

        service_specification_gpu_info = cls(
            brand,
            version,
            unit,
            memory,
            gpu,
        )

        service_specification_gpu_info.additional_properties = d
        return service_specification_gpu_info

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
