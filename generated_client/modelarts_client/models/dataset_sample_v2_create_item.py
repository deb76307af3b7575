from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_sample_v2_create_item_encoding import DatasetSampleV2CreateItemEncoding
from ..models.dataset_sample_v2_create_item_sample_type import DatasetSampleV2CreateItemSampleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_sample_v2_label import DatasetSampleV2Label
    from ..models.dataset_sample_v2_metadata import DatasetSampleV2Metadata
    from ..models.dataset_v2_data_source import DatasetV2DataSource


T = TypeVar("T", bound="DatasetSampleV2CreateItem")


@_attrs_define
class DatasetSampleV2CreateItem:
    """A sample to add: the file content or a data source, with optional labels and metadata.

    Attributes:
        name (str | Unset): File name of the sample: 0 to 1,024 characters, none of !<>=&"'.
        data (str | Unset): Content of the sample file, Base64-encoded (the service reads it as a byte buffer).
        data_source (DatasetV2DataSource | Unset): One data source of a dataset (an OBS directory, or a table source for
            table datasets), as sent and as answered.
        encoding (DatasetSampleV2CreateItemEncoding | Unset): Character encoding of an uploaded .txt or .csv file.
            Default: DatasetSampleV2CreateItemEncoding.UTF_8.
        labels (list[DatasetSampleV2Label] | Unset): Labels of the sample.
        metadata (DatasetSampleV2Metadata | Unset): Metadata of a sample, as key-value pairs; besides the built-in
            `@modelarts:` keys below it may hold other keys.
        sample_type (DatasetSampleV2CreateItemSampleType | Unset): File type of the sample: 0 image, 1 text, 2 audio
            (speech), 4 table, 6 video, 9 free (custom) format.
    """

    name: str | Unset = UNSET
    data: str | Unset = UNSET
    data_source: DatasetV2DataSource | Unset = UNSET
    encoding: DatasetSampleV2CreateItemEncoding | Unset = DatasetSampleV2CreateItemEncoding.UTF_8
    labels: list[DatasetSampleV2Label] | Unset = UNSET
    metadata: DatasetSampleV2Metadata | Unset = UNSET
    sample_type: DatasetSampleV2CreateItemSampleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data = self.data

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if labels is not UNSET:
            field_dict["labels"] = labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if sample_type is not UNSET:
            field_dict["sample_type"] = sample_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_sample_v2_label import DatasetSampleV2Label  # noqa: PLC0415
        from ..models.dataset_sample_v2_metadata import DatasetSampleV2Metadata  # noqa: PLC0415
        from ..models.dataset_v2_data_source import DatasetV2DataSource  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        data = d.pop("data", UNSET)

        _data_source = d.pop("data_source", UNSET)
        data_source: DatasetV2DataSource | Unset
        if isinstance(_data_source, Unset) or _data_source is None:
            data_source = UNSET
        else:
            data_source = DatasetV2DataSource.from_dict(_data_source)

        _encoding = d.pop("encoding", UNSET)
        encoding: DatasetSampleV2CreateItemEncoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = DatasetSampleV2CreateItemEncoding.from_json(_encoding)

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
        sample_type: DatasetSampleV2CreateItemSampleType | Unset
        if isinstance(_sample_type, Unset):
            sample_type = UNSET
        else:
            sample_type = DatasetSampleV2CreateItemSampleType.from_json(_sample_type)

        dataset_sample_v2_create_item = cls(
            name,
            data,
            data_source,
            encoding,
            labels,
            metadata,
            sample_type,
        )

        dataset_sample_v2_create_item.additional_properties = d
        return dataset_sample_v2_create_item

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
