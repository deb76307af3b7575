from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_label_property_modelartsdefault_shape import DatasetV2LabelPropertyModelartsdefaultShape
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetV2LabelProperty")


@_attrs_define
class DatasetV2LabelProperty:
    """Display properties of a label, as key-value pairs. The keys starting with `@modelarts:` listed here are built in;
    other keys are kept as given.

        Attributes:
            modelartscolor (str | Unset): Label color as a hexadecimal code, e.g. #FFFFF0; empty by default.
            modelartsdefault_shape (DatasetV2LabelPropertyModelartsdefaultShape | Unset): Object detection labels only:
                default shape; empty by default. bndbox: rectangle, polygon, circle, line: straight line, dashed: dashed line,
                point, polyline.
            modelartsfrom_type (str | Unset): Text triplet datasets only; type of the head entity of a relationship label
                (needed when such a label is created).
            modelartsto_type (str | Unset): Text triplet datasets only; type of the tail entity of a relationship label
                (needed when such a label is created).
            modelartsrename_to (str | Unset): New name of the label, when renaming it.
            modelartsshortcut (str | Unset): Keyboard shortcut of the label, e.g. D; empty by default.
    """

    modelartscolor: str | Unset = UNSET
    modelartsdefault_shape: DatasetV2LabelPropertyModelartsdefaultShape | Unset = UNSET
    modelartsfrom_type: str | Unset = UNSET
    modelartsto_type: str | Unset = UNSET
    modelartsrename_to: str | Unset = UNSET
    modelartsshortcut: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modelartscolor = self.modelartscolor

        modelartsdefault_shape: str | Unset = UNSET
        if not isinstance(self.modelartsdefault_shape, Unset):
            modelartsdefault_shape = self.modelartsdefault_shape.value

        modelartsfrom_type = self.modelartsfrom_type

        modelartsto_type = self.modelartsto_type

        modelartsrename_to = self.modelartsrename_to

        modelartsshortcut = self.modelartsshortcut

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modelartscolor is not UNSET:
            field_dict["@modelarts:color"] = modelartscolor
        if modelartsdefault_shape is not UNSET:
            field_dict["@modelarts:default_shape"] = modelartsdefault_shape
        if modelartsfrom_type is not UNSET:
            field_dict["@modelarts:from_type"] = modelartsfrom_type
        if modelartsto_type is not UNSET:
            field_dict["@modelarts:to_type"] = modelartsto_type
        if modelartsrename_to is not UNSET:
            field_dict["@modelarts:rename_to"] = modelartsrename_to
        if modelartsshortcut is not UNSET:
            field_dict["@modelarts:shortcut"] = modelartsshortcut

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        modelartscolor = d.pop("@modelarts:color", UNSET)

        _modelartsdefault_shape = d.pop("@modelarts:default_shape", UNSET)
        modelartsdefault_shape: DatasetV2LabelPropertyModelartsdefaultShape | Unset
        if isinstance(_modelartsdefault_shape, Unset):
            modelartsdefault_shape = UNSET
        else:
            modelartsdefault_shape = DatasetV2LabelPropertyModelartsdefaultShape.from_json(_modelartsdefault_shape)

        modelartsfrom_type = d.pop("@modelarts:from_type", UNSET)

        modelartsto_type = d.pop("@modelarts:to_type", UNSET)

        modelartsrename_to = d.pop("@modelarts:rename_to", UNSET)

        modelartsshortcut = d.pop("@modelarts:shortcut", UNSET)

        dataset_v2_label_property = cls(
            modelartscolor,
            modelartsdefault_shape,
            modelartsfrom_type,
            modelartsto_type,
            modelartsrename_to,
            modelartsshortcut,
        )

        dataset_v2_label_property.additional_properties = d
        return dataset_v2_label_property

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
