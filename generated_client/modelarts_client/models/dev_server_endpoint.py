from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_endpoint_dev_service import DevServerEndpointDevService
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_server_endpoint_extensions import DevServerEndpointExtensions


T = TypeVar("T", bound="DevServerEndpoint")


@_attrs_define
class DevServerEndpoint:
    """A service through which the instance is reached, with its settings.

    Attributes:
        allowed_access_ips (list[str] | Unset): Public IP addresses allowed to reach the instance over SSH; when empty,
            any address may.
        dev_service (DevServerEndpointDevService | Unset): The service: NOTEBOOK (HTTPS access), SSH (remote login), or
            one of AI_FLOW, MA_STUDIO, TENSOR_BOARD, WEB_IDE.
        extensions (DevServerEndpointExtensions | Unset): Extension settings of the service, such as an application's
            dedicated URL for opening it in remote development mode.
        ssh_keys (list[str] | Unset): Names of the key pairs that may log in over SSH (0 to 1,024; several may be used
            at once).
    """

    allowed_access_ips: list[str] | Unset = UNSET
    dev_service: DevServerEndpointDevService | Unset = UNSET
    extensions: DevServerEndpointExtensions | Unset = UNSET
    ssh_keys: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allowed_access_ips: list[str] | Unset = UNSET
        if not isinstance(self.allowed_access_ips, Unset):
            allowed_access_ips = self.allowed_access_ips

        dev_service: str | Unset = UNSET
        if not isinstance(self.dev_service, Unset):
            dev_service = self.dev_service.value

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

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
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if ssh_keys is not UNSET:
            field_dict["ssh_keys"] = ssh_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_server_endpoint_extensions import DevServerEndpointExtensions  # noqa: PLC0415

        d = dict(src_dict)
        allowed_access_ips = cast(list[str], d.pop("allowed_access_ips", UNSET))

        _dev_service = d.pop("dev_service", UNSET)
        dev_service: DevServerEndpointDevService | Unset
        if isinstance(_dev_service, Unset):
            dev_service = UNSET
        else:
            dev_service = DevServerEndpointDevService.from_json(_dev_service)

        _extensions = d.pop("extensions", UNSET)
        extensions: DevServerEndpointExtensions | Unset
        if isinstance(_extensions, Unset) or _extensions is None:
            extensions = UNSET
        else:
            extensions = DevServerEndpointExtensions.from_dict(_extensions)

        ssh_keys = cast(list[str], d.pop("ssh_keys", UNSET))

        dev_server_endpoint = cls(
            allowed_access_ips,
            dev_service,
            extensions,
            ssh_keys,
        )

        dev_server_endpoint.additional_properties = d
        return dev_server_endpoint

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
