from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceLtsConfiguration")


@_attrs_define
class ServiceLtsConfiguration:
    """Where in LTS the logs of a service go.

    Attributes:
        log_group_id (str): LTS log group ID, at most 64 characters.
        log_stream_id (str): LTS log stream ID, at most 64 characters.
    """

    log_group_id: str
    log_stream_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_group_id = self.log_group_id

        log_stream_id = self.log_stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_group_id": log_group_id,
                "log_stream_id": log_stream_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        log_group_id = d.pop("log_group_id")

        log_stream_id = d.pop("log_stream_id")

        service_lts_configuration = cls(
            log_group_id,
            log_stream_id,
        )

        service_lts_configuration.additional_properties = d
        return service_lts_configuration

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
