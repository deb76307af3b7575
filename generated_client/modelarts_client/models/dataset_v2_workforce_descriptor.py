from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_worker import DatasetV2Worker


T = TypeVar("T", bound="DatasetV2WorkforceDescriptor")


@_attrs_define
class DatasetV2WorkforceDescriptor:
    """Team labeling information of a dataset, as answered.

    Attributes:
        current_task_id (str | Unset): ID of the team labeling task.
        current_task_name (str | Unset): Name of the team labeling task.
        reject_num (int | Unset): Number of rejected samples.
        repetition (int | Unset): Number of people who label each sample, at least 1.
        is_synchronize_auto_labeling_data (bool | Unset): Whether auto labeling results are passed on to the team.
        is_synchronize_data (bool | Unset): Whether new data (uploads, synchronized sources, imported unlabeled files)
            is passed on to the team members.
        workforce_id (str | Unset): ID of the labeling team.
        workforce_name (str | Unset): Name of the labeling team.
        workers (list[DatasetV2Worker] | Unset): Members of the labeling team.
    """

    current_task_id: str | Unset = UNSET
    current_task_name: str | Unset = UNSET
    reject_num: int | Unset = UNSET
    repetition: int | Unset = UNSET
    is_synchronize_auto_labeling_data: bool | Unset = UNSET
    is_synchronize_data: bool | Unset = UNSET
    workforce_id: str | Unset = UNSET
    workforce_name: str | Unset = UNSET
    workers: list[DatasetV2Worker] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_task_id = self.current_task_id

        current_task_name = self.current_task_name

        reject_num = self.reject_num

        repetition = self.repetition

        is_synchronize_auto_labeling_data = self.is_synchronize_auto_labeling_data

        is_synchronize_data = self.is_synchronize_data

        workforce_id = self.workforce_id

        workforce_name = self.workforce_name

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_task_id is not UNSET:
            field_dict["current_task_id"] = current_task_id
        if current_task_name is not UNSET:
            field_dict["current_task_name"] = current_task_name
        if reject_num is not UNSET:
            field_dict["reject_num"] = reject_num
        if repetition is not UNSET:
            field_dict["repetition"] = repetition
        if is_synchronize_auto_labeling_data is not UNSET:
            field_dict["is_synchronize_auto_labeling_data"] = is_synchronize_auto_labeling_data
        if is_synchronize_data is not UNSET:
            field_dict["is_synchronize_data"] = is_synchronize_data
        if workforce_id is not UNSET:
            field_dict["workforce_id"] = workforce_id
        if workforce_name is not UNSET:
            field_dict["workforce_name"] = workforce_name
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_worker import DatasetV2Worker  # noqa: PLC0415

        d = dict(src_dict)
        current_task_id = d.pop("current_task_id", UNSET)

        current_task_name = d.pop("current_task_name", UNSET)

        reject_num = d.pop("reject_num", UNSET)

        repetition = d.pop("repetition", UNSET)

        is_synchronize_auto_labeling_data = d.pop("is_synchronize_auto_labeling_data", UNSET)

        is_synchronize_data = d.pop("is_synchronize_data", UNSET)

        workforce_id = d.pop("workforce_id", UNSET)

        workforce_name = d.pop("workforce_name", UNSET)

        _workers = d.pop("workers", UNSET)
        workers: list[DatasetV2Worker] | Unset = UNSET
        if _workers is not UNSET and _workers is not None:
            workers = []
            for workers_item_data in _workers:
                workers_item = DatasetV2Worker.from_dict(workers_item_data)

                workers.append(workers_item)

        dataset_v2_workforce_descriptor = cls(
            current_task_id,
            current_task_name,
            reject_num,
            repetition,
            is_synchronize_auto_labeling_data,
            is_synchronize_data,
            workforce_id,
            workforce_name,
            workers,
        )

        dataset_v2_workforce_descriptor.additional_properties = d
        return dataset_v2_workforce_descriptor

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
