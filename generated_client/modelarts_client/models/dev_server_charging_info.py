from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_charging_info_charging_mode import DevServerChargingInfoChargingMode
from ..models.dev_server_charging_info_period_type import DevServerChargingInfoPeriodType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerChargingInfo")


@_attrs_define
class DevServerChargingInfo:
    """How a new server is billed.

    Attributes:
        charging_mode (DevServerChargingInfoChargingMode): Billing mode: POST_PAID (pay-per-use), PRE_PAID
            (yearly/monthly, paid in advance) or COMMON (both).
        period_num (int): Number of subscription periods, 1 to 11.
        period_type (DevServerChargingInfoPeriodType): Unit of the subscription period.
        is_auto_pay (bool | Unset): Whether the order is paid automatically.
        is_auto_renew (bool | Unset): Whether the subscription renews automatically.
    """

    charging_mode: DevServerChargingInfoChargingMode
    period_num: int
    period_type: DevServerChargingInfoPeriodType
    is_auto_pay: bool | Unset = UNSET
    is_auto_renew: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        charging_mode = self.charging_mode.value

        period_num = self.period_num

        period_type = self.period_type.value

        is_auto_pay = self.is_auto_pay

        is_auto_renew = self.is_auto_renew

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charging_mode": charging_mode,
                "period_num": period_num,
                "period_type": period_type,
            }
        )
        if is_auto_pay is not UNSET:
            field_dict["is_auto_pay"] = is_auto_pay
        if is_auto_renew is not UNSET:
            field_dict["is_auto_renew"] = is_auto_renew

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        charging_mode = DevServerChargingInfoChargingMode.from_json(d.pop("charging_mode"))

        period_num = d.pop("period_num")

        period_type = DevServerChargingInfoPeriodType.from_json(d.pop("period_type"))

        is_auto_pay = d.pop("is_auto_pay", UNSET)

        is_auto_renew = d.pop("is_auto_renew", UNSET)

        dev_server_charging_info = cls(
            charging_mode,
            period_num,
            period_type,
            is_auto_pay,
            is_auto_renew,
        )

        dev_server_charging_info.additional_properties = d
        return dev_server_charging_info

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
