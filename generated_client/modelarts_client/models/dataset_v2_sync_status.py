from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_sync_status_status import DatasetV2SyncStatusStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetV2SyncStatus")


@_attrs_define
class DatasetV2SyncStatus:
    """Answer of `get_dataset_sync_status_v2`: state of the dataset synchronization task.

    Attributes:
        task_id (str | Unset): ID of the synchronization task.
        dataset_id (str | Unset): Dataset ID.
        status (DatasetV2SyncStatusStatus | Unset): Task status. QUEUING: queued, STARTING: starting, RUNNING: running,
            COMPLETED: done, FAILED: failed, NOT_EXIST: no synchronization task found.
        create_time (int | Unset): When the task was created, Unix epoch milliseconds.
        duration_time (int | Unset): How long the task has run (the page gives no unit).
        add_sample_count (int | Unset): Number of samples added.
        deleted_sample_count (int | Unset): Number of samples deleted.
        total_sample_count (int | Unset): Number of samples in total.
        error_code (str | Unset): Error code, when the task failed.
        error_msg (str | Unset): Error message, when the task failed.
    """

    task_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    status: DatasetV2SyncStatusStatus | Unset = UNSET
    create_time: int | Unset = UNSET
    duration_time: int | Unset = UNSET
    add_sample_count: int | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        dataset_id = self.dataset_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        create_time = self.create_time

        duration_time = self.duration_time

        add_sample_count = self.add_sample_count

        deleted_sample_count = self.deleted_sample_count

        total_sample_count = self.total_sample_count

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if duration_time is not UNSET:
            field_dict["duration_time"] = duration_time
        if add_sample_count is not UNSET:
            field_dict["add_sample_count"] = add_sample_count
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetV2SyncStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetV2SyncStatusStatus.from_json(_status)

        create_time = d.pop("create_time", UNSET)

        duration_time = d.pop("duration_time", UNSET)

        add_sample_count = d.pop("add_sample_count", UNSET)

        deleted_sample_count = d.pop("deleted_sample_count", UNSET)

        total_sample_count = d.pop("total_sample_count", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        dataset_v2_sync_status = cls(
            task_id,
            dataset_id,
            status,
            create_time,
            duration_time,
            add_sample_count,
            deleted_sample_count,
            total_sample_count,
            error_code,
            error_msg,
        )

        dataset_v2_sync_status.additional_properties = d
        return dataset_v2_sync_status

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
