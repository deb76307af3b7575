from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_smn_notification_events_item import ServiceSmnNotificationEventsItem

T = TypeVar("T", bound="ServiceSmnNotification")


@_attrs_define
class ServiceSmnNotification:
    """Simple Message Notification (SMN) settings for being told about service status changes.

    Attributes:
        topic_urn (str): URN of the SMN topic to publish to.
        events (list[ServiceSmnNotificationEventsItem]): Event IDs to notify: 1 failed, 3 running, 7 concerning, 11
            pending.
    """

    topic_urn: str
    events: list[ServiceSmnNotificationEventsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_urn = self.topic_urn

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic_urn": topic_urn,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        topic_urn = d.pop("topic_urn")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = ServiceSmnNotificationEventsItem.from_json(events_item_data)

            events.append(events_item)

        service_smn_notification = cls(
            topic_urn,
            events,
        )

        service_smn_notification.additional_properties = d
        return service_smn_notification

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
