from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerAllowedAddressPair")


@_attrs_define
class DevServerAllowedAddressPair:
    """An IP/MAC pair allowed on the server's port. The IP may not be 0.0.0.0/0; 1.1.1.1/0 turns the source/destination
    check off. A pool wider than /24 is best given its own security group.

        Attributes:
            ip_address (str | Unset): IP address or CIDR block (not 0.0.0.0/0).
            mac_address (str | Unset): MAC address; for a virtual IP bound to a server, empty or the MAC of the bound
                server's port.
    """

    ip_address: str | Unset = UNSET
    mac_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address = self.ip_address

        mac_address = self.mac_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if mac_address is not UNSET:
            field_dict["mac_address"] = mac_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        ip_address = d.pop("ip_address", UNSET)

        mac_address = d.pop("mac_address", UNSET)

        dev_server_allowed_address_pair = cls(
            ip_address,
            mac_address,
        )

        dev_server_allowed_address_pair.additional_properties = d
        return dev_server_allowed_address_pair

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
