from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2SpecResourceRequest")


@_attrs_define
class TrainingJobV2SpecResourceRequest:
    """Resources of a job to create: `flavor_id` alone in a public pool, or `pool_id` with `flavor_id` in a dedicated pool
    (the flavor then picks how many cards of a node to use).

        Attributes:
            flavor_id (str | Unset): Resource flavor ID. Not allowed for dedicated CPU pools; for dedicated GPU pools one of
                modelarts.pool.visual.xlarge, .2xlarge, .4xlarge, .8xlarge (1, 2, 4, 8 cards) or .16xlarge (16 cards, 910A3
                supernode pools only).
            node_count (int | Unset): Number of nodes. Default: 1.
            pool_id (str | Unset): Dedicated resource pool ID.
    """

    flavor_id: str | Unset = UNSET
    node_count: int | Unset = 1
    pool_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor_id = self.flavor_id

        node_count = self.node_count

        pool_id = self.pool_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        flavor_id = d.pop("flavor_id", UNSET)

        node_count = d.pop("node_count", UNSET)

        pool_id = d.pop("pool_id", UNSET)

        training_job_v2_spec_resource_request = cls(
            flavor_id,
            node_count,
            pool_id,
        )

        training_job_v2_spec_resource_request.additional_properties = d
        return training_job_v2_spec_resource_request

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
