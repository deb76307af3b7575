from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.service_affinity_node_info import ServiceAffinityNodeInfo


T = TypeVar("T", bound="ServiceAffinityPoolInfo")


@_attrs_define
class ServiceAffinityPoolInfo:
    """The nodes of one resource pool named in an affinity rule.

    Attributes:
        pool_name (str): Resource pool name; must be the pool_name the model is deployed in.
        nodes (list[ServiceAffinityNodeInfo]): The nodes.
    """

    pool_name: str
    nodes: list[ServiceAffinityNodeInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pool_name = self.pool_name

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pool_name": pool_name,
                "nodes": nodes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_affinity_node_info import ServiceAffinityNodeInfo  # noqa: PLC0415

        d = dict(src_dict)
        pool_name = d.pop("pool_name")

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = ServiceAffinityNodeInfo.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        service_affinity_pool_info = cls(
            pool_name,
            nodes,
        )

        service_affinity_pool_info.additional_properties = d
        return service_affinity_pool_info

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
