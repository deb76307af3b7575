from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_data_volume_volume_type import PoolV2DataVolumeVolumeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_volume_extend_params import PoolV2VolumeExtendParams


T = TypeVar("T", bound="PoolV2DataVolume")


@_attrs_define
class PoolV2DataVolume:
    """A custom data disk (EVS) of the nodes.

    Attributes:
        volume_type (PoolV2DataVolumeVolumeType | Unset): Disk type: SSD (ultra-high I/O), GPSSD (general-purpose SSD),
            SAS (high I/O).
        size (str | Unset): Disk size in GiB.
        count (int | Unset): Number of such disks.
        extend_params (PoolV2VolumeExtendParams | Unset): Custom settings of a data disk.
    """

    volume_type: PoolV2DataVolumeVolumeType | Unset = UNSET
    size: str | Unset = UNSET
    count: int | Unset = UNSET
    extend_params: PoolV2VolumeExtendParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_type: str | Unset = UNSET
        if not isinstance(self.volume_type, Unset):
            volume_type = self.volume_type.value

        size = self.size

        count = self.count

        extend_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extend_params, Unset):
            extend_params = self.extend_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume_type is not UNSET:
            field_dict["volumeType"] = volume_type
        if size is not UNSET:
            field_dict["size"] = size
        if count is not UNSET:
            field_dict["count"] = count
        if extend_params is not UNSET:
            field_dict["extendParams"] = extend_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_volume_extend_params import PoolV2VolumeExtendParams  # noqa: PLC0415

        d = dict(src_dict)
        _volume_type = d.pop("volumeType", UNSET)
        volume_type: PoolV2DataVolumeVolumeType | Unset
        if isinstance(_volume_type, Unset):
            volume_type = UNSET
        else:
            volume_type = PoolV2DataVolumeVolumeType.from_json(_volume_type)

        size = d.pop("size", UNSET)

        count = d.pop("count", UNSET)

        _extend_params = d.pop("extendParams", UNSET)
        extend_params: PoolV2VolumeExtendParams | Unset
        if isinstance(_extend_params, Unset) or _extend_params is None:
            extend_params = UNSET
        else:
            extend_params = PoolV2VolumeExtendParams.from_dict(_extend_params)

        pool_v2_data_volume = cls(
            volume_type,
            size,
            count,
            extend_params,
        )

        pool_v2_data_volume.additional_properties = d
        return pool_v2_data_volume

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
