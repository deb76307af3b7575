from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_task_schedule_execution_mode import ServiceTaskScheduleExecutionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task_schedule_frequency import ServiceTaskScheduleFrequency
    from ..models.service_task_schedule_period import ServiceTaskSchedulePeriod


T = TypeVar("T", bound="ServiceTaskSchedule")


@_attrs_define
class ServiceTaskSchedule:
    """Schedule of a scheduled task, as given at creation (see ServiceTaskScheduleSpec).

    Attributes:
        type_ (str | Unset): Recurrence, once, daily, weekly or monthly (either case).
        execution_mode (ServiceTaskScheduleExecutionMode | Unset): `period` (time windows) or `frequency` (repeated
            runs).
        timezone (str | Unset): Time zone of the schedule's times, as an offset such as `+08:00`.
        days_of_week (list[int] | Unset): Days a weekly task runs, 1 (Monday) to 7 (Sunday).
        days_of_month (list[int] | Unset): Days of the month a monthly task runs, 1 to 31.
        periods (list[ServiceTaskSchedulePeriod] | Unset): Time windows (execution_mode period).
        frequency (ServiceTaskScheduleFrequency | Unset): Repeated runs within a daily time range.
    """

    type_: str | Unset = UNSET
    execution_mode: ServiceTaskScheduleExecutionMode | Unset = UNSET
    timezone: str | Unset = UNSET
    days_of_week: list[int] | Unset = UNSET
    days_of_month: list[int] | Unset = UNSET
    periods: list[ServiceTaskSchedulePeriod] | Unset = UNSET
    frequency: ServiceTaskScheduleFrequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        timezone = self.timezone

        days_of_week: list[int] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = self.days_of_week

        days_of_month: list[int] | Unset = UNSET
        if not isinstance(self.days_of_month, Unset):
            days_of_month = self.days_of_month

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        frequency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency, Unset):
            frequency = self.frequency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if days_of_month is not UNSET:
            field_dict["days_of_month"] = days_of_month
        if periods is not UNSET:
            field_dict["periods"] = periods
        if frequency is not UNSET:
            field_dict["frequency"] = frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_task_schedule_frequency import ServiceTaskScheduleFrequency  # noqa: PLC0415
        from ..models.service_task_schedule_period import ServiceTaskSchedulePeriod  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: ServiceTaskScheduleExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = ServiceTaskScheduleExecutionMode.from_json(_execution_mode)

        timezone = d.pop("timezone", UNSET)

        days_of_week = cast(list[int], d.pop("days_of_week", UNSET))

        days_of_month = cast(list[int], d.pop("days_of_month", UNSET))

        _periods = d.pop("periods", UNSET)
        periods: list[ServiceTaskSchedulePeriod] | Unset = UNSET
        if _periods is not UNSET and _periods is not None:
            periods = []
            for periods_item_data in _periods:
                periods_item = ServiceTaskSchedulePeriod.from_dict(periods_item_data)

                periods.append(periods_item)

        _frequency = d.pop("frequency", UNSET)
        frequency: ServiceTaskScheduleFrequency | Unset
        if isinstance(_frequency, Unset) or _frequency is None:
            frequency = UNSET
        else:
            frequency = ServiceTaskScheduleFrequency.from_dict(_frequency)

        service_task_schedule = cls(
            type_,
            execution_mode,
            timezone,
            days_of_week,
            days_of_month,
            periods,
            frequency,
        )

        service_task_schedule.additional_properties = d
        return service_task_schedule

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
