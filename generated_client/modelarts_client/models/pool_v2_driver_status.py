from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_driver_status_state import PoolV2DriverStatusState
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2DriverStatus")


@_attrs_define
class PoolV2DriverStatus:
    """Version and state of one driver.

    Attributes:
        version (str | Unset): Driver version.
        state (PoolV2DriverStatusState | Unset): Driver state: Creating, Upgrading, Running, Abnormal.
    """

    version: str | Unset = UNSET
    state: PoolV2DriverStatusState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        _state = d.pop("state", UNSET)
        state: PoolV2DriverStatusState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = PoolV2DriverStatusState.from_json(_state)

        pool_v2_driver_status = cls(
            version,
            state,
        )

        pool_v2_driver_status.additional_properties = d
        return pool_v2_driver_status

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
