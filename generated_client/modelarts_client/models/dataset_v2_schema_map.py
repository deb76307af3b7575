from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetV2SchemaMap")


@_attrs_define
class DatasetV2SchemaMap:
    """Maps one source column of table data to a dataset column.

    Attributes:
        src_name (str | Unset): Source column name.
        dest_name (str | Unset): Destination column name.
    """

    src_name: str | Unset = UNSET
    dest_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src_name = self.src_name

        dest_name = self.dest_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if src_name is not UNSET:
            field_dict["src_name"] = src_name
        if dest_name is not UNSET:
            field_dict["dest_name"] = dest_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        src_name = d.pop("src_name", UNSET)

        dest_name = d.pop("dest_name", UNSET)

        dataset_v2_schema_map = cls(
            src_name,
            dest_name,
        )

        dataset_v2_schema_map.additional_properties = d
        return dataset_v2_schema_map

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
