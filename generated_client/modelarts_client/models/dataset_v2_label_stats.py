from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_label_stats_type import DatasetV2LabelStatsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_label_attribute import DatasetV2LabelAttribute
    from ..models.dataset_v2_label_property import DatasetV2LabelProperty


T = TypeVar("T", bound="DatasetV2LabelStats")


@_attrs_define
class DatasetV2LabelStats:
    """A label with its counts.

    Attributes:
        name (str | Unset): Label name.
        type_ (DatasetV2LabelStatsType | Unset): Label type. 0: image classification, 1: object detection, 3: image
            segmentation, 100: text classification, 101: named entity recognition, 102: text triplet relationship, 103: text
            triplet entity, 200: sound classification, 201: speech content, 202: speech paragraph labeling, 600: video
            labeling.
        property_ (DatasetV2LabelProperty | Unset): Display properties of a label, as key-value pairs. The keys starting
            with `@modelarts:` listed here are built in; other keys are kept as given.
        attributes (list[DatasetV2LabelAttribute] | Unset): Further dimensions of the label.
        count (int | Unset): Number of times the label is used.
        sample_count (int | Unset): Number of samples carrying the label.
    """

    name: str | Unset = UNSET
    type_: DatasetV2LabelStatsType | Unset = UNSET
    property_: DatasetV2LabelProperty | Unset = UNSET
    attributes: list[DatasetV2LabelAttribute] | Unset = UNSET
    count: int | Unset = UNSET
    sample_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        property_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.property_, Unset):
            property_ = self.property_.to_dict()

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        count = self.count

        sample_count = self.sample_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if property_ is not UNSET:
            field_dict["property"] = property_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if count is not UNSET:
            field_dict["count"] = count
        if sample_count is not UNSET:
            field_dict["sample_count"] = sample_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_label_attribute import DatasetV2LabelAttribute  # noqa: PLC0415
        from ..models.dataset_v2_label_property import DatasetV2LabelProperty  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DatasetV2LabelStatsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DatasetV2LabelStatsType.from_json(_type_)

        _property_ = d.pop("property", UNSET)
        property_: DatasetV2LabelProperty | Unset
        if isinstance(_property_, Unset) or _property_ is None:
            property_ = UNSET
        else:
            property_ = DatasetV2LabelProperty.from_dict(_property_)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[DatasetV2LabelAttribute] | Unset = UNSET
        if _attributes is not UNSET and _attributes is not None:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = DatasetV2LabelAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        count = d.pop("count", UNSET)

        sample_count = d.pop("sample_count", UNSET)

        dataset_v2_label_stats = cls(
            name,
            type_,
            property_,
            attributes,
            count,
            sample_count,
        )

        dataset_v2_label_stats.additional_properties = d
        return dataset_v2_label_stats

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
