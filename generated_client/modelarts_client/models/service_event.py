from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_event_event_type import ServiceEventEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceEvent")


@_attrs_define
class ServiceEvent:
    """An event of a service: an operation, a deployment step or a failure cause.

    Attributes:
        occur_time (int | Unset): Time of the event. Epoch milliseconds (UTC).
        event_type (ServiceEventEventType | Unset): Whether the event is `normal` or `abnormal`.
        event_info (str | Unset): What happened.
    """

    occur_time: int | Unset = UNSET
    event_type: ServiceEventEventType | Unset = UNSET
    event_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occur_time = self.occur_time

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        event_info = self.event_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occur_time is not UNSET:
            field_dict["occur_time"] = occur_time
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_info is not UNSET:
            field_dict["event_info"] = event_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        occur_time = d.pop("occur_time", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: ServiceEventEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = ServiceEventEventType.from_json(_event_type)

        event_info = d.pop("event_info", UNSET)

        service_event = cls(
            occur_time,
            event_type,
            event_info,
        )

        service_event.additional_properties = d
        return service_event

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
