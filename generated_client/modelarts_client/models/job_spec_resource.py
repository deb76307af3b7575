from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSpecResource")


@_attrs_define
class JobSpecResource:
    """One resource flavor.

    Attributes:
        spec_id (int | Unset): Flavor ID (the `spec_id` of training jobs and configurations).
        core (str | Unset): Number of CPU cores (as text).
        cpu (str | Unset): Memory size (as text).
        gpu_num (int | Unset): Number of GPUs.
        gpu_type (str | Unset): GPU model; empty for CPU flavors.
        spec_code (str | Unset): Flavor code, e.g. `modelarts.vm.cpu.2u`.
        max_num (int | Unset): Largest number of nodes that can be selected.
        unit_num (int | Unset): Number of billing units.
        storage (str | Unset): SSD size of the flavor; may be empty.
        interface_type (int | Unset): Interface type.
        no_resource (bool | Unset): True when no resources of this flavor are currently available.
    """

    spec_id: int | Unset = UNSET
    core: str | Unset = UNSET
    cpu: str | Unset = UNSET
    gpu_num: int | Unset = UNSET
    gpu_type: str | Unset = UNSET
    spec_code: str | Unset = UNSET
    max_num: int | Unset = UNSET
    unit_num: int | Unset = UNSET
    storage: str | Unset = UNSET
    interface_type: int | Unset = UNSET
    no_resource: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec_id = self.spec_id

        core = self.core

        cpu = self.cpu

        gpu_num = self.gpu_num

        gpu_type = self.gpu_type

        spec_code = self.spec_code

        max_num = self.max_num

        unit_num = self.unit_num

        storage = self.storage

        interface_type = self.interface_type

        no_resource = self.no_resource

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec_id is not UNSET:
            field_dict["spec_id"] = spec_id
        if core is not UNSET:
            field_dict["core"] = core
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if gpu_type is not UNSET:
            field_dict["gpu_type"] = gpu_type
        if spec_code is not UNSET:
            field_dict["spec_code"] = spec_code
        if max_num is not UNSET:
            field_dict["max_num"] = max_num
        if unit_num is not UNSET:
            field_dict["unit_num"] = unit_num
        if storage is not UNSET:
            field_dict["storage"] = storage
        if interface_type is not UNSET:
            field_dict["interface_type"] = interface_type
        if no_resource is not UNSET:
            field_dict["no_resource"] = no_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        spec_id = d.pop("spec_id", UNSET)

        core = d.pop("core", UNSET)

        cpu = d.pop("cpu", UNSET)

        gpu_num = d.pop("gpu_num", UNSET)

        gpu_type = d.pop("gpu_type", UNSET)

        spec_code = d.pop("spec_code", UNSET)

        max_num = d.pop("max_num", UNSET)

        unit_num = d.pop("unit_num", UNSET)

        storage = d.pop("storage", UNSET)

        interface_type = d.pop("interface_type", UNSET)

        no_resource = d.pop("no_resource", UNSET)

        job_spec_resource = cls(
            spec_id,
            core,
            cpu,
            gpu_num,
            gpu_type,
            spec_code,
            max_num,
            unit_num,
            storage,
            interface_type,
            no_resource,
        )

        job_spec_resource.additional_properties = d
        return job_spec_resource

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
