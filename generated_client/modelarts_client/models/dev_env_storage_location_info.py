from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevEnvStorageLocationInfo")


@_attrs_define
class DevEnvStorageLocationInfo:
    """Where the storage lives.

    Attributes:
        path (str | Unset): Storage path (OBS directory, or the mount path of an EVS disk).
        volume_size (int | Unset): EVS disk size, in volume_unit.
        volume_unit (str | Unset): Unit of volume_size, such as GB.
    """

    path: str | Unset = UNSET
    volume_size: int | Unset = UNSET
    volume_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        volume_size = self.volume_size

        volume_unit = self.volume_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if volume_size is not UNSET:
            field_dict["volume_size"] = volume_size
        if volume_unit is not UNSET:
            field_dict["volume_unit"] = volume_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        volume_size = d.pop("volume_size", UNSET)

        volume_unit = d.pop("volume_unit", UNSET)

        dev_env_storage_location_info = cls(
            path,
            volume_size,
            volume_unit,
        )

        dev_env_storage_location_info.additional_properties = d
        return dev_env_storage_location_info

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
