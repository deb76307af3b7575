from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.supernode import Supernode


T = TypeVar("T", bound="SupernodeList")


@_attrs_define
class SupernodeList:
    """Answer of `list_supernodes` and `list_all_supernodes`: one page of supernodes and the paging counters.

    Attributes:
        current (int | Unset): Number of this page.
        data (list[Supernode] | Unset): The supernodes on this page.
        pages (int | Unset): Number of pages.
        size (int | Unset): Number of supernodes per page.
        total (int | Unset): Number of supernodes in all pages.
    """

    current: int | Unset = UNSET
    data: list[Supernode] | Unset = UNSET
    pages: int | Unset = UNSET
    size: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pages = self.pages

        size = self.size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if data is not UNSET:
            field_dict["data"] = data
        if pages is not UNSET:
            field_dict["pages"] = pages
        if size is not UNSET:
            field_dict["size"] = size
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.supernode import Supernode  # noqa: PLC0415

        d = dict(src_dict)
        current = d.pop("current", UNSET)

        _data = d.pop("data", UNSET)
        data: list[Supernode] | Unset = UNSET
        if _data is not UNSET and _data is not None:
            data = []
            for data_item_data in _data:
                data_item = Supernode.from_dict(data_item_data)

                data.append(data_item)

        pages = d.pop("pages", UNSET)

        size = d.pop("size", UNSET)

        total = d.pop("total", UNSET)

        supernode_list = cls(
            current,
            data,
            pages,
            size,
            total,
        )

        supernode_list.additional_properties = d
        return supernode_list

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
