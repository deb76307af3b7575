from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task import ServiceTask


T = TypeVar("T", bound="ServiceTaskListResponse")


@_attrs_define
class ServiceTaskListResponse:
    """Answer of `list_service_tasks`.

    Attributes:
        count (int | Unset): Number of tasks matching the filters, over all pages.
        tasks (list[ServiceTask] | Unset): This page of tasks.
    """

    count: int | Unset = UNSET
    tasks: list[ServiceTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_task import ServiceTask  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[ServiceTask] | Unset = UNSET
        if _tasks is not UNSET and _tasks is not None:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ServiceTask.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        service_task_list_response = cls(
            count,
            tasks,
        )

        service_task_list_response.additional_properties = d
        return service_task_list_response

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
