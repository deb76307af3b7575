from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetV2Schema")


@_attrs_define
class DatasetV2Schema:
    """One column of a table dataset.

    Attributes:
        schema_id (int | Unset): Column ID.
        name (str | Unset): Column name.
        type_ (str | Unset): Value type of the column, e.g. STRING.
        description (str | Unset): Column description.
    """

    schema_id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema_id = self.schema_id

        name = self.name

        type_ = self.type_

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema_id is not UNSET:
            field_dict["schema_id"] = schema_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        schema_id = d.pop("schema_id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        dataset_v2_schema = cls(
            schema_id,
            name,
            type_,
            description,
        )

        dataset_v2_schema.additional_properties = d
        return dataset_v2_schema

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
