from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceTaskInputVcnSpec")


@_attrs_define
class ServiceTaskInputVcnSpec:
    """VCN server to read from (vcn input).

    Attributes:
        ip (str): VCN server IP address.
        port (int): VCN server port.
        username (str): User name on the VCN server.
        password (str): Password on the VCN server. Sent only; never returned.
    """

    ip: str
    port: int
    username: str
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip = self.ip

        port = self.port

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
                "port": port,
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        ip = d.pop("ip")

        port = d.pop("port")

        username = d.pop("username")

        password = d.pop("password")

        service_task_input_vcn_spec = cls(
            ip,
            port,
            username,
            password,
        )

        service_task_input_vcn_spec.additional_properties = d
        return service_task_input_vcn_spec

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
