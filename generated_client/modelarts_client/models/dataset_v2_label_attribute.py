from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_label_attribute_type import DatasetV2LabelAttributeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_label_attribute_value import DatasetV2LabelAttributeValue


T = TypeVar("T", bound="DatasetV2LabelAttribute")


@_attrs_define
class DatasetV2LabelAttribute:
    """One attribute (dimension) of a label.

    Attributes:
        id (str | Unset): Attribute ID (see the label list).
        name (str | Unset): Attribute name, up to 64 characters, none of < > = & " '.
        type_ (DatasetV2LabelAttributeType | Unset): How the attribute is entered. text: free text, select: single
            choice from a drop-down list.
        default_value (str | Unset): Default value of the attribute.
        values (list[DatasetV2LabelAttributeValue] | Unset): Values the attribute can take.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: DatasetV2LabelAttributeType | Unset = UNSET
    default_value: str | Unset = UNSET
    values: list[DatasetV2LabelAttributeValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        default_value = self.default_value

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_label_attribute_value import DatasetV2LabelAttributeValue  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DatasetV2LabelAttributeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DatasetV2LabelAttributeType.from_json(_type_)

        default_value = d.pop("default_value", UNSET)

        _values = d.pop("values", UNSET)
        values: list[DatasetV2LabelAttributeValue] | Unset = UNSET
        if _values is not UNSET and _values is not None:
            values = []
            for values_item_data in _values:
                values_item = DatasetV2LabelAttributeValue.from_dict(values_item_data)

                values.append(values_item)

        dataset_v2_label_attribute = cls(
            id,
            name,
            type_,
            default_value,
            values,
        )

        dataset_v2_label_attribute.additional_properties = d
        return dataset_v2_label_attribute

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
