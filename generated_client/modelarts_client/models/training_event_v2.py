from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingEventV2")


@_attrs_define
class TrainingEventV2:
    """One event of a training job.

    Attributes:
        message (str | Unset): What happened.
        level (str | Unset): Severity, e.g. Info, Warning, Error.
        time (str | Unset): When it happened, RFC 3339 with an offset (as the sample shows).
        source (str | Unset): Where it came from, e.g. Job, Task, K8S.
    """

    message: str | Unset = UNSET
    level: str | Unset = UNSET
    time: str | Unset = UNSET
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        level = self.level

        time = self.time

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if level is not UNSET:
            field_dict["level"] = level
        if time is not UNSET:
            field_dict["time"] = time
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        message = d.pop("message", UNSET)

        level = d.pop("level", UNSET)

        time = d.pop("time", UNSET)

        source = d.pop("source", UNSET)

        training_event_v2 = cls(
            message,
            level,
            time,
            source,
        )

        training_event_v2.additional_properties = d
        return training_event_v2

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
