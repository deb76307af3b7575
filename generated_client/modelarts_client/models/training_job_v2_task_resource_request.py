from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2TaskResourceRequest")


@_attrs_define
class TrainingJobV2TaskResourceRequest:
    """Resources of a task.

    Attributes:
        node_count (int): Number of replicas.
        flavor_id (str | Unset): Resource flavor ID.
    """

    node_count: int
    flavor_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_count = self.node_count

        flavor_id = self.flavor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_count": node_count,
            }
        )
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        node_count = d.pop("node_count")

        flavor_id = d.pop("flavor_id", UNSET)

        training_job_v2_task_resource_request = cls(
            node_count,
            flavor_id,
        )

        training_job_v2_task_resource_request.additional_properties = d
        return training_job_v2_task_resource_request

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
