from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_running_record_end_recover import TrainingJobV2RunningRecordEndRecover
from ..models.training_job_v2_running_record_end_recover_before_downgrade import (
    TrainingJobV2RunningRecordEndRecoverBeforeDowngrade,
)
from ..models.training_job_v2_running_record_start_type import TrainingJobV2RunningRecordStartType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2RunningRecord")


@_attrs_define
class TrainingJobV2RunningRecord:
    """One run of a job and how it ended.

    Attributes:
        start_at (int | Unset): Start of the run, Unix epoch seconds.
        end_at (int | Unset): End of the run, Unix epoch seconds.
        start_type (TrainingJobV2RunningRecordStartType | Unset): `init_or_rescheduled`: first run after scheduling
            (first start or rescheduling); `restarted`: run after a process restart.
        end_reason (str | Unset): Why the run ended.
        end_related_task (str | Unset): Worker whose fault ended the run, e.g. worker-2.
        end_recover (TrainingJobV2RunningRecordEndRecover | Unset): Recovery used after the run: in-place NPU, GPU or
            process restart, or pod, job or isolated-job rescheduling.
        end_recover_before_downgrade (TrainingJobV2RunningRecordEndRecoverBeforeDowngrade | Unset): Recovery planned
            before the fault-tolerance policy was downgraded.
    """

    start_at: int | Unset = UNSET
    end_at: int | Unset = UNSET
    start_type: TrainingJobV2RunningRecordStartType | Unset = UNSET
    end_reason: str | Unset = UNSET
    end_related_task: str | Unset = UNSET
    end_recover: TrainingJobV2RunningRecordEndRecover | Unset = UNSET
    end_recover_before_downgrade: TrainingJobV2RunningRecordEndRecoverBeforeDowngrade | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_at = self.start_at

        end_at = self.end_at

        start_type: str | Unset = UNSET
        if not isinstance(self.start_type, Unset):
            start_type = self.start_type.value

        end_reason = self.end_reason

        end_related_task = self.end_related_task

        end_recover: str | Unset = UNSET
        if not isinstance(self.end_recover, Unset):
            end_recover = self.end_recover.value

        end_recover_before_downgrade: str | Unset = UNSET
        if not isinstance(self.end_recover_before_downgrade, Unset):
            end_recover_before_downgrade = self.end_recover_before_downgrade.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if start_type is not UNSET:
            field_dict["start_type"] = start_type
        if end_reason is not UNSET:
            field_dict["end_reason"] = end_reason
        if end_related_task is not UNSET:
            field_dict["end_related_task"] = end_related_task
        if end_recover is not UNSET:
            field_dict["end_recover"] = end_recover
        if end_recover_before_downgrade is not UNSET:
            field_dict["end_recover_before_downgrade"] = end_recover_before_downgrade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        start_at = d.pop("start_at", UNSET)

        end_at = d.pop("end_at", UNSET)

        _start_type = d.pop("start_type", UNSET)
        start_type: TrainingJobV2RunningRecordStartType | Unset
        if isinstance(_start_type, Unset):
            start_type = UNSET
        else:
            start_type = TrainingJobV2RunningRecordStartType.from_json(_start_type)

        end_reason = d.pop("end_reason", UNSET)

        end_related_task = d.pop("end_related_task", UNSET)

        _end_recover = d.pop("end_recover", UNSET)
        end_recover: TrainingJobV2RunningRecordEndRecover | Unset
        if isinstance(_end_recover, Unset):
            end_recover = UNSET
        else:
            end_recover = TrainingJobV2RunningRecordEndRecover.from_json(_end_recover)

        _end_recover_before_downgrade = d.pop("end_recover_before_downgrade", UNSET)
        end_recover_before_downgrade: TrainingJobV2RunningRecordEndRecoverBeforeDowngrade | Unset
        if isinstance(_end_recover_before_downgrade, Unset):
            end_recover_before_downgrade = UNSET
        else:
            end_recover_before_downgrade = TrainingJobV2RunningRecordEndRecoverBeforeDowngrade.from_json(
                _end_recover_before_downgrade
            )

        training_job_v2_running_record = cls(
            start_at,
            end_at,
            start_type,
            end_reason,
            end_related_task,
            end_recover,
            end_recover_before_downgrade,
        )

        training_job_v2_running_record.additional_properties = d
        return training_job_v2_running_record

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
