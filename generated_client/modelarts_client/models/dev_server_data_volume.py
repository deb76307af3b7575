from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_data_volume_type import DevServerDataVolumeType

T = TypeVar("T", bound="DevServerDataVolume")


@_attrs_define
class DevServerDataVolume:
    """Data disks of a new server, all of one size and type.

    Attributes:
        size (int): Size of each data disk in GB, 100 to 32,768.
        type_ (DevServerDataVolumeType): Data disk type: ESSD (extreme SSD), GPSSD (general purpose SSD), SAS (high
            I/O), SATA (common I/O) or SSD (ultra-high I/O).
        count (int): Number of data disks, 1 to 8.
    """

    size: int
    type_: DevServerDataVolumeType
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size = self.size

        type_ = self.type_.value

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "size": size,
                "type": type_,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        size = d.pop("size")

        type_ = DevServerDataVolumeType.from_json(d.pop("type"))

        count = d.pop("count")

        dev_server_data_volume = cls(
            size,
            type_,
            count,
        )

        dev_server_data_volume.additional_properties = d
        return dev_server_data_volume

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
