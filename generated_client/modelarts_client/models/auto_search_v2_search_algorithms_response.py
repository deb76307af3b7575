from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_search_v2_search_algorithm import AutoSearchV2SearchAlgorithm


T = TypeVar("T", bound="AutoSearchV2SearchAlgorithmsResponse")


@_attrs_define
class AutoSearchV2SearchAlgorithmsResponse:
    """The hyperparameter search algorithms an auto search job can use.

    Attributes:
        search_algo_count (int | Unset): Number of search algorithms.
        search_algo_list (list[AutoSearchV2SearchAlgorithm] | Unset): The search algorithms.
    """

    search_algo_count: int | Unset = UNSET
    search_algo_list: list[AutoSearchV2SearchAlgorithm] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_algo_count = self.search_algo_count

        search_algo_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.search_algo_list, Unset):
            search_algo_list = []
            for search_algo_list_item_data in self.search_algo_list:
                search_algo_list_item = search_algo_list_item_data.to_dict()
                search_algo_list.append(search_algo_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_algo_count is not UNSET:
            field_dict["search_algo_count"] = search_algo_count
        if search_algo_list is not UNSET:
            field_dict["search_algo_list"] = search_algo_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.auto_search_v2_search_algorithm import AutoSearchV2SearchAlgorithm  # noqa: PLC0415

        d = dict(src_dict)
        search_algo_count = d.pop("search_algo_count", UNSET)

        _search_algo_list = d.pop("search_algo_list", UNSET)
        search_algo_list: list[AutoSearchV2SearchAlgorithm] | Unset = UNSET
        if _search_algo_list is not UNSET and _search_algo_list is not None:
            search_algo_list = []
            for search_algo_list_item_data in _search_algo_list:
                search_algo_list_item = AutoSearchV2SearchAlgorithm.from_dict(search_algo_list_item_data)

                search_algo_list.append(search_algo_list_item)

        auto_search_v2_search_algorithms_response = cls(
            search_algo_count,
            search_algo_list,
        )

        auto_search_v2_search_algorithms_response.additional_properties = d
        return auto_search_v2_search_algorithms_response

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
