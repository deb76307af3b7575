from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_import_task_v2 import DatasetImportTaskV2


T = TypeVar("T", bound="DatasetImportTaskV2List")


@_attrs_define
class DatasetImportTaskV2List:
    """One page of the import tasks of a dataset.

    Attributes:
        import_tasks (list[DatasetImportTaskV2] | Unset): The import tasks.
        total_count (int | Unset): Number of import tasks of the dataset.
    """

    import_tasks: list[DatasetImportTaskV2] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.import_tasks, Unset):
            import_tasks = []
            for import_tasks_item_data in self.import_tasks:
                import_tasks_item = import_tasks_item_data.to_dict()
                import_tasks.append(import_tasks_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_tasks is not UNSET:
            field_dict["import_tasks"] = import_tasks
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_import_task_v2 import DatasetImportTaskV2  # noqa: PLC0415

        d = dict(src_dict)
        _import_tasks = d.pop("import_tasks", UNSET)
        import_tasks: list[DatasetImportTaskV2] | Unset = UNSET
        if _import_tasks is not UNSET and _import_tasks is not None:
            import_tasks = []
            for import_tasks_item_data in _import_tasks:
                import_tasks_item = DatasetImportTaskV2.from_dict(import_tasks_item_data)

                import_tasks.append(import_tasks_item)

        total_count = d.pop("total_count", UNSET)

        dataset_import_task_v2_list = cls(
            import_tasks,
            total_count,
        )

        dataset_import_task_v2_list.additional_properties = d
        return dataset_import_task_v2_list

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
