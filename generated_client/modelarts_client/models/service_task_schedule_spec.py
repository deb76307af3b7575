from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_task_schedule_spec_execution_mode import ServiceTaskScheduleSpecExecutionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task_schedule_frequency_spec import ServiceTaskScheduleFrequencySpec
    from ..models.service_task_schedule_period_spec import ServiceTaskSchedulePeriodSpec


T = TypeVar("T", bound="ServiceTaskScheduleSpec")


@_attrs_define
class ServiceTaskScheduleSpec:
    """When a scheduled task runs. Omit it for a task that runs until stopped. A scheduled task takes no
    OBS input, and its URL input must be RTMP or RTSP. Give either `periods` or `frequency`,
    matching `execution_mode`.

        Attributes:
            type_ (str): Recurrence, `once`, `daily`, `weekly` or `monthly` (the reference's sample sends it in upper
                case, which is accepted too). ModelArts Edge takes only once and daily.
            timezone (str): Time zone of the schedule's times, to the minute, as an offset such as `+08:00`.
            execution_mode (ServiceTaskScheduleSpecExecutionMode | Unset): `period` (run during the time windows in
                `periods`) or `frequency` (run for `duration`
                minutes every `interval` minutes). Needed for a scheduled task; ModelArts Edge takes only
                period.
            days_of_week (list[int] | Unset): Days a weekly task runs, 1 (Monday) to 7 (Sunday). Needed for a weekly task.
            days_of_month (list[int] | Unset): Days of the month a monthly task runs, 1 to 31. Needed for a monthly task.
            periods (list[ServiceTaskSchedulePeriodSpec] | Unset): Time windows to run in (execution_mode period); at least
                one.
            frequency (ServiceTaskScheduleFrequencySpec | Unset): Repeated runs within a daily time range (execution_mode
                frequency).
    """

    type_: str
    timezone: str
    execution_mode: ServiceTaskScheduleSpecExecutionMode | Unset = UNSET
    days_of_week: list[int] | Unset = UNSET
    days_of_month: list[int] | Unset = UNSET
    periods: list[ServiceTaskSchedulePeriodSpec] | Unset = UNSET
    frequency: ServiceTaskScheduleFrequencySpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        timezone = self.timezone

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

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
        field_dict.update(
            {
                "type": type_,
                "timezone": timezone,
            }
        )
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
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
        from ..models.service_task_schedule_frequency_spec import ServiceTaskScheduleFrequencySpec  # noqa: PLC0415
        from ..models.service_task_schedule_period_spec import ServiceTaskSchedulePeriodSpec  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        timezone = d.pop("timezone")

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: ServiceTaskScheduleSpecExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = ServiceTaskScheduleSpecExecutionMode.from_json(_execution_mode)

        days_of_week = cast(list[int], d.pop("days_of_week", UNSET))

        days_of_month = cast(list[int], d.pop("days_of_month", UNSET))

        _periods = d.pop("periods", UNSET)
        periods: list[ServiceTaskSchedulePeriodSpec] | Unset = UNSET
        if _periods is not UNSET and _periods is not None:
            periods = []
            for periods_item_data in _periods:
                periods_item = ServiceTaskSchedulePeriodSpec.from_dict(periods_item_data)

                periods.append(periods_item)

        _frequency = d.pop("frequency", UNSET)
        frequency: ServiceTaskScheduleFrequencySpec | Unset
        if isinstance(_frequency, Unset) or _frequency is None:
            frequency = UNSET
        else:
            frequency = ServiceTaskScheduleFrequencySpec.from_dict(_frequency)

        service_task_schedule_spec = cls(
            type_,
            timezone,
            execution_mode,
            days_of_week,
            days_of_month,
            periods,
            frequency,
        )

        service_task_schedule_spec.additional_properties = d
        return service_task_schedule_spec

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
