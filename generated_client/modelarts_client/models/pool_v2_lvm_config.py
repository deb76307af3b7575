from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_lvm_config_lv_type import PoolV2LvmConfigLvType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2LvmConfig")


@_attrs_define
class PoolV2LvmConfig:
    """LVM settings of a disk group.

    Attributes:
        lv_type (PoolV2LvmConfigLvType | Unset): LVM write mode: linear, or striped (disks striped together for speed).
        path (str | Unset): Absolute mount path (user groups only); letters, digits, periods, hyphens and underscores.
    """

    lv_type: PoolV2LvmConfigLvType | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lv_type: str | Unset = UNSET
        if not isinstance(self.lv_type, Unset):
            lv_type = self.lv_type.value

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lv_type is not UNSET:
            field_dict["lvType"] = lv_type
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _lv_type = d.pop("lvType", UNSET)
        lv_type: PoolV2LvmConfigLvType | Unset
        if isinstance(_lv_type, Unset):
            lv_type = UNSET
        else:
            lv_type = PoolV2LvmConfigLvType.from_json(_lv_type)

        path = d.pop("path", UNSET)

        pool_v2_lvm_config = cls(
            lv_type,
            path,
        )

        pool_v2_lvm_config.additional_properties = d
        return pool_v2_lvm_config

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
