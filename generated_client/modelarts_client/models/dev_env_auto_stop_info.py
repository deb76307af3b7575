from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevEnvAutoStopInfo")


@_attrs_define
class DevEnvAutoStopInfo:
    """Auto-stop settings and state of the instance.

    Attributes:
        enable (bool | Unset): Whether auto stop is on.
        duration (int | Unset): Running time in seconds before the automatic stop.
        prompt (bool | Unset): Whether the console shows the auto-stop prompt again.
        stop_timestamp (int | Unset): When the instance will stop, epoch milliseconds.
        remain_time (int | Unset): Seconds left before the automatic stop.
    """

    enable: bool | Unset = UNSET
    duration: int | Unset = UNSET
    prompt: bool | Unset = UNSET
    stop_timestamp: int | Unset = UNSET
    remain_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable = self.enable

        duration = self.duration

        prompt = self.prompt

        stop_timestamp = self.stop_timestamp

        remain_time = self.remain_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable is not UNSET:
            field_dict["enable"] = enable
        if duration is not UNSET:
            field_dict["duration"] = duration
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if stop_timestamp is not UNSET:
            field_dict["stop_timestamp"] = stop_timestamp
        if remain_time is not UNSET:
            field_dict["remain_time"] = remain_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        enable = d.pop("enable", UNSET)

        duration = d.pop("duration", UNSET)

        prompt = d.pop("prompt", UNSET)

        stop_timestamp = d.pop("stop_timestamp", UNSET)

        remain_time = d.pop("remain_time", UNSET)

        dev_env_auto_stop_info = cls(
            enable,
            duration,
            prompt,
            stop_timestamp,
            remain_time,
        )

        dev_env_auto_stop_info.additional_properties = d
        return dev_env_auto_stop_info

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
