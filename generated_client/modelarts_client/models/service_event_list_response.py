from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_event import ServiceEvent


T = TypeVar("T", bound="ServiceEventListResponse")


@_attrs_define
class ServiceEventListResponse:
    """A page of service events.

    Attributes:
        service_id (str | Unset): Service ID.
        service_name (str | Unset): Service name.
        events (list[ServiceEvent] | Unset): The events of this page.
        total_count (int | Unset): Number of events matching the filters, over all pages.
        count (int | Unset): Number of events in this page.
    """

    service_id: str | Unset = UNSET
    service_name: str | Unset = UNSET
    events: list[ServiceEvent] | Unset = UNSET
    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        service_name = self.service_name

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        total_count = self.total_count

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if events is not UNSET:
            field_dict["events"] = events
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_event import ServiceEvent  # noqa: PLC0415

        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        service_name = d.pop("service_name", UNSET)

        _events = d.pop("events", UNSET)
        events: list[ServiceEvent] | Unset = UNSET
        if _events is not UNSET and _events is not None:
            events = []
            for events_item_data in _events:
                events_item = ServiceEvent.from_dict(events_item_data)

                events.append(events_item)

        total_count = d.pop("total_count", UNSET)

        count = d.pop("count", UNSET)

        service_event_list_response = cls(
            service_id,
            service_name,
            events,
            total_count,
            count,
        )

        service_event_list_response.additional_properties = d
        return service_event_list_response

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
