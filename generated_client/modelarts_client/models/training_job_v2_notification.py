from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_notification_events_item import TrainingJobV2NotificationEventsItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2Notification")


@_attrs_define
class TrainingJobV2Notification:
    """SMN notification on training events.

    Attributes:
        topic_urn (str | Unset): URN of the SMN topic.
        events (list[TrainingJobV2NotificationEventsItem] | Unset): Events that send a message.
    """

    topic_urn: str | Unset = UNSET
    events: list[TrainingJobV2NotificationEventsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic_urn = self.topic_urn

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topic_urn is not UNSET:
            field_dict["topic_urn"] = topic_urn
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        topic_urn = d.pop("topic_urn", UNSET)

        _events = d.pop("events", UNSET)
        events: list[TrainingJobV2NotificationEventsItem] | Unset = UNSET
        if _events is not UNSET and _events is not None:
            events = []
            for events_item_data in _events:
                events_item = TrainingJobV2NotificationEventsItem.from_json(events_item_data)

                events.append(events_item)

        training_job_v2_notification = cls(
            topic_urn,
            events,
        )

        training_job_v2_notification.additional_properties = d
        return training_job_v2_notification

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
