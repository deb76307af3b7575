from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_sample_v2_label_annotated_by import DatasetSampleV2LabelAnnotatedBy
from ..models.dataset_sample_v2_label_type import DatasetSampleV2LabelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_sample_v2_label_property import DatasetSampleV2LabelProperty


T = TypeVar("T", bound="DatasetSampleV2Label")


@_attrs_define
class DatasetSampleV2Label:
    """A label put on a sample, as sent and as answered.

    Attributes:
        annotated_by (DatasetSampleV2LabelAnnotatedBy | Unset): How the label was made (video labeling): `human` by
            hand, `auto` by auto labeling.
        id (str | Unset): Label ID.
        name (str | Unset): Label name.
        property_ (DatasetSampleV2LabelProperty | Unset): Attributes of a sample's label, such as the shape and
            coordinates of a box; besides the built-in `@modelarts:` keys below it may hold the label's own attributes.
        score (float | Unset): Confidence of the label, 0 to 1.
        type_ (DatasetSampleV2LabelType | Unset): Label type: 0 image classification, 1 object detection, 3 image
            segmentation, 100 text classification, 101 named entity recognition, 102 text triplet relation, 103 text triplet
            entity, 200 sound classification, 201 speech content, 202 speech paragraph labeling, 600 video labeling.
    """

    annotated_by: DatasetSampleV2LabelAnnotatedBy | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    property_: DatasetSampleV2LabelProperty | Unset = UNSET
    score: float | Unset = UNSET
    type_: DatasetSampleV2LabelType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotated_by: str | Unset = UNSET
        if not isinstance(self.annotated_by, Unset):
            annotated_by = self.annotated_by.value

        id = self.id

        name = self.name

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        score = self.score

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annotated_by is not UNSET:
            field_dict["annotated_by"] = annotated_by
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if property_ is not UNSET:
            field_dict["property"] = property_
        if score is not UNSET:
            field_dict["score"] = score
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_sample_v2_label_property import DatasetSampleV2LabelProperty  # noqa: PLC0415

        d = dict(src_dict)
        _annotated_by = d.pop("annotated_by", UNSET)
        annotated_by: DatasetSampleV2LabelAnnotatedBy | Unset
        if isinstance(_annotated_by, Unset):
            annotated_by = UNSET
        else:
            annotated_by = DatasetSampleV2LabelAnnotatedBy.from_json(_annotated_by)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _property_ = d.pop("property", UNSET)
        property_: DatasetSampleV2LabelProperty | Unset
        if isinstance(_property_, Unset) or _property_ is None:
            property_ = UNSET
        else:
            property_ = DatasetSampleV2LabelProperty.from_dict(_property_)

        score = d.pop("score", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DatasetSampleV2LabelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DatasetSampleV2LabelType.from_json(_type_)

        dataset_sample_v2_label = cls(
            annotated_by,
            id,
            name,
            property_,
            score,
            type_,
        )

        dataset_sample_v2_label.additional_properties = d
        return dataset_sample_v2_label

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
