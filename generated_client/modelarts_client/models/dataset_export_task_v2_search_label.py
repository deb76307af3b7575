from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_export_task_v2_search_label_op import DatasetExportTaskV2SearchLabelOp
from ..models.dataset_export_task_v2_search_label_type import DatasetExportTaskV2SearchLabelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_export_task_v2_search_label_property import DatasetExportTaskV2SearchLabelProperty


T = TypeVar("T", bound="DatasetExportTaskV2SearchLabel")


@_attrs_define
class DatasetExportTaskV2SearchLabel:
    """One label criterion.

    Attributes:
        name (str | Unset): Label name.
        op (DatasetExportTaskV2SearchLabelOp | Unset): How the attribute criteria in `property` combine: OR or AND.
        property_ (DatasetExportTaskV2SearchLabelProperty | Unset): Label attributes to match, attribute name to the
            list of accepted values; a null list matches any value of that attribute.
        type_ (DatasetExportTaskV2SearchLabelType | Unset): Label type. 0: image classification, 1: object detection, 3:
            image segmentation, 100: text classification, 101: named entity recognition, 102: text triplet relationship,
            103: text triplet entity, 200: sound classification, 201: speech content, 202: speech paragraph labeling, 600:
            video labeling.
    """

    name: str | Unset = UNSET
    op: DatasetExportTaskV2SearchLabelOp | Unset = UNSET
    property_: DatasetExportTaskV2SearchLabelProperty | Unset = UNSET
    type_: DatasetExportTaskV2SearchLabelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        op: str | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if op is not UNSET:
            field_dict["op"] = op
        if property_ is not UNSET:
            field_dict["property"] = property_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_export_task_v2_search_label_property import DatasetExportTaskV2SearchLabelProperty  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _op = d.pop("op", UNSET)
        op: DatasetExportTaskV2SearchLabelOp | Unset
        if isinstance(_op, Unset):
            op = UNSET
        else:
            op = DatasetExportTaskV2SearchLabelOp.from_json(_op)

        _property_ = d.pop("property", UNSET)
        property_: DatasetExportTaskV2SearchLabelProperty | Unset
        if isinstance(_property_, Unset) or _property_ is None:
            property_ = UNSET
        else:
            property_ = DatasetExportTaskV2SearchLabelProperty.from_dict(_property_)

        _type_ = d.pop("type", UNSET)
        type_: DatasetExportTaskV2SearchLabelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DatasetExportTaskV2SearchLabelType.from_json(_type_)

        dataset_export_task_v2_search_label = cls(
            name,
            op,
            property_,
            type_,
        )

        dataset_export_task_v2_search_label.additional_properties = d
        return dataset_export_task_v2_search_label

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
