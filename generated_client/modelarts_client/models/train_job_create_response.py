from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainJobCreateResponse")


@_attrs_define
class TrainJobCreateResponse:
    """Body answered by `create_training_job`.

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call (chapter 10.2); absent on success.
        job_id (int | Unset): Training job ID.
        job_name (str | Unset): Training job name.
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared by training,
            visualization
            and other jobs.
        create_time (int | Unset): Creation time, epoch milliseconds.
        version_id (int | Unset): ID of the version created with the job.
        resource_id (str | Unset): Charged resource ID of the job.
        version_name (str | Unset): Name of the version created with the job, e.g. `V0001`.
    """

    is_success: bool
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_id: int | Unset = UNSET
    job_name: str | Unset = UNSET
    status: JobStatus | Unset = UNSET
    create_time: int | Unset = UNSET
    version_id: int | Unset = UNSET
    resource_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        job_id = self.job_id

        job_name = self.job_name

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        create_time = self.create_time

        version_id = self.version_id

        resource_id = self.resource_id

        version_name = self.version_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_success": is_success,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        job_id = d.pop("job_id", UNSET)

        job_name = d.pop("job_name", UNSET)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus.from_json(_status)

        create_time = d.pop("create_time", UNSET)

        version_id = d.pop("version_id", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        version_name = d.pop("version_name", UNSET)

        train_job_create_response = cls(
            is_success,
            error_message,
            error_code,
            job_id,
            job_name,
            status,
            create_time,
            version_id,
            resource_id,
            version_name,
        )

        train_job_create_response.additional_properties = d
        return train_job_create_response

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
