from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_auto_stop_time_unit import TrainingJobV2AutoStopTimeUnit

T = TypeVar("T", bound="TrainingJobV2AutoStop")


@_attrs_define
class TrainingJobV2AutoStop:
    """Stop the job by itself after a running time.

    Attributes:
        time_unit (TrainingJobV2AutoStopTimeUnit): Unit of `duration`.
        duration (int): Running time before the job stops, at least 1.
    """

    time_unit: TrainingJobV2AutoStopTimeUnit
    duration: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_unit = self.time_unit.value

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        time_unit = TrainingJobV2AutoStopTimeUnit.from_json(d.pop("time_unit"))

        duration = d.pop("duration")

        training_job_v2_auto_stop = cls(
            time_unit,
            duration,
        )

        training_job_v2_auto_stop.additional_properties = d
        return training_job_v2_auto_stop

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
