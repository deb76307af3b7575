from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_start_request_arch import DevServerStartRequestArch
from ..models.dev_server_start_request_charging_mode import DevServerStartRequestChargingMode
from ..models.dev_server_start_request_server_type import DevServerStartRequestServerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerStartRequest")


@_attrs_define
class DevServerStartRequest:
    """Optional body of `start_dev_server`, describing the server being started. Every field is optional.

    Attributes:
        arch (DevServerStartRequestArch | Unset): CPU architecture of the server.
        charging_mode (DevServerStartRequestChargingMode | Unset): Billing mode of the server's flavor: POST_PAID (pay-
            per-use), PRE_PAID (yearly/monthly) or COMMON (both); PRE_PAID and COMMON exist only in some regions.
        server_type (DevServerStartRequestServerType | Unset): Server type: BMS (bare metal), ECS (elastic cloud server)
            or HPS (supernode).
    """

    arch: DevServerStartRequestArch | Unset = UNSET
    charging_mode: DevServerStartRequestChargingMode | Unset = UNSET
    server_type: DevServerStartRequestServerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch: str | Unset = UNSET
        if not isinstance(self.arch, Unset):
            arch = self.arch.value

        charging_mode: str | Unset = UNSET
        if not isinstance(self.charging_mode, Unset):
            charging_mode = self.charging_mode.value

        server_type: str | Unset = UNSET
        if not isinstance(self.server_type, Unset):
            server_type = self.server_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arch is not UNSET:
            field_dict["arch"] = arch
        if charging_mode is not UNSET:
            field_dict["charging_mode"] = charging_mode
        if server_type is not UNSET:
            field_dict["server_type"] = server_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _arch = d.pop("arch", UNSET)
        arch: DevServerStartRequestArch | Unset
        if isinstance(_arch, Unset):
            arch = UNSET
        else:
            arch = DevServerStartRequestArch.from_json(_arch)

        _charging_mode = d.pop("charging_mode", UNSET)
        charging_mode: DevServerStartRequestChargingMode | Unset
        if isinstance(_charging_mode, Unset):
            charging_mode = UNSET
        else:
            charging_mode = DevServerStartRequestChargingMode.from_json(_charging_mode)

        _server_type = d.pop("server_type", UNSET)
        server_type: DevServerStartRequestServerType | Unset
        if isinstance(_server_type, Unset):
            server_type = UNSET
        else:
            server_type = DevServerStartRequestServerType.from_json(_server_type)

        dev_server_start_request = cls(
            arch,
            charging_mode,
            server_type,
        )

        dev_server_start_request.additional_properties = d
        return dev_server_start_request

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
