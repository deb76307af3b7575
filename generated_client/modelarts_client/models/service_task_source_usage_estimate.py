from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceTaskSourceUsageEstimate")


@_attrs_define
class ServiceTaskSourceUsageEstimate:
    """Resources the task is expected to use. Needed for ModelArts Edge.

    Attributes:
        cpu (float): Expected CPU use (presumably cores; the samples use 0.1).
        memory (int): Expected memory use (the reference gives no unit; the samples use 32).
    """

    cpu: float
    memory: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        memory = self.memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpu": cpu,
                "memory": memory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        cpu = d.pop("cpu")

        memory = d.pop("memory")

        service_task_source_usage_estimate = cls(
            cpu,
            memory,
        )

        service_task_source_usage_estimate.additional_properties = d
        return service_task_source_usage_estimate

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
