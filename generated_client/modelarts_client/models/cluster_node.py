from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterNode")


@_attrs_define
class ClusterNode:
    """Nodes of one flavor in a dedicated resource pool.

    Attributes:
        specification (str | Unset): Node flavor.
        count (int | Unset): Number of nodes.
        available_count (int | Unset): Number of available nodes.
    """

    specification: str | Unset = UNSET
    count: int | Unset = UNSET
    available_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        specification = self.specification

        count = self.count

        available_count = self.available_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if specification is not UNSET:
            field_dict["specification"] = specification
        if count is not UNSET:
            field_dict["count"] = count
        if available_count is not UNSET:
            field_dict["available_count"] = available_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        specification = d.pop("specification", UNSET)

        count = d.pop("count", UNSET)

        available_count = d.pop("available_count", UNSET)

        cluster_node = cls(
            specification,
            count,
            available_count,
        )

        cluster_node.additional_properties = d
        return cluster_node

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
