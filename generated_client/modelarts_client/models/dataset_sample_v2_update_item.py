from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_sample_v2_update_item_sample_type import DatasetSampleV2UpdateItemSampleType
from ..models.dataset_sample_v2_update_item_sample_usage import DatasetSampleV2UpdateItemSampleUsage
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_sample_v2_label import DatasetSampleV2Label
    from ..models.dataset_sample_v2_metadata import DatasetSampleV2Metadata


T = TypeVar("T", bound="DatasetSampleV2UpdateItem")


@_attrs_define
class DatasetSampleV2UpdateItem:
    """A sample with the labels it is to carry.

    Attributes:
        sample_id (str | Unset): ID of the sample.
        labels (list[DatasetSampleV2Label] | Unset): All labels of the sample after the update; none removes them all.
        metadata (DatasetSampleV2Metadata | Unset): Metadata of a sample, as key-value pairs; besides the built-in
            `@modelarts:` keys below it may hold other keys.
        sample_type (DatasetSampleV2UpdateItemSampleType | Unset): File type of the sample: 0 image, 1 text, 2 audio
            (speech), 4 table, 6 video, 9 free (custom) format.
        sample_usage (DatasetSampleV2UpdateItemSampleUsage | Unset): What the sample is used for: `TRAIN` training,
            `EVAL` evaluation, `TEST` test, `INFERENCE` inference.
        source (str | Unset): URL of the sample data, as `list_dataset_samples_v2` answers it.
        worker_id (str | Unset): ID of the labeling team member.
    """

    sample_id: str | Unset = UNSET
    labels: list[DatasetSampleV2Label] | Unset = UNSET
    metadata: DatasetSampleV2Metadata | Unset = UNSET
    sample_type: DatasetSampleV2UpdateItemSampleType | Unset = UNSET
    sample_usage: DatasetSampleV2UpdateItemSampleUsage | Unset = UNSET
    source: str | Unset = UNSET
    worker_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sample_id = self.sample_id

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        sample_type: int | Unset = UNSET
        if not isinstance(self.sample_type, Unset):
            sample_type = self.sample_type.value

        sample_usage: str | Unset = UNSET
        if not isinstance(self.sample_usage, Unset):
            sample_usage = self.sample_usage.value

        source = self.source

        worker_id = self.worker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sample_id is not UNSET:
            field_dict["sample_id"] = sample_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sample_type is not UNSET:
            field_dict["sample_type"] = sample_type
        if sample_usage is not UNSET:
            field_dict["sample_usage"] = sample_usage
        if source is not UNSET:
            field_dict["source"] = source
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_sample_v2_label import DatasetSampleV2Label  # noqa: PLC0415
        from ..models.dataset_sample_v2_metadata import DatasetSampleV2Metadata  # noqa: PLC0415

        d = dict(src_dict)
        sample_id = d.pop("sample_id", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[DatasetSampleV2Label] | Unset = UNSET
        if _labels is not UNSET and _labels is not None:
            labels = []
            for labels_item_data in _labels:
                labels_item = DatasetSampleV2Label.from_dict(labels_item_data)

                labels.append(labels_item)

        _metadata = d.pop("metadata", UNSET)
        metadata: DatasetSampleV2Metadata | Unset
        if isinstance(_metadata, Unset) or _metadata is None:
            metadata = UNSET
        else:
            metadata = DatasetSampleV2Metadata.from_dict(_metadata)

        _sample_type = d.pop("sample_type", UNSET)
        sample_type: DatasetSampleV2UpdateItemSampleType | Unset
        if isinstance(_sample_type, Unset):
            sample_type = UNSET
        else:
            sample_type = DatasetSampleV2UpdateItemSampleType.from_json(_sample_type)

        _sample_usage = d.pop("sample_usage", UNSET)
        sample_usage: DatasetSampleV2UpdateItemSampleUsage | Unset
        if isinstance(_sample_usage, Unset):
            sample_usage = UNSET
        else:
            sample_usage = DatasetSampleV2UpdateItemSampleUsage.from_json(_sample_usage)

        source = d.pop("source", UNSET)

        worker_id = d.pop("worker_id", UNSET)

        dataset_sample_v2_update_item = cls(
            sample_id,
            labels,
            metadata,
            sample_type,
            sample_usage,
            source,
            worker_id,
        )

        dataset_sample_v2_update_item.additional_properties = d
        return dataset_sample_v2_update_item

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
