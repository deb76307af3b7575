from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_endpoint_info_dev_service import DevServerEndpointInfoDevService
from ..models.dev_server_endpoint_info_service import DevServerEndpointInfoService
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerEndpointInfo")


@_attrs_define
class DevServerEndpointInfo:
    """A private address of the server and the service reachable there.

    Attributes:
        allowed_access_ips (list[str] | Unset): Public IP addresses allowed to reach the instance over SSH; when empty,
            any address may.
        dev_service (DevServerEndpointInfoDevService | Unset): How the server is reached: NOTEBOOK (HTTPS) or SSH.
        service (DevServerEndpointInfoService | Unset): How the server is reached: NOTEBOOK (HTTPS) or SSH.
        uri (str | Unset): Private IP address of the server.
        key_pair_names (list[str] | Unset): Names of the key pairs that may log in over SSH.
        ssh_keys (list[str] | Unset): Names of the key pairs that may log in over SSH (the name chapter 11 gives; the
            SDK has `key_pair_names`).
    """

    allowed_access_ips: list[str] | Unset = UNSET
    dev_service: DevServerEndpointInfoDevService | Unset = UNSET
    service: DevServerEndpointInfoService | Unset = UNSET
    uri: str | Unset = UNSET
    key_pair_names: list[str] | Unset = UNSET
    ssh_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_access_ips: list[str] | Unset = UNSET
        if not isinstance(self.allowed_access_ips, Unset):
            allowed_access_ips = self.allowed_access_ips

        dev_service: str | Unset = UNSET
        if not isinstance(self.dev_service, Unset):
            dev_service = self.dev_service.value

        service: str | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.value

        uri = self.uri

        key_pair_names: list[str] | Unset = UNSET
        if not isinstance(self.key_pair_names, Unset):
            key_pair_names = self.key_pair_names

        ssh_keys: list[str] | Unset = UNSET
        if not isinstance(self.ssh_keys, Unset):
            ssh_keys = self.ssh_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_access_ips is not UNSET:
            field_dict["allowed_access_ips"] = allowed_access_ips
        if dev_service is not UNSET:
            field_dict["dev_service"] = dev_service
        if service is not UNSET:
            field_dict["service"] = service
        if uri is not UNSET:
            field_dict["uri"] = uri
        if key_pair_names is not UNSET:
            field_dict["key_pair_names"] = key_pair_names
        if ssh_keys is not UNSET:
            field_dict["ssh_keys"] = ssh_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        allowed_access_ips = cast(list[str], d.pop("allowed_access_ips", UNSET))

        _dev_service = d.pop("dev_service", UNSET)
        dev_service: DevServerEndpointInfoDevService | Unset
        if isinstance(_dev_service, Unset):
            dev_service = UNSET
        else:
            dev_service = DevServerEndpointInfoDevService.from_json(_dev_service)

        _service = d.pop("service", UNSET)
        service: DevServerEndpointInfoService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = DevServerEndpointInfoService.from_json(_service)

        uri = d.pop("uri", UNSET)

        key_pair_names = cast(list[str], d.pop("key_pair_names", UNSET))

        ssh_keys = cast(list[str], d.pop("ssh_keys", UNSET))

        dev_server_endpoint_info = cls(
            allowed_access_ips,
            dev_service,
            service,
            uri,
            key_pair_names,
            ssh_keys,
        )

        dev_server_endpoint_info.additional_properties = d
        return dev_server_endpoint_info

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
