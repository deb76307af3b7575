from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoSearchV2ParameterAnalysisResponse")


@_attrs_define
class AutoSearchV2ParameterAnalysisResponse:
    """Summary of the hyperparameter sensitivity analysis, as a table.

    Attributes:
        header (list[str] | Unset): Column names (parameter, mean/std of its importance).
        data (list[list[str]] | Unset): Rows, one per hyperparameter, in the column order of `header`.
    """

    header: list[str] | Unset = UNSET
    data: list[list[str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header: list[str] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header

        data: list[list[str]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data

                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if header is not UNSET:
            field_dict["header"] = header
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        header = cast(list[str], d.pop("header", UNSET))

        _data = d.pop("data", UNSET)
        data: list[list[str]] | Unset = UNSET
        if _data is not UNSET and _data is not None:
            data = []
            for data_item_data in _data:
                data_item = cast(list[str], data_item_data)

                data.append(data_item)

        auto_search_v2_parameter_analysis_response = cls(
            header,
            data,
        )

        auto_search_v2_parameter_analysis_response.additional_properties = d
        return auto_search_v2_parameter_analysis_response

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
