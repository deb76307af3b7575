from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevEnvStorageLocation")


@_attrs_define
class DevEnvStorageLocation:
    """Where the storage lives. Needed when the storage type is obs.

    Attributes:
        path (str | Unset): OBS directory (not a bucket root), ending with `/`. Required for obs storage; not used
            for evs.
        volume_size (int | Unset): EVS disk size in GB. Not used for obs storage. Default: 5.
    """

    path: str | Unset = UNSET
    volume_size: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        volume_size = self.volume_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if volume_size is not UNSET:
            field_dict["volume_size"] = volume_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        volume_size = d.pop("volume_size", UNSET)

        dev_env_storage_location = cls(
            path=path,
            volume_size=volume_size,
        )

        dev_env_storage_location.additional_properties = d
        return dev_env_storage_location

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
