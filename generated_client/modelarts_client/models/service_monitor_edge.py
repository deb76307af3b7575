from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceMonitorEdge")


@_attrs_define
class ServiceMonitorEdge:
    """Monitoring figures of one node of an edge service.

    Attributes:
        node_id (str): Node ID.
        node_name (str | Unset): Node name.
        cpu_core_usage (float | Unset): CPU cores in use.
        cpu_core_total (float | Unset): Total CPU cores.
        cpu_memory_usage (int | Unset): Memory in use, MB.
        cpu_memory_total (int | Unset): Total memory, MB.
        gpu_usage (float | Unset): GPUs in use.
        gpu_total (float | Unset): Total GPUs.
        model_running_instance_count (int | Unset): Number of running instances of the model.
        model_instance_count (int | Unset): Number of instances of the model.
        gpu_memory_total (float | Unset): Total GPU memory, MB.
        gpu_memory_usage (float | Unset): GPU memory in use, MB.
        npu_total (float | Unset): Total NPUs.
        npu_usage (float | Unset): NPUs in use.
        npu_memory_total (float | Unset): Total NPU memory, MB.
        npu_memory_usage (float | Unset): NPU memory in use, MB.
    """

    node_id: str
    node_name: str | Unset = UNSET
    cpu_core_usage: float | Unset = UNSET
    cpu_core_total: float | Unset = UNSET
    cpu_memory_usage: int | Unset = UNSET
    cpu_memory_total: int | Unset = UNSET
    gpu_usage: float | Unset = UNSET
    gpu_total: float | Unset = UNSET
    model_running_instance_count: int | Unset = UNSET
    model_instance_count: int | Unset = UNSET
    gpu_memory_total: float | Unset = UNSET
    gpu_memory_usage: float | Unset = UNSET
    npu_total: float | Unset = UNSET
    npu_usage: float | Unset = UNSET
    npu_memory_total: float | Unset = UNSET
    npu_memory_usage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        node_name = self.node_name

        cpu_core_usage = self.cpu_core_usage

        cpu_core_total = self.cpu_core_total

        cpu_memory_usage = self.cpu_memory_usage

        cpu_memory_total = self.cpu_memory_total

        gpu_usage = self.gpu_usage

        gpu_total = self.gpu_total

        model_running_instance_count = self.model_running_instance_count

        model_instance_count = self.model_instance_count

        gpu_memory_total = self.gpu_memory_total

        gpu_memory_usage = self.gpu_memory_usage

        npu_total = self.npu_total

        npu_usage = self.npu_usage

        npu_memory_total = self.npu_memory_total

        npu_memory_usage = self.npu_memory_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_id": node_id,
            }
        )
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if cpu_core_usage is not UNSET:
            field_dict["cpu_core_usage"] = cpu_core_usage
        if cpu_core_total is not UNSET:
            field_dict["cpu_core_total"] = cpu_core_total
        if cpu_memory_usage is not UNSET:
            field_dict["cpu_memory_usage"] = cpu_memory_usage
        if cpu_memory_total is not UNSET:
            field_dict["cpu_memory_total"] = cpu_memory_total
        if gpu_usage is not UNSET:
            field_dict["gpu_usage"] = gpu_usage
        if gpu_total is not UNSET:
            field_dict["gpu_total"] = gpu_total
        if model_running_instance_count is not UNSET:
            field_dict["model_running_instance_count"] = model_running_instance_count
        if model_instance_count is not UNSET:
            field_dict["model_instance_count"] = model_instance_count
        if gpu_memory_total is not UNSET:
            field_dict["gpu_memory_total"] = gpu_memory_total
        if gpu_memory_usage is not UNSET:
            field_dict["gpu_memory_usage"] = gpu_memory_usage
        if npu_total is not UNSET:
            field_dict["npu_total"] = npu_total
        if npu_usage is not UNSET:
            field_dict["npu_usage"] = npu_usage
        if npu_memory_total is not UNSET:
            field_dict["npu_memory_total"] = npu_memory_total
        if npu_memory_usage is not UNSET:
            field_dict["npu_memory_usage"] = npu_memory_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        node_id = d.pop("node_id")

        node_name = d.pop("node_name", UNSET)

        cpu_core_usage = d.pop("cpu_core_usage", UNSET)

        cpu_core_total = d.pop("cpu_core_total", UNSET)

        cpu_memory_usage = d.pop("cpu_memory_usage", UNSET)

        cpu_memory_total = d.pop("cpu_memory_total", UNSET)

        gpu_usage = d.pop("gpu_usage", UNSET)

        gpu_total = d.pop("gpu_total", UNSET)

        model_running_instance_count = d.pop("model_running_instance_count", UNSET)

        model_instance_count = d.pop("model_instance_count", UNSET)

        gpu_memory_total = d.pop("gpu_memory_total", UNSET)

        gpu_memory_usage = d.pop("gpu_memory_usage", UNSET)

        npu_total = d.pop("npu_total", UNSET)

        npu_usage = d.pop("npu_usage", UNSET)

        npu_memory_total = d.pop("npu_memory_total", UNSET)

        npu_memory_usage = d.pop("npu_memory_usage", UNSET)

        service_monitor_edge = cls(
            node_id,
            node_name,
            cpu_core_usage,
            cpu_core_total,
            cpu_memory_usage,
            cpu_memory_total,
            gpu_usage,
            gpu_total,
            model_running_instance_count,
            model_instance_count,
            gpu_memory_total,
            gpu_memory_usage,
            npu_total,
            npu_usage,
            npu_memory_total,
            npu_memory_usage,
        )

        service_monitor_edge.additional_properties = d
        return service_monitor_edge

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
