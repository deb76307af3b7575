from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_update_log import ServiceUpdateLog


T = TypeVar("T", bound="ServiceUpdateLogsResponse")


@_attrs_define
class ServiceUpdateLogsResponse:
    """Update history of a real-time or edge service.

    Attributes:
        service_id (str | Unset): Service ID.
        service_name (str | Unset): Service name.
        logs (list[ServiceUpdateLog] | Unset): The updates.
    """

    service_id: str | Unset = UNSET
    service_name: str | Unset = UNSET
    logs: list[ServiceUpdateLog] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        service_name = self.service_name

        logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logs, Unset):
            logs = []
            for logs_item_data in self.logs:
                logs_item = logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if logs is not UNSET:
            field_dict["logs"] = logs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_update_log import ServiceUpdateLog  # noqa: PLC0415

        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        service_name = d.pop("service_name", UNSET)

        _logs = d.pop("logs", UNSET)
        logs: list[ServiceUpdateLog] | Unset = UNSET
        if _logs is not UNSET and _logs is not None:
            logs = []
            for logs_item_data in _logs:
                logs_item = ServiceUpdateLog.from_dict(logs_item_data)

                logs.append(logs_item)

        service_update_logs_response = cls(
            service_id,
            service_name,
            logs,
        )

        service_update_logs_response.additional_properties = d
        return service_update_logs_response

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
