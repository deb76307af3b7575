from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_creating_step import PoolV2CreatingStep
    from ..models.pool_v2_node_az import PoolV2NodeAz


T = TypeVar("T", bound="PoolV2ResourceFlavorCount")


@_attrs_define
class PoolV2ResourceFlavorCount:
    """Number of nodes of one flavor.

    Attributes:
        flavor (str | Unset): Flavor name, e.g. modelarts.vm.gpu.tnt004.
        count (int | Unset): Minimum number of nodes of this flavor.
        max_count (int | Unset): Elastic number of nodes of this flavor; equals count in a physical pool.
        azs (list[PoolV2NodeAz] | Unset): Distribution of the nodes over AZs.
        creating_step (PoolV2CreatingStep | Unset): Batch creation settings.
        node_pool (str | Unset): Node pool ID (vendor SDK, not in the reference tables).
    """

    flavor: str | Unset = UNSET
    count: int | Unset = UNSET
    max_count: int | Unset = UNSET
    azs: list[PoolV2NodeAz] | Unset = UNSET
    creating_step: PoolV2CreatingStep | Unset = UNSET
    node_pool: str | Unset = UNSET
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

        creating_step: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creating_step, Unset):
            creating_step = self.creating_step.to_dict()

        node_pool = self.node_pool

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
        if creating_step is not UNSET:
            field_dict["creatingStep"] = creating_step
        if node_pool is not UNSET:
            field_dict["nodePool"] = node_pool

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_creating_step import PoolV2CreatingStep  # noqa: PLC0415
        from ..models.pool_v2_node_az import PoolV2NodeAz  # noqa: PLC0415

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

        _creating_step = d.pop("creatingStep", UNSET)
        creating_step: PoolV2CreatingStep | Unset
        if isinstance(_creating_step, Unset) or _creating_step is None:
            creating_step = UNSET
        else:
            creating_step = PoolV2CreatingStep.from_dict(_creating_step)

        node_pool = d.pop("nodePool", UNSET)

        pool_v2_resource_flavor_count = cls(
            flavor,
            count,
            max_count,
            azs,
            creating_step,
            node_pool,
        )

        pool_v2_resource_flavor_count.additional_properties = d
        return pool_v2_resource_flavor_count

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
