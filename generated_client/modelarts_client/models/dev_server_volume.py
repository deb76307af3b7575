from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_volume_evs_type import DevServerVolumeEvsType
from ..models.dev_server_volume_type import DevServerVolumeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerVolume")


@_attrs_define
class DevServerVolume:
    """A disk (EVS volume) attached to a server.

    Attributes:
        size (int | Unset): Disk size in GB (100 to 1,024 for a system disk, up to 32,768 for a data disk).
        type_ (DevServerVolumeType | Unset): Role of the disk: ROOT (system disk) or DATA (data disk).
        evs_type (DevServerVolumeEvsType | Unset): Disk type: ESSD (extreme SSD), GPSSD (general purpose SSD), SAS (high
            I/O), SATA (common I/O) or SSD (ultra-high I/O).
        evs_id (str | Unset): ID of the EVS disk (a UUID).
    """

    size: int | Unset = UNSET
    type_: DevServerVolumeType | Unset = UNSET
    evs_type: DevServerVolumeEvsType | Unset = UNSET
    evs_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        evs_type: str | Unset = UNSET
        if not isinstance(self.evs_type, Unset):
            evs_type = self.evs_type.value

        evs_id = self.evs_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if type_ is not UNSET:
            field_dict["type"] = type_
        if evs_type is not UNSET:
            field_dict["evs_type"] = evs_type
        if evs_id is not UNSET:
            field_dict["evs_id"] = evs_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        size = d.pop("size", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DevServerVolumeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DevServerVolumeType.from_json(_type_)

        _evs_type = d.pop("evs_type", UNSET)
        evs_type: DevServerVolumeEvsType | Unset
        if isinstance(_evs_type, Unset):
            evs_type = UNSET
        else:
            evs_type = DevServerVolumeEvsType.from_json(_evs_type)

        evs_id = d.pop("evs_id", UNSET)

        dev_server_volume = cls(
            size,
            type_,
            evs_type,
            evs_id,
        )

        dev_server_volume.additional_properties = d
        return dev_server_volume

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
