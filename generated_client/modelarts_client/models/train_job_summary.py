from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainJobSummary")


@_attrs_define
class TrainJobSummary:
    """A training job as listed by `list_training_jobs`.

    Attributes:
        job_id (int | Unset): Training job ID.
        job_name (str | Unset): Training job name.
        version_id (int | Unset): ID of the job's current version.
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared by training,
            visualization
            and other jobs.
        create_time (int | Unset): Creation time, epoch milliseconds.
        duration (int | Unset): Running time in milliseconds.
        job_desc (str | Unset): Job description.
        version_count (int | Unset): Number of versions of the job.
    """

    job_id: int | Unset = UNSET
    job_name: str | Unset = UNSET
    version_id: int | Unset = UNSET
    status: JobStatus | Unset = UNSET
    create_time: int | Unset = UNSET
    duration: int | Unset = UNSET
    job_desc: str | Unset = UNSET
    version_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_name = self.job_name

        version_id = self.version_id

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        create_time = self.create_time

        duration = self.duration

        job_desc = self.job_desc

        version_count = self.version_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if version_count is not UNSET:
            field_dict["version_count"] = version_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        job_id = d.pop("job_id", UNSET)

        job_name = d.pop("job_name", UNSET)

        version_id = d.pop("version_id", UNSET)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus.from_json(_status)

        create_time = d.pop("create_time", UNSET)

        duration = d.pop("duration", UNSET)

        job_desc = d.pop("job_desc", UNSET)

        version_count = d.pop("version_count", UNSET)

        train_job_summary = cls(
            job_id,
            job_name,
            version_id,
            status,
            create_time,
            duration,
            job_desc,
            version_count,
        )

        train_job_summary.additional_properties = d
        return train_job_summary

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
