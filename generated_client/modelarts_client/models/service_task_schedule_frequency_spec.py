from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceTaskScheduleFrequencySpec")


@_attrs_define
class ServiceTaskScheduleFrequencySpec:
    """Repeated runs within a daily time range (execution_mode frequency).

    Attributes:
        interval (int): Minutes between the starts of two runs, 5 to 720.
        duration (int): Minutes each run lasts, 5 to 720.
        begin_at (str): Time of day the runs begin, `hh:mm:ss` (`yyyy-MM-ddThh:mm:ss` for a once task).
        end_at (str): Time of day the runs end, `hh:mm:ss` (`yyyy-MM-ddThh:mm:ss` for a once task).
    """

    interval: int
    duration: int
    begin_at: str
    end_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        duration = self.duration

        begin_at = self.begin_at

        end_at = self.end_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "duration": duration,
                "begin_at": begin_at,
                "end_at": end_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        interval = d.pop("interval")

        duration = d.pop("duration")

        begin_at = d.pop("begin_at")

        end_at = d.pop("end_at")

        service_task_schedule_frequency_spec = cls(
            interval,
            duration,
            begin_at,
            end_at,
        )

        service_task_schedule_frequency_spec.additional_properties = d
        return service_task_schedule_frequency_spec

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
