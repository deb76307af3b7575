from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_label_stats import DatasetV2LabelStats
    from ..models.dataset_v2_stats_grouped_label_stats import DatasetV2StatsGroupedLabelStats
    from ..models.dataset_v2_stats_hard_detail_stats import DatasetV2StatsHardDetailStats
    from ..models.dataset_v2_stats_key_sample_stats import DatasetV2StatsKeySampleStats
    from ..models.dataset_v2_stats_metadata_stats import DatasetV2StatsMetadataStats
    from ..models.dataset_v2_stats_sample_stats import DatasetV2StatsSampleStats


T = TypeVar("T", bound="DatasetV2Stats")


@_attrs_define
class DatasetV2Stats:
    """Answer of `get_dataset_stats_v2`: labeling statistics of a dataset.

    Attributes:
        label_stats (list[DatasetV2LabelStats] | Unset): Each label with its counts.
        grouped_label_stats (DatasetV2StatsGroupedLabelStats | Unset): Label statistics grouped by labeling type.
        sample_stats (DatasetV2StatsSampleStats | Unset): Number of samples per state (e.g. total, all, un_annotation,
            manual_annotation, auto_annotation, deleted, lefted).
        key_sample_stats (DatasetV2StatsKeySampleStats | Unset): Hard example counts (total, key_sample,
            non_key_sample).
        hard_detail_stats (DatasetV2StatsHardDetailStats | Unset): Hard example reasons, keyed by reason ID; each entry
            pairs the number of occurrences with the reason.
        metadata_stats (DatasetV2StatsMetadataStats | Unset): Statistics of the sample metadata (free-form JSON).
        data_spliting_enable (bool | Unset): Whether the labeling statistics allow splitting the dataset into training
            and validation sets (the field name is spelled so).
        data_path (str | Unset): Where the dataset's data is stored.
    """

    label_stats: list[DatasetV2LabelStats] | Unset = UNSET
    grouped_label_stats: DatasetV2StatsGroupedLabelStats | Unset = UNSET
    sample_stats: DatasetV2StatsSampleStats | Unset = UNSET
    key_sample_stats: DatasetV2StatsKeySampleStats | Unset = UNSET
    hard_detail_stats: DatasetV2StatsHardDetailStats | Unset = UNSET
    metadata_stats: DatasetV2StatsMetadataStats | Unset = UNSET
    data_spliting_enable: bool | Unset = UNSET
    data_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_stats, Unset):
            label_stats = []
            for label_stats_item_data in self.label_stats:
                label_stats_item = label_stats_item_data.to_dict()
                label_stats.append(label_stats_item)

        grouped_label_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grouped_label_stats, Unset):
            grouped_label_stats = self.grouped_label_stats.to_dict()

        sample_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample_stats, Unset):
            sample_stats = self.sample_stats.to_dict()

        key_sample_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key_sample_stats, Unset):
            key_sample_stats = self.key_sample_stats.to_dict()

        hard_detail_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hard_detail_stats, Unset):
            hard_detail_stats = self.hard_detail_stats.to_dict()

        metadata_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata_stats, Unset):
            metadata_stats = self.metadata_stats.to_dict()

        data_spliting_enable = self.data_spliting_enable

        data_path = self.data_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label_stats is not UNSET:
            field_dict["label_stats"] = label_stats
        if grouped_label_stats is not UNSET:
            field_dict["grouped_label_stats"] = grouped_label_stats
        if sample_stats is not UNSET:
            field_dict["sample_stats"] = sample_stats
        if key_sample_stats is not UNSET:
            field_dict["key_sample_stats"] = key_sample_stats
        if hard_detail_stats is not UNSET:
            field_dict["hard_detail_stats"] = hard_detail_stats
        if metadata_stats is not UNSET:
            field_dict["metadata_stats"] = metadata_stats
        if data_spliting_enable is not UNSET:
            field_dict["data_spliting_enable"] = data_spliting_enable
        if data_path is not UNSET:
            field_dict["data_path"] = data_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_label_stats import DatasetV2LabelStats  # noqa: PLC0415
        from ..models.dataset_v2_stats_grouped_label_stats import DatasetV2StatsGroupedLabelStats  # noqa: PLC0415
        from ..models.dataset_v2_stats_hard_detail_stats import DatasetV2StatsHardDetailStats  # noqa: PLC0415
        from ..models.dataset_v2_stats_key_sample_stats import DatasetV2StatsKeySampleStats  # noqa: PLC0415
        from ..models.dataset_v2_stats_metadata_stats import DatasetV2StatsMetadataStats  # noqa: PLC0415
        from ..models.dataset_v2_stats_sample_stats import DatasetV2StatsSampleStats  # noqa: PLC0415

        d = dict(src_dict)
        _label_stats = d.pop("label_stats", UNSET)
        label_stats: list[DatasetV2LabelStats] | Unset = UNSET
        if _label_stats is not UNSET and _label_stats is not None:
            label_stats = []
            for label_stats_item_data in _label_stats:
                label_stats_item = DatasetV2LabelStats.from_dict(label_stats_item_data)

                label_stats.append(label_stats_item)

        _grouped_label_stats = d.pop("grouped_label_stats", UNSET)
        grouped_label_stats: DatasetV2StatsGroupedLabelStats | Unset
        if isinstance(_grouped_label_stats, Unset) or _grouped_label_stats is None:
            grouped_label_stats = UNSET
        else:
            grouped_label_stats = DatasetV2StatsGroupedLabelStats.from_dict(_grouped_label_stats)

        _sample_stats = d.pop("sample_stats", UNSET)
        sample_stats: DatasetV2StatsSampleStats | Unset
        if isinstance(_sample_stats, Unset) or _sample_stats is None:
            sample_stats = UNSET
        else:
            sample_stats = DatasetV2StatsSampleStats.from_dict(_sample_stats)

        _key_sample_stats = d.pop("key_sample_stats", UNSET)
        key_sample_stats: DatasetV2StatsKeySampleStats | Unset
        if isinstance(_key_sample_stats, Unset) or _key_sample_stats is None:
            key_sample_stats = UNSET
        else:
            key_sample_stats = DatasetV2StatsKeySampleStats.from_dict(_key_sample_stats)

        _hard_detail_stats = d.pop("hard_detail_stats", UNSET)
        hard_detail_stats: DatasetV2StatsHardDetailStats | Unset
        if isinstance(_hard_detail_stats, Unset) or _hard_detail_stats is None:
            hard_detail_stats = UNSET
        else:
            hard_detail_stats = DatasetV2StatsHardDetailStats.from_dict(_hard_detail_stats)

        _metadata_stats = d.pop("metadata_stats", UNSET)
        metadata_stats: DatasetV2StatsMetadataStats | Unset
        if isinstance(_metadata_stats, Unset) or _metadata_stats is None:
            metadata_stats = UNSET
        else:
            metadata_stats = DatasetV2StatsMetadataStats.from_dict(_metadata_stats)

        data_spliting_enable = d.pop("data_spliting_enable", UNSET)

        data_path = d.pop("data_path", UNSET)

        dataset_v2_stats = cls(
            label_stats,
            grouped_label_stats,
            sample_stats,
            key_sample_stats,
            hard_detail_stats,
            metadata_stats,
            data_spliting_enable,
            data_path,
        )

        dataset_v2_stats.additional_properties = d
        return dataset_v2_stats

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
