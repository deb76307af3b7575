from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_root_volume_type import DevServerRootVolumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerRootVolume")


@_attrs_define
class DevServerRootVolume:
    """System disk of a new server.

    Attributes:
        size (int | Unset): System disk size in GB, 100 to 1,024.
        type_ (DevServerRootVolumeType | Unset): System disk type: ESSD (extreme SSD), GPSSD (general purpose SSD), SAS
            (high I/O), SATA (common I/O) or SSD (ultra-high I/O).
    """

    size: int | Unset = UNSET
    type_: DevServerRootVolumeType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        size = d.pop("size", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DevServerRootVolumeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DevServerRootVolumeType.from_json(_type_)

        dev_server_root_volume = cls(
            size,
            type_,
        )

        dev_server_root_volume.additional_properties = d
        return dev_server_root_volume

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
