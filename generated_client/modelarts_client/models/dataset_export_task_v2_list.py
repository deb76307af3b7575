from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_export_task_v2 import DatasetExportTaskV2


T = TypeVar("T", bound="DatasetExportTaskV2List")


@_attrs_define
class DatasetExportTaskV2List:
    """One page of the export tasks of a dataset.

    Attributes:
        total_count (int | Unset): Number of export tasks matching the filter, over all pages.
        export_tasks (list[DatasetExportTaskV2] | Unset): The export tasks on this page.
    """

    total_count: int | Unset = UNSET
    export_tasks: list[DatasetExportTaskV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        export_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.export_tasks, Unset):
            export_tasks = []
            for export_tasks_item_data in self.export_tasks:
                export_tasks_item = export_tasks_item_data.to_dict()
                export_tasks.append(export_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if export_tasks is not UNSET:
            field_dict["export_tasks"] = export_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_export_task_v2 import DatasetExportTaskV2  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        _export_tasks = d.pop("export_tasks", UNSET)
        export_tasks: list[DatasetExportTaskV2] | Unset = UNSET
        if _export_tasks is not UNSET and _export_tasks is not None:
            export_tasks = []
            for export_tasks_item_data in _export_tasks:
                export_tasks_item = DatasetExportTaskV2.from_dict(export_tasks_item_data)

                export_tasks.append(export_tasks_item)

        dataset_export_task_v2_list = cls(
            total_count,
            export_tasks,
        )

        dataset_export_task_v2_list.additional_properties = d
        return dataset_export_task_v2_list

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
