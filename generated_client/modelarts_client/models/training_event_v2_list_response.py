from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_event_v2 import TrainingEventV2


T = TypeVar("T", bound="TrainingEventV2ListResponse")


@_attrs_define
class TrainingEventV2ListResponse:
    """One slice of the events of a training job.

    Attributes:
        total (int | Unset): Number of events that match, over all slices.
        limit (int | Unset): Largest number of events in this slice (the `limit` applied).
        offset (int | Unset): Number of events skipped before this slice (the `offset` applied).
        order (str | Unset): Sort order applied.
        start_time (str | Unset): Start of the time window applied, RFC 3339 with an offset (as the sample shows).
        end_time (str | Unset): End of the time window applied, RFC 3339 with an offset (as the sample shows).
        events (list[TrainingEventV2] | Unset): The events of this slice.
    """

    total: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    order: str | Unset = UNSET
    start_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    events: list[TrainingEventV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        limit = self.limit

        offset = self.offset

        order = self.order

        start_time = self.start_time

        end_time = self.end_time

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order is not UNSET:
            field_dict["order"] = order
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_event_v2 import TrainingEventV2  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        order = d.pop("order", UNSET)

        start_time = d.pop("start_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        _events = d.pop("events", UNSET)
        events: list[TrainingEventV2] | Unset = UNSET
        if _events is not UNSET and _events is not None:
            events = []
            for events_item_data in _events:
                events_item = TrainingEventV2.from_dict(events_item_data)

                events.append(events_item)

        training_event_v2_list_response = cls(
            total,
            limit,
            offset,
            order,
            start_time,
            end_time,
            events,
        )

        training_event_v2_list_response.additional_properties = d
        return training_event_v2_list_response

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
