from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.visualization_schedule import VisualizationSchedule


T = TypeVar("T", bound="VisualizationJobSummary")


@_attrs_define
class VisualizationJobSummary:
    """One job in a list_visualization_jobs page.

    Attributes:
        job_name (str | Unset): Job name.
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared by training,
            visualization
            and other jobs.
        create_time (int | Unset): Creation time, epoch milliseconds.
        duration (int | Unset): Running time, milliseconds.
        job_desc (str | Unset): Job description.
        service_url (str | Unset): Address where the visualization is served.
        train_url (str | Unset): OBS path holding the visualized logs.
        job_id (int | Unset): Job ID.
        resource_id (str | Unset): ID of the billed resource.
        schedule (list[VisualizationSchedule] | Unset): Auto-stop settings.
        remaining_duration (int | None | Unset): Time left before the auto stop; null when no auto stop is set.
    """

    job_name: str | Unset = UNSET
    status: JobStatus | Unset = UNSET
    create_time: int | Unset = UNSET
    duration: int | Unset = UNSET
    job_desc: str | Unset = UNSET
    service_url: str | Unset = UNSET
    train_url: str | Unset = UNSET
    job_id: int | Unset = UNSET
    resource_id: str | Unset = UNSET
    schedule: list[VisualizationSchedule] | Unset = UNSET
    remaining_duration: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_name = self.job_name

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        create_time = self.create_time

        duration = self.duration

        job_desc = self.job_desc

        service_url = self.service_url

        train_url = self.train_url

        job_id = self.job_id

        resource_id = self.resource_id

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        remaining_duration: int | None | Unset
        if isinstance(self.remaining_duration, Unset):
            remaining_duration = UNSET
        else:
            remaining_duration = self.remaining_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if service_url is not UNSET:
            field_dict["service_url"] = service_url
        if train_url is not UNSET:
            field_dict["train_url"] = train_url
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if remaining_duration is not UNSET:
            field_dict["remaining_duration"] = remaining_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.visualization_schedule import VisualizationSchedule  # noqa: PLC0415

        d = dict(src_dict)
        job_name = d.pop("job_name", UNSET)

        _status = d.pop("status", UNSET)
        status: JobStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobStatus.from_json(_status)

        create_time = d.pop("create_time", UNSET)

        duration = d.pop("duration", UNSET)

        job_desc = d.pop("job_desc", UNSET)

        service_url = d.pop("service_url", UNSET)

        train_url = d.pop("train_url", UNSET)

        job_id = d.pop("job_id", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: list[VisualizationSchedule] | Unset = UNSET
        if _schedule is not UNSET and _schedule is not None:
            schedule = []
            for schedule_item_data in _schedule:
                schedule_item = VisualizationSchedule.from_dict(schedule_item_data)

                schedule.append(schedule_item)

        def _parse_remaining_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        remaining_duration = _parse_remaining_duration(d.pop("remaining_duration", UNSET))

        visualization_job_summary = cls(
            job_name,
            status,
            create_time,
            duration,
            job_desc,
            service_url,
            train_url,
            job_id,
            resource_id,
            schedule,
            remaining_duration,
        )

        visualization_job_summary.additional_properties = d
        return visualization_job_summary

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
