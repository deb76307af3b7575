from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceTaskScheduleFrequency")


@_attrs_define
class ServiceTaskScheduleFrequency:
    """Repeated runs within a daily time range.

    Attributes:
        interval (int | Unset): Minutes between the starts of two runs, 5 to 720.
        duration (int | Unset): Minutes each run lasts, 5 to 720.
        begin_at (str | Unset): Time of day the runs begin, `hh:mm:ss` (`yyyy-MM-ddThh:mm:ss` for a once task).
        end_at (str | Unset): Time of day the runs end, `hh:mm:ss` (`yyyy-MM-ddThh:mm:ss` for a once task).
    """

    interval: int | Unset = UNSET
    duration: int | Unset = UNSET
    begin_at: str | Unset = UNSET
    end_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        duration = self.duration

        begin_at = self.begin_at

        end_at = self.end_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["interval"] = interval
        if duration is not UNSET:
            field_dict["duration"] = duration
        if begin_at is not UNSET:
            field_dict["begin_at"] = begin_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        interval = d.pop("interval", UNSET)

        duration = d.pop("duration", UNSET)

        begin_at = d.pop("begin_at", UNSET)

        end_at = d.pop("end_at", UNSET)

        service_task_schedule_frequency = cls(
            interval,
            duration,
            begin_at,
            end_at,
        )

        service_task_schedule_frequency.additional_properties = d
        return service_task_schedule_frequency

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
