from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visualization_schedule_time_unit import VisualizationScheduleTimeUnit
from ..models.visualization_schedule_type import VisualizationScheduleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="VisualizationSchedule")


@_attrs_define
class VisualizationSchedule:
    """Auto-stop setting of a visualization job.

    Attributes:
        type_ (VisualizationScheduleType | Unset): Always `stop`.
        time_unit (VisualizationScheduleTimeUnit | Unset): Unit of `duration`; always `HOURS`.
        timeUnit (VisualizationScheduleTimeUnit | Unset): Same as `time_unit`, in the camelCase spelling the reference's
            sample response shows.
        duration (int | Unset): Hours after which the job stops.
    """

    type_: VisualizationScheduleType | Unset = UNSET
    time_unit: VisualizationScheduleTimeUnit | Unset = UNSET
    timeUnit: VisualizationScheduleTimeUnit | Unset = UNSET
    duration: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        time_unit: str | Unset = UNSET
        if not isinstance(self.time_unit, Unset):
            time_unit = self.time_unit.value

        timeUnit: str | Unset = UNSET
        if not isinstance(self.timeUnit, Unset):
            timeUnit = self.timeUnit.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if time_unit is not UNSET:
            field_dict["time_unit"] = time_unit
        if timeUnit is not UNSET:
            field_dict["timeUnit"] = timeUnit
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: VisualizationScheduleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = VisualizationScheduleType.from_json(_type_)

        _time_unit = d.pop("time_unit", UNSET)
        time_unit: VisualizationScheduleTimeUnit | Unset
        if isinstance(_time_unit, Unset):
            time_unit = UNSET
        else:
            time_unit = VisualizationScheduleTimeUnit.from_json(_time_unit)

        _timeUnit = d.pop("timeUnit", UNSET)
        timeUnit: VisualizationScheduleTimeUnit | Unset
        if isinstance(_timeUnit, Unset):
            timeUnit = UNSET
        else:
            timeUnit = VisualizationScheduleTimeUnit.from_json(_timeUnit)

        duration = d.pop("duration", UNSET)

        visualization_schedule = cls(
            type_,
            time_unit,
            timeUnit,
            duration,
        )

        visualization_schedule.additional_properties = d
        return visualization_schedule

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
