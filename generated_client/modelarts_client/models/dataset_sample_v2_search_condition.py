from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_sample_v2_search_condition_metadata import DatasetSampleV2SearchConditionMetadata
    from ..models.dataset_v2_label import DatasetV2Label


T = TypeVar("T", bound="DatasetSampleV2SearchCondition")


@_attrs_define
class DatasetSampleV2SearchCondition:
    """What the samples of a dataset can be searched by.

    Attributes:
        labelers (list[str] | Unset): Labelers (people or processes) that labeled samples.
        labels (list[DatasetV2Label] | Unset): Labels of the dataset.
        metadata (DatasetSampleV2SearchConditionMetadata | Unset): Metadata keys of the samples, each with the values it
            takes.
    """

    labelers: list[str] | Unset = UNSET
    labels: list[DatasetV2Label] | Unset = UNSET
    metadata: DatasetSampleV2SearchConditionMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labelers: list[str] | Unset = UNSET
        if not isinstance(self.labelers, Unset):
            labelers = self.labelers

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if labelers is not UNSET:
            field_dict["labelers"] = labelers
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_sample_v2_search_condition_metadata import DatasetSampleV2SearchConditionMetadata  # noqa: PLC0415
        from ..models.dataset_v2_label import DatasetV2Label  # noqa: PLC0415

        d = dict(src_dict)
        labelers = cast(list[str], d.pop("labelers", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: list[DatasetV2Label] | Unset = UNSET
        if _labels is not UNSET and _labels is not None:
            labels = []
            for labels_item_data in _labels:
                labels_item = DatasetV2Label.from_dict(labels_item_data)

                labels.append(labels_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: DatasetSampleV2SearchConditionMetadata | Unset
        if isinstance(_metadata, Unset) or _metadata is None:
            metadata = UNSET
        else:
            metadata = DatasetSampleV2SearchConditionMetadata.from_dict(_metadata)

        dataset_sample_v2_search_condition = cls(
            labelers,
            labels,
            metadata,
        )

        dataset_sample_v2_search_condition.additional_properties = d
        return dataset_sample_v2_search_condition

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
