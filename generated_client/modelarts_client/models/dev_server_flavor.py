from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_flavor_arch import DevServerFlavorArch
from ..models.dev_server_flavor_charging_mode import DevServerFlavorChargingMode
from ..models.dev_server_flavor_server_type import DevServerFlavorServerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerFlavor")


@_attrs_define
class DevServerFlavor:
    """A flavor (hardware specification) a Lite Server can be created with.

    Attributes:
        arch (DevServerFlavorArch | Unset): CPU architecture.
        availability_zone (str | Unset): Availability zone offering the flavor.
        charging_mode (DevServerFlavorChargingMode | Unset): Billing mode: PRE_PAID (yearly/monthly), POST_PAID (pay-
            per-use); COMMON (both) is listed for flavors in `start_dev_server`'s body and kept here.
        count (int | Unset): Quantity the service reports for the flavor (not further defined by the vendor).
        flavor (str | Unset): Flavor name, as given to `create_dev_server`.
        flavor_type (str | Unset): Flavor type.
        roce_num (int | Unset): Number of RoCE network ports.
        server_type (DevServerFlavorServerType | Unset): Server type: BMS (bare metal), ECS (elastic cloud server) or
            HPS (supernode).
        sku_code (str | Unset): Billing (SKU) code of the flavor.
        specification (str | Unset): Hardware details of the flavor, as text.
        status (str | Unset): Status of the flavor (values not documented).
        is_sold_out (bool | Unset): True when the flavor is sold out. Default: False.
    """

    arch: DevServerFlavorArch | Unset = UNSET
    availability_zone: str | Unset = UNSET
    charging_mode: DevServerFlavorChargingMode | Unset = UNSET
    count: int | Unset = UNSET
    flavor: str | Unset = UNSET
    flavor_type: str | Unset = UNSET
    roce_num: int | Unset = UNSET
    server_type: DevServerFlavorServerType | Unset = UNSET
    sku_code: str | Unset = UNSET
    specification: str | Unset = UNSET
    status: str | Unset = UNSET
    is_sold_out: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch: str | Unset = UNSET
        if not isinstance(self.arch, Unset):
            arch = self.arch.value

        availability_zone = self.availability_zone

        charging_mode: str | Unset = UNSET
        if not isinstance(self.charging_mode, Unset):
            charging_mode = self.charging_mode.value

        count = self.count

        flavor = self.flavor

        flavor_type = self.flavor_type

        roce_num = self.roce_num

        server_type: str | Unset = UNSET
        if not isinstance(self.server_type, Unset):
            server_type = self.server_type.value

        sku_code = self.sku_code

        specification = self.specification

        status = self.status

        is_sold_out = self.is_sold_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arch is not UNSET:
            field_dict["arch"] = arch
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone
        if charging_mode is not UNSET:
            field_dict["charging_mode"] = charging_mode
        if count is not UNSET:
            field_dict["count"] = count
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if flavor_type is not UNSET:
            field_dict["flavor_type"] = flavor_type
        if roce_num is not UNSET:
            field_dict["roce_num"] = roce_num
        if server_type is not UNSET:
            field_dict["server_type"] = server_type
        if sku_code is not UNSET:
            field_dict["sku_code"] = sku_code
        if specification is not UNSET:
            field_dict["specification"] = specification
        if status is not UNSET:
            field_dict["status"] = status
        if is_sold_out is not UNSET:
            field_dict["is_sold_out"] = is_sold_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _arch = d.pop("arch", UNSET)
        arch: DevServerFlavorArch | Unset
        if isinstance(_arch, Unset):
            arch = UNSET
        else:
            arch = DevServerFlavorArch.from_json(_arch)

        availability_zone = d.pop("availability_zone", UNSET)

        _charging_mode = d.pop("charging_mode", UNSET)
        charging_mode: DevServerFlavorChargingMode | Unset
        if isinstance(_charging_mode, Unset):
            charging_mode = UNSET
        else:
            charging_mode = DevServerFlavorChargingMode.from_json(_charging_mode)

        count = d.pop("count", UNSET)

        flavor = d.pop("flavor", UNSET)

        flavor_type = d.pop("flavor_type", UNSET)

        roce_num = d.pop("roce_num", UNSET)

        _server_type = d.pop("server_type", UNSET)
        server_type: DevServerFlavorServerType | Unset
        if isinstance(_server_type, Unset):
            server_type = UNSET
        else:
            server_type = DevServerFlavorServerType.from_json(_server_type)

        sku_code = d.pop("sku_code", UNSET)

        specification = d.pop("specification", UNSET)

        status = d.pop("status", UNSET)

        is_sold_out = d.pop("is_sold_out", UNSET)

        dev_server_flavor = cls(
            arch,
            availability_zone,
            charging_mode,
            count,
            flavor,
            flavor_type,
            roce_num,
            server_type,
            sku_code,
            specification,
            status,
            is_sold_out,
        )

        dev_server_flavor.additional_properties = d
        return dev_server_flavor

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
