from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceCustomSpec")


@_attrs_define
class ServiceCustomSpec:
    """Custom resource amounts of an instance, used with `specification: custom` in a dedicated resource pool. The current
    edition documents cpu (at least 0.01), memory and gpu_p4 (at least 0), cpu and memory mandatory, with two decimals
    kept; ascend_a310 is known only from the 2020 samples.

        Attributes:
            cpu (float | Unset): Number of CPU cores.
            memory (int | Unset): Memory in MB.
            gpu_p4 (float | Unset): Number of P4 GPUs.
            ascend_a310 (int | Unset): Number of Ascend 310 chips.
    """

    cpu: float | Unset = UNSET
    memory: int | Unset = UNSET
    gpu_p4: float | Unset = UNSET
    ascend_a310: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        gpu_p4 = self.gpu_p4

        ascend_a310 = self.ascend_a310

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if gpu_p4 is not UNSET:
            field_dict["gpu_p4"] = gpu_p4
        if ascend_a310 is not UNSET:
            field_dict["ascend_a310"] = ascend_a310

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        gpu_p4 = d.pop("gpu_p4", UNSET)

        ascend_a310 = d.pop("ascend_a310", UNSET)

        service_custom_spec = cls(
            cpu,
            memory,
            gpu_p4,
            ascend_a310,
        )

        service_custom_spec.additional_properties = d
        return service_custom_spec

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
