from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_sample_v2_create_item import DatasetSampleV2CreateItem
    from ..models.dataset_v2_label_format import DatasetV2LabelFormat


T = TypeVar("T", bound="DatasetSampleV2CreateRequest")


@_attrs_define
class DatasetSampleV2CreateRequest:
    """Samples to add to a dataset.

    Attributes:
        final_annotation (bool | Unset): Where the labels sent go: true (the default) straight to the labeled samples,
            false to the samples awaiting confirmation (only image classification and object detection datasets). Default:
            True.
        label_format (DatasetV2LabelFormat | Unset): Text datasets only; how labels are stored next to the texts in the
            input files.
        samples (list[DatasetSampleV2CreateItem] | Unset): The samples to add.
    """

    final_annotation: bool | Unset = True
    label_format: DatasetV2LabelFormat | Unset = UNSET
    samples: list[DatasetSampleV2CreateItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        final_annotation = self.final_annotation

        label_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_format, Unset):
            label_format = self.label_format.to_dict()

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if final_annotation is not UNSET:
            field_dict["final_annotation"] = final_annotation
        if label_format is not UNSET:
            field_dict["label_format"] = label_format
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_sample_v2_create_item import DatasetSampleV2CreateItem  # noqa: PLC0415
        from ..models.dataset_v2_label_format import DatasetV2LabelFormat  # noqa: PLC0415

        d = dict(src_dict)
        final_annotation = d.pop("final_annotation", UNSET)

        _label_format = d.pop("label_format", UNSET)
        label_format: DatasetV2LabelFormat | Unset
        if isinstance(_label_format, Unset) or _label_format is None:
            label_format = UNSET
        else:
            label_format = DatasetV2LabelFormat.from_dict(_label_format)

        _samples = d.pop("samples", UNSET)
        samples: list[DatasetSampleV2CreateItem] | Unset = UNSET
        if _samples is not UNSET and _samples is not None:
            samples = []
            for samples_item_data in _samples:
                samples_item = DatasetSampleV2CreateItem.from_dict(samples_item_data)

                samples.append(samples_item)

        dataset_sample_v2_create_request = cls(
            final_annotation,
            label_format,
            samples,
        )

        dataset_sample_v2_create_request.additional_properties = d
        return dataset_sample_v2_create_request

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
