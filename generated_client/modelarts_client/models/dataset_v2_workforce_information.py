from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_workforce_information_data_sync_type import DatasetV2WorkforceInformationDataSyncType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_workforces_config import DatasetV2WorkforcesConfig


T = TypeVar("T", bound="DatasetV2WorkforceInformation")


@_attrs_define
class DatasetV2WorkforceInformation:
    """Team labeling task to create with the dataset.

    Attributes:
        task_name (str): Name of the team labeling task: 1 to 64 letters, digits, underscores or hyphens.
        task_id (str | Unset): ID of the team labeling task.
        repetition (int | Unset): Number of people who label each sample, at least 1.
        data_sync_type (DatasetV2WorkforceInformationDataSyncType | Unset): What is passed on to the team. 0: nothing,
            1: data, 2: labels, 3: data and labels.
        synchronize_auto_labeling_data (bool | Unset): Whether auto labeling results are passed on to the team.
        synchronize_data (bool | Unset): Whether new data (uploads, synchronized sources, imported unlabeled files) is
            passed on to the team members.
        workforces_config (DatasetV2WorkforcesConfig | Unset): Who assigns the work of a team labeling task, and to
            which teams.
    """

    task_name: str
    task_id: str | Unset = UNSET
    repetition: int | Unset = UNSET
    data_sync_type: DatasetV2WorkforceInformationDataSyncType | Unset = UNSET
    synchronize_auto_labeling_data: bool | Unset = UNSET
    synchronize_data: bool | Unset = UNSET
    workforces_config: DatasetV2WorkforcesConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_name = self.task_name

        task_id = self.task_id

        repetition = self.repetition

        data_sync_type: int | Unset = UNSET
        if not isinstance(self.data_sync_type, Unset):
            data_sync_type = self.data_sync_type.value

        synchronize_auto_labeling_data = self.synchronize_auto_labeling_data

        synchronize_data = self.synchronize_data

        workforces_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforces_config, Unset):
            workforces_config = self.workforces_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_name": task_name,
            }
        )
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if repetition is not UNSET:
            field_dict["repetition"] = repetition
        if data_sync_type is not UNSET:
            field_dict["data_sync_type"] = data_sync_type
        if synchronize_auto_labeling_data is not UNSET:
            field_dict["synchronize_auto_labeling_data"] = synchronize_auto_labeling_data
        if synchronize_data is not UNSET:
            field_dict["synchronize_data"] = synchronize_data
        if workforces_config is not UNSET:
            field_dict["workforces_config"] = workforces_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_workforces_config import DatasetV2WorkforcesConfig  # noqa: PLC0415

        d = dict(src_dict)
        task_name = d.pop("task_name")

        task_id = d.pop("task_id", UNSET)

        repetition = d.pop("repetition", UNSET)

        _data_sync_type = d.pop("data_sync_type", UNSET)
        data_sync_type: DatasetV2WorkforceInformationDataSyncType | Unset
        if isinstance(_data_sync_type, Unset):
            data_sync_type = UNSET
        else:
            data_sync_type = DatasetV2WorkforceInformationDataSyncType.from_json(_data_sync_type)

        synchronize_auto_labeling_data = d.pop("synchronize_auto_labeling_data", UNSET)

        synchronize_data = d.pop("synchronize_data", UNSET)

        _workforces_config = d.pop("workforces_config", UNSET)
        workforces_config: DatasetV2WorkforcesConfig | Unset
        if isinstance(_workforces_config, Unset) or _workforces_config is None:
            workforces_config = UNSET
        else:
            workforces_config = DatasetV2WorkforcesConfig.from_dict(_workforces_config)

        dataset_v2_workforce_information = cls(
            task_name,
            task_id,
            repetition,
            data_sync_type,
            synchronize_auto_labeling_data,
            synchronize_data,
            workforces_config,
        )

        dataset_v2_workforce_information.additional_properties = d
        return dataset_v2_workforce_information

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
