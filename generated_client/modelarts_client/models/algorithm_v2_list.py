from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algorithm_v2_list_order import AlgorithmV2ListOrder
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2 import AlgorithmV2


T = TypeVar("T", bound="AlgorithmV2List")


@_attrs_define
class AlgorithmV2List:
    """Body answered by `list_algorithms_v2`: one slice of the matching algorithms.

    Attributes:
        total (int | Unset): Number of algorithms the user has, before filtering.
        count (int | Unset): Number of algorithms that match the filters (across all slices).
        limit (int | Unset): Slice size applied.
        offset (int | Unset): Offset applied.
        sort_by (str | Unset): Field the algorithms are sorted by.
        order (AlgorithmV2ListOrder | Unset): Sort order applied: asc or desc.
        group_by (str | Unset): Grouping applied; empty when none.
        items (list[AlgorithmV2] | Unset): The algorithms of this slice.
    """

    total: int | Unset = UNSET
    count: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort_by: str | Unset = UNSET
    order: AlgorithmV2ListOrder | Unset = UNSET
    group_by: str | Unset = UNSET
    items: list[AlgorithmV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        limit = self.limit

        offset = self.offset

        sort_by = self.sort_by

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        group_by = self.group_by

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if count is not UNSET:
            field_dict["count"] = count
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if order is not UNSET:
            field_dict["order"] = order
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.algorithm_v2 import AlgorithmV2  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        count = d.pop("count", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        _order = d.pop("order", UNSET)
        order: AlgorithmV2ListOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = AlgorithmV2ListOrder.from_json(_order)

        group_by = d.pop("group_by", UNSET)

        _items = d.pop("items", UNSET)
        items: list[AlgorithmV2] | Unset = UNSET
        if _items is not UNSET and _items is not None:
            items = []
            for items_item_data in _items:
                items_item = AlgorithmV2.from_dict(items_item_data)

                items.append(items_item)

        algorithm_v2_list = cls(
            total,
            count,
            limit,
            offset,
            sort_by,
            order,
            group_by,
            items,
        )

        algorithm_v2_list.additional_properties = d
        return algorithm_v2_list

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
