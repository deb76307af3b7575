from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisualizationDetail")


@_attrs_define
class VisualizationDetail:
    """Response of get_visualization_job.

    Attributes:
        is_success (bool | Unset): Whether the request succeeded.
        error_code (str | Unset): Error code of a failed call; absent on success.
        error_message (str | Unset): Error message of a failed call; absent on success.
        job_name (str | Unset): Job name.
        service_url (str | Unset): Address where the visualization is served.
        resource_id (str | Unset): ID of the billed resource.
        job_id (int | Unset): Job ID.
        job_desc (str | Unset): Job description.
        duration (int | Unset): Running time, milliseconds.
        create_time (int | Unset): Creation time, epoch milliseconds.
        train_url (str | Unset): OBS path of the visualized training output.
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared by training,
            visualization
            and other jobs.
        remaining_duration (int | None | Unset): Time left before the auto stop; null when no auto stop is set.
    """

    is_success: bool | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    job_name: str | Unset = UNSET
    service_url: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    job_id: int | Unset = UNSET
    job_desc: str | Unset = UNSET
    duration: int | Unset = UNSET
    create_time: int | Unset = UNSET
    train_url: str | Unset = UNSET
    status: JobStatus | Unset = UNSET
    remaining_duration: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_code = self.error_code

        error_message = self.error_message

        job_name = self.job_name

        service_url = self.service_url

        resource_id = self.resource_id

        job_id = self.job_id

        job_desc = self.job_desc

        duration = self.duration

        create_time = self.create_time

        train_url = self.train_url

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        remaining_duration: int | None | Unset
        if isinstance(self.remaining_duration, Unset):
            remaining_duration = UNSET
        else:
            remaining_duration = self.remaining_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if service_url is not UNSET:
            field_dict["service_url"] = service_url
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if duration is not UNSET:
            field_dict["duration"] = duration
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if status is not UNSET:
            field_dict["status"] = status
        if remaining_duration is not UNSET:
            field_dict["remaining_duration"] = remaining_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        is_success = d.pop("is_success", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        job_name = d.pop("job_name", UNSET)

        service_url = d.pop("service_url", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        job_id = d.pop("job_id", UNSET)

        job_desc = d.pop("job_desc", UNSET)

        duration = d.pop("duration", UNSET)

        create_time = d.pop("create_time", UNSET)

        train_url = d.pop("train_url", UNSET)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus.from_json(_status)

        def _parse_remaining_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_duration = _parse_remaining_duration(d.pop("remaining_duration", UNSET))

        visualization_detail = cls(
            is_success,
            error_code,
            error_message,
            job_name,
            service_url,
            resource_id,
            job_id,
            job_desc,
            duration,
            create_time,
            train_url,
            status,
            remaining_duration,
        )

        visualization_detail.additional_properties = d
        return visualization_detail

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
