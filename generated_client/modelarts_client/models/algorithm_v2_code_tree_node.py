from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgorithmV2CodeTreeNode")


@_attrs_define
class AlgorithmV2CodeTreeNode:
    """A directory or file of the algorithm's code tree.

    Attributes:
        name (str | Unset): Name of this directory or file.
        children (list[AlgorithmV2CodeTreeNode] | Unset): Files and subdirectories of this directory.
    """

    name: str | Unset = UNSET
    children: list[AlgorithmV2CodeTreeNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _children = d.pop("children", UNSET)
        children: list[AlgorithmV2CodeTreeNode] | Unset = UNSET
        if _children is not UNSET and _children is not None:
            children = []
            for children_item_data in _children:
                children_item = AlgorithmV2CodeTreeNode.from_dict(children_item_data)

                children.append(children_item)

        algorithm_v2_code_tree_node = cls(
            name,
            children,
        )

        algorithm_v2_code_tree_node.additional_properties = d
        return algorithm_v2_code_tree_node

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
