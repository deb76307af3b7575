from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceTaskSchedulePeriod")


@_attrs_define
class ServiceTaskSchedulePeriod:
    """One time window of a scheduled task.

    Attributes:
        begin_at (str | Unset): Start of the window, `yyyy-MM-ddThh:mm:ss` for a once task, `hh:mm:ss` otherwise.
        end_at (str | Unset): End of the window, `yyyy-MM-ddThh:mm:ss` for a once task, `hh:mm:ss` otherwise.
    """

    begin_at: str | Unset = UNSET
    end_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin_at = self.begin_at

        end_at = self.end_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        begin_at = d.pop("begin_at", UNSET)

        end_at = d.pop("end_at", UNSET)

        service_task_schedule_period = cls(
            begin_at,
            end_at,
        )

        service_task_schedule_period.additional_properties = d
        return service_task_schedule_period

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
