from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_volume_group_config_types_item import PoolV2VolumeGroupConfigTypesItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_lvm_config import PoolV2LvmConfig


T = TypeVar("T", bound="PoolV2VolumeGroupConfig")


@_attrs_define
class PoolV2VolumeGroupConfig:
    """Advanced settings of one disk group.

    Attributes:
        volume_group (str | Unset): Disk group name, matching a volumeGroup of dataVolumes.
        docker_thin_pool (int | Unset): Percentage of the data disks given to containers; only for the vgpaas group.
        lvm_config (PoolV2LvmConfig | Unset): LVM settings of a disk group.
        types (list[PoolV2VolumeGroupConfigTypesItem] | Unset): Storage types: volume (EVS disk, the default with
            dataVolumes) or local (local disk, must be given to use one).
    """

    volume_group: str | Unset = UNSET
    docker_thin_pool: int | Unset = UNSET
    lvm_config: PoolV2LvmConfig | Unset = UNSET
    types: list[PoolV2VolumeGroupConfigTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_group = self.volume_group

        docker_thin_pool = self.docker_thin_pool

        lvm_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lvm_config, Unset):
            lvm_config = self.lvm_config.to_dict()

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume_group is not UNSET:
            field_dict["volumeGroup"] = volume_group
        if docker_thin_pool is not UNSET:
            field_dict["dockerThinPool"] = docker_thin_pool
        if lvm_config is not UNSET:
            field_dict["lvmConfig"] = lvm_config
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_lvm_config import PoolV2LvmConfig  # noqa: PLC0415

        d = dict(src_dict)
        volume_group = d.pop("volumeGroup", UNSET)

        docker_thin_pool = d.pop("dockerThinPool", UNSET)

        _lvm_config = d.pop("lvmConfig", UNSET)
        lvm_config: PoolV2LvmConfig | Unset
        if isinstance(_lvm_config, Unset) or _lvm_config is None:
            lvm_config = UNSET
        else:
            lvm_config = PoolV2LvmConfig.from_dict(_lvm_config)

        _types = d.pop("types", UNSET)
        types: list[PoolV2VolumeGroupConfigTypesItem] | Unset = UNSET
        if _types is not UNSET and _types is not None:
            types = []
            for types_item_data in _types:
                types_item = PoolV2VolumeGroupConfigTypesItem.from_json(types_item_data)

                types.append(types_item)

        pool_v2_volume_group_config = cls(
            volume_group,
            docker_thin_pool,
            lvm_config,
            types,
        )

        pool_v2_volume_group_config.additional_properties = d
        return pool_v2_volume_group_config

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
