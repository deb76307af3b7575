from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetImportTaskV2FileStatistics")


@_attrs_define
class DatasetImportTaskV2FileStatistics:
    """Progress of copying the source files.

    Attributes:
        file_num_total (int | Unset): Number of files to copy.
        file_num_finished (int | Unset): Number of files copied so far.
        file_size_total (int | Unset): Size of the files to copy, in bytes.
        file_size_finished (int | Unset): Size of the files copied so far, in bytes.
    """

    file_num_total: int | Unset = UNSET
    file_num_finished: int | Unset = UNSET
    file_size_total: int | Unset = UNSET
    file_size_finished: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_num_total = self.file_num_total

        file_num_finished = self.file_num_finished

        file_size_total = self.file_size_total

        file_size_finished = self.file_size_finished

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_num_total is not UNSET:
            field_dict["file_num_total"] = file_num_total
        if file_num_finished is not UNSET:
            field_dict["file_num_finished"] = file_num_finished
        if file_size_total is not UNSET:
            field_dict["file_size_total"] = file_size_total
        if file_size_finished is not UNSET:
            field_dict["file_size_finished"] = file_size_finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        file_num_total = d.pop("file_num_total", UNSET)

        file_num_finished = d.pop("file_num_finished", UNSET)

        file_size_total = d.pop("file_size_total", UNSET)

        file_size_finished = d.pop("file_size_finished", UNSET)

        dataset_import_task_v2_file_statistics = cls(
            file_num_total,
            file_num_finished,
            file_size_total,
            file_size_finished,
        )

        dataset_import_task_v2_file_statistics.additional_properties = d
        return dataset_import_task_v2_file_statistics

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
