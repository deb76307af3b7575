from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_schedule_time_unit import ServiceScheduleTimeUnit
from ..models.service_schedule_type import ServiceScheduleType

T = TypeVar("T", bound="ServiceSchedule")


@_attrs_define
class ServiceSchedule:
    """Scheduling rule of a real-time service: stop it automatically after a given time.

    Attributes:
        type_ (ServiceScheduleType): Scheduling action. Only `stop` exists.
        time_unit (ServiceScheduleTimeUnit): Unit of a schedule's duration.
        duration (int): Number of time_unit units after which the action happens (for example 2 with HOURS stops the
            service after two hours).
    """

    type_: ServiceScheduleType
    time_unit: ServiceScheduleTimeUnit
    duration: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        time_unit = self.time_unit.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "time_unit": time_unit,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = ServiceScheduleType.from_json(d.pop("type"))

        time_unit = ServiceScheduleTimeUnit.from_json(d.pop("time_unit"))

        duration = d.pop("duration")

        service_schedule = cls(
            type_,
            time_unit,
            duration,
        )

        service_schedule.additional_properties = d
        return service_schedule

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
