from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2 import DatasetV2


T = TypeVar("T", bound="DatasetV2List")


@_attrs_define
class DatasetV2List:
    """Answer of `list_datasets_v2`: one page of datasets and the number of matching datasets.

    Attributes:
        total_number (int | Unset): Number of datasets that match the filters (the page says it cannot exceed 100).
        datasets (list[DatasetV2] | Unset): This page's datasets.
    """

    total_number: int | Unset = UNSET
    datasets: list[DatasetV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_number = self.total_number

        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_number is not UNSET:
            field_dict["total_number"] = total_number
        if datasets is not UNSET:
            field_dict["datasets"] = datasets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2 import DatasetV2  # noqa: PLC0415

        d = dict(src_dict)
        total_number = d.pop("total_number", UNSET)

        _datasets = d.pop("datasets", UNSET)
        datasets: list[DatasetV2] | Unset = UNSET
        if _datasets is not UNSET and _datasets is not None:
            datasets = []
            for datasets_item_data in _datasets:
                datasets_item = DatasetV2.from_dict(datasets_item_data)

                datasets.append(datasets_item)

        dataset_v2_list = cls(
            total_number,
            datasets,
        )

        dataset_v2_list.additional_properties = d
        return dataset_v2_list

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
