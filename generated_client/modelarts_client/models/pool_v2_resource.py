from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_creating_step import PoolV2CreatingStep
    from ..models.pool_v2_data_volume import PoolV2DataVolume
    from ..models.pool_v2_node_az import PoolV2NodeAz
    from ..models.pool_v2_resource_extend_params import PoolV2ResourceExtendParams
    from ..models.pool_v2_resource_os import PoolV2ResourceOs
    from ..models.pool_v2_root_volume import PoolV2RootVolume
    from ..models.pool_v2_user_tag import PoolV2UserTag
    from ..models.pool_v2_volume_group_config import PoolV2VolumeGroupConfig


T = TypeVar("T", bound="PoolV2Resource")


@_attrs_define
class PoolV2Resource:
    """One flavor of a pool with its node count and node settings.

    Attributes:
        flavor (str | Unset): Flavor name, e.g. modelarts.vm.gpu.tnt004.
        count (int | Unset): Minimum number of nodes of this flavor.
        max_count (int | Unset): Elastic number of nodes of this flavor; equals count in a physical pool.
        azs (list[PoolV2NodeAz] | Unset): Distribution of the nodes over AZs.
        tags (list[PoolV2UserTag] | Unset): Resource tags of the nodes.
        extend_params (PoolV2ResourceExtendParams | Unset): Custom node settings of a flavor.
        creating_step (PoolV2CreatingStep | Unset): Batch creation settings.
        root_volume (PoolV2RootVolume | Unset): Custom system disk (EVS) of the nodes.
        data_volumes (list[PoolV2DataVolume] | Unset): Custom data disks (EVS) of the nodes.
        volume_group_configs (list[PoolV2VolumeGroupConfig] | Unset): Advanced disk settings; present whenever custom
            data disks are.
        os (PoolV2ResourceOs | Unset): Operating system of the nodes of a flavor (vendor SDK, not in the reference
            tables).
    """

    flavor: str | Unset = UNSET
    count: int | Unset = UNSET
    max_count: int | Unset = UNSET
    azs: list[PoolV2NodeAz] | Unset = UNSET
    tags: list[PoolV2UserTag] | Unset = UNSET
    extend_params: PoolV2ResourceExtendParams | Unset = UNSET
    creating_step: PoolV2CreatingStep | Unset = UNSET
    root_volume: PoolV2RootVolume | Unset = UNSET
    data_volumes: list[PoolV2DataVolume] | Unset = UNSET
    volume_group_configs: list[PoolV2VolumeGroupConfig] | Unset = UNSET
    os: PoolV2ResourceOs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor = self.flavor

        count = self.count

        max_count = self.max_count

        azs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.azs, Unset):
            azs = []
            for azs_item_data in self.azs:
                azs_item = azs_item_data.to_dict()
                azs.append(azs_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        extend_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extend_params, Unset):
            extend_params = self.extend_params.to_dict()

        creating_step: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creating_step, Unset):
            creating_step = self.creating_step.to_dict()

        root_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.root_volume, Unset):
            root_volume = self.root_volume.to_dict()

        data_volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_volumes, Unset):
            data_volumes = []
            for data_volumes_item_data in self.data_volumes:
                data_volumes_item = data_volumes_item_data.to_dict()
                data_volumes.append(data_volumes_item)

        volume_group_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volume_group_configs, Unset):
            volume_group_configs = []
            for volume_group_configs_item_data in self.volume_group_configs:
                volume_group_configs_item = volume_group_configs_item_data.to_dict()
                volume_group_configs.append(volume_group_configs_item)

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if count is not UNSET:
            field_dict["count"] = count
        if max_count is not UNSET:
            field_dict["maxCount"] = max_count
        if azs is not UNSET:
            field_dict["azs"] = azs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if extend_params is not UNSET:
            field_dict["extendParams"] = extend_params
        if creating_step is not UNSET:
            field_dict["creatingStep"] = creating_step
        if root_volume is not UNSET:
            field_dict["rootVolume"] = root_volume
        if data_volumes is not UNSET:
            field_dict["dataVolumes"] = data_volumes
        if volume_group_configs is not UNSET:
            field_dict["volumeGroupConfigs"] = volume_group_configs
        if os is not UNSET:
            field_dict["os"] = os

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_creating_step import PoolV2CreatingStep  # noqa: PLC0415
        from ..models.pool_v2_data_volume import PoolV2DataVolume  # noqa: PLC0415
        from ..models.pool_v2_node_az import PoolV2NodeAz  # noqa: PLC0415
        from ..models.pool_v2_resource_extend_params import PoolV2ResourceExtendParams  # noqa: PLC0415
        from ..models.pool_v2_resource_os import PoolV2ResourceOs  # noqa: PLC0415
        from ..models.pool_v2_root_volume import PoolV2RootVolume  # noqa: PLC0415
        from ..models.pool_v2_user_tag import PoolV2UserTag  # noqa: PLC0415
        from ..models.pool_v2_volume_group_config import PoolV2VolumeGroupConfig  # noqa: PLC0415

        d = dict(src_dict)
        flavor = d.pop("flavor", UNSET)

        count = d.pop("count", UNSET)

        max_count = d.pop("maxCount", UNSET)

        _azs = d.pop("azs", UNSET)
        azs: list[PoolV2NodeAz] | Unset = UNSET
        if _azs is not UNSET and _azs is not None:
            azs = []
            for azs_item_data in _azs:
                azs_item = PoolV2NodeAz.from_dict(azs_item_data)

                azs.append(azs_item)

        _tags = d.pop("tags", UNSET)
        tags: list[PoolV2UserTag] | Unset = UNSET
        if _tags is not UNSET and _tags is not None:
            tags = []
            for tags_item_data in _tags:
                tags_item = PoolV2UserTag.from_dict(tags_item_data)

                tags.append(tags_item)

        _extend_params = d.pop("extendParams", UNSET)
        extend_params: PoolV2ResourceExtendParams | Unset
        if isinstance(_extend_params, Unset) or _extend_params is None:
            extend_params = UNSET
        else:
            extend_params = PoolV2ResourceExtendParams.from_dict(_extend_params)

        _creating_step = d.pop("creatingStep", UNSET)
        creating_step: PoolV2CreatingStep | Unset
        if isinstance(_creating_step, Unset) or _creating_step is None:
            creating_step = UNSET
        else:
            creating_step = PoolV2CreatingStep.from_dict(_creating_step)

        _root_volume = d.pop("rootVolume", UNSET)
        root_volume: PoolV2RootVolume | Unset
        if isinstance(_root_volume, Unset) or _root_volume is None:
            root_volume = UNSET
        else:
            root_volume = PoolV2RootVolume.from_dict(_root_volume)

        _data_volumes = d.pop("dataVolumes", UNSET)
        data_volumes: list[PoolV2DataVolume] | Unset = UNSET
        if _data_volumes is not UNSET and _data_volumes is not None:
            data_volumes = []
            for data_volumes_item_data in _data_volumes:
                data_volumes_item = PoolV2DataVolume.from_dict(data_volumes_item_data)

                data_volumes.append(data_volumes_item)

        _volume_group_configs = d.pop("volumeGroupConfigs", UNSET)
        volume_group_configs: list[PoolV2VolumeGroupConfig] | Unset = UNSET
        if _volume_group_configs is not UNSET and _volume_group_configs is not None:
            volume_group_configs = []
            for volume_group_configs_item_data in _volume_group_configs:
                volume_group_configs_item = PoolV2VolumeGroupConfig.from_dict(volume_group_configs_item_data)

                volume_group_configs.append(volume_group_configs_item)

        _os = d.pop("os", UNSET)
        os: PoolV2ResourceOs | Unset
        if isinstance(_os, Unset) or _os is None:
            os = UNSET
        else:
            os = PoolV2ResourceOs.from_dict(_os)

        pool_v2_resource = cls(
            flavor,
            count,
            max_count,
            azs,
            tags,
            extend_params,
            creating_step,
            root_volume,
            data_volumes,
            volume_group_configs,
            os,
        )

        pool_v2_resource.additional_properties = d
        return pool_v2_resource

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
