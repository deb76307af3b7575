from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainJobSystemMetrics")


@_attrs_define
class TrainJobSystemMetrics:
    """System monitoring metrics of a job version; each series is an array of numeric strings.

    Attributes:
        cpu_usage (list[str] | Unset): CPU usage samples.
        mem_usage (list[str] | Unset): Memory usage samples.
        gpu_util (list[str] | Unset): GPU usage samples.
        gpu_mem_usage (list[str] | Unset): GPU memory usage samples.
        disk_read_rate (list[str] | Unset): Disk read rate samples.
        disk_write_rate (list[str] | Unset): Disk write rate samples.
        recv_bytes_rate (list[str] | Unset): Network receive rate samples.
        send_bytes_rate (list[str] | Unset): Network send rate samples.
        interval (int | Unset): Sampling interval (unit not documented; sample-only field).
    """

    cpu_usage: list[str] | Unset = UNSET
    mem_usage: list[str] | Unset = UNSET
    gpu_util: list[str] | Unset = UNSET
    gpu_mem_usage: list[str] | Unset = UNSET
    disk_read_rate: list[str] | Unset = UNSET
    disk_write_rate: list[str] | Unset = UNSET
    recv_bytes_rate: list[str] | Unset = UNSET
    send_bytes_rate: list[str] | Unset = UNSET
    interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_usage: list[str] | Unset = UNSET
        if not isinstance(self.cpu_usage, Unset):
            cpu_usage = self.cpu_usage

        mem_usage: list[str] | Unset = UNSET
        if not isinstance(self.mem_usage, Unset):
            mem_usage = self.mem_usage

        gpu_util: list[str] | Unset = UNSET
        if not isinstance(self.gpu_util, Unset):
            gpu_util = self.gpu_util

        gpu_mem_usage: list[str] | Unset = UNSET
        if not isinstance(self.gpu_mem_usage, Unset):
            gpu_mem_usage = self.gpu_mem_usage

        disk_read_rate: list[str] | Unset = UNSET
        if not isinstance(self.disk_read_rate, Unset):
            disk_read_rate = self.disk_read_rate

        disk_write_rate: list[str] | Unset = UNSET
        if not isinstance(self.disk_write_rate, Unset):
            disk_write_rate = self.disk_write_rate

        recv_bytes_rate: list[str] | Unset = UNSET
        if not isinstance(self.recv_bytes_rate, Unset):
            recv_bytes_rate = self.recv_bytes_rate

        send_bytes_rate: list[str] | Unset = UNSET
        if not isinstance(self.send_bytes_rate, Unset):
            send_bytes_rate = self.send_bytes_rate

        interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_usage is not UNSET:
            field_dict["cpuUsage"] = cpu_usage
        if mem_usage is not UNSET:
            field_dict["memUsage"] = mem_usage
        if gpu_util is not UNSET:
            field_dict["gpuUtil"] = gpu_util
        if gpu_mem_usage is not UNSET:
            field_dict["gpuMemUsage"] = gpu_mem_usage
        if disk_read_rate is not UNSET:
            field_dict["diskReadRate"] = disk_read_rate
        if disk_write_rate is not UNSET:
            field_dict["diskWriteRate"] = disk_write_rate
        if recv_bytes_rate is not UNSET:
            field_dict["recvBytesRate"] = recv_bytes_rate
        if send_bytes_rate is not UNSET:
            field_dict["sendBytesRate"] = send_bytes_rate
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        cpu_usage = cast(list[str], d.pop("cpuUsage", UNSET))

        mem_usage = cast(list[str], d.pop("memUsage", UNSET))

        gpu_util = cast(list[str], d.pop("gpuUtil", UNSET))

        gpu_mem_usage = cast(list[str], d.pop("gpuMemUsage", UNSET))

        disk_read_rate = cast(list[str], d.pop("diskReadRate", UNSET))

        disk_write_rate = cast(list[str], d.pop("diskWriteRate", UNSET))

        recv_bytes_rate = cast(list[str], d.pop("recvBytesRate", UNSET))

        send_bytes_rate = cast(list[str], d.pop("sendBytesRate", UNSET))

        interval = d.pop("interval", UNSET)

        train_job_system_metrics = cls(
            cpu_usage,
            mem_usage,
            gpu_util,
            gpu_mem_usage,
            disk_read_rate,
            disk_write_rate,
            recv_bytes_rate,
            send_bytes_rate,
            interval,
        )

        train_job_system_metrics.additional_properties = d
        return train_job_system_metrics

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
