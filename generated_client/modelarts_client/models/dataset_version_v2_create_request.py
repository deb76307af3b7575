from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_version_v2_create_request_version_format import DatasetVersionV2CreateRequestVersionFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetVersionV2CreateRequest")


@_attrs_define
class DatasetVersionV2CreateRequest:
    """Options of a version release; every field is optional.

    Attributes:
        version_name (str | Unset): Version name, 1 to 32 letters, digits, underscores or hyphens.
        version_format (DatasetVersionV2CreateRequestVersionFormat | Unset): Storage format of the version: Default,
            CarbonData (table datasets only) or CSV.
        description (str | Unset): Version description, 0 to 256 characters, none of `!<>=&"'`; empty when not given.
        train_evaluate_sample_ratio (str | Unset): Share of the samples to put in the training set, as a decimal string;
            the rest goes to the validation set. 1.00 (the default) puts every sample in the training set. Default: '1.00'.
        clear_hard_property (bool | Unset): Whether to clear hard example marks (true by default). Default: True.
        remove_sample_usage (bool | Unset): Whether to clear the samples' existing usage (training/validation)
            information (true by default). Default: True.
        export_images (bool | Unset): Whether to export the images to the version's output directory (false by default).
            Default: False.
        with_column_header (bool | Unset): Whether to write the column names as the first row of the CSV file; table
            datasets only (true by default). Default: True.
    """

    version_name: str | Unset = UNSET
    version_format: DatasetVersionV2CreateRequestVersionFormat | Unset = UNSET
    description: str | Unset = UNSET
    train_evaluate_sample_ratio: str | Unset = "1.00"
    clear_hard_property: bool | Unset = True
    remove_sample_usage: bool | Unset = True
    export_images: bool | Unset = False
    with_column_header: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_name = self.version_name

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        description = self.description

        train_evaluate_sample_ratio = self.train_evaluate_sample_ratio

        clear_hard_property = self.clear_hard_property

        remove_sample_usage = self.remove_sample_usage

        export_images = self.export_images

        with_column_header = self.with_column_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if description is not UNSET:
            field_dict["description"] = description
        if train_evaluate_sample_ratio is not UNSET:
            field_dict["train_evaluate_sample_ratio"] = train_evaluate_sample_ratio
        if clear_hard_property is not UNSET:
            field_dict["clear_hard_property"] = clear_hard_property
        if remove_sample_usage is not UNSET:
            field_dict["remove_sample_usage"] = remove_sample_usage
        if export_images is not UNSET:
            field_dict["export_images"] = export_images
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        version_name = d.pop("version_name", UNSET)

        _version_format = d.pop("version_format", UNSET)
        version_format: DatasetVersionV2CreateRequestVersionFormat | Unset
        if isinstance(_version_format, Unset):
            version_format = UNSET
        else:
            version_format = DatasetVersionV2CreateRequestVersionFormat.from_json(_version_format)

        description = d.pop("description", UNSET)

        train_evaluate_sample_ratio = d.pop("train_evaluate_sample_ratio", UNSET)

        clear_hard_property = d.pop("clear_hard_property", UNSET)

        remove_sample_usage = d.pop("remove_sample_usage", UNSET)

        export_images = d.pop("export_images", UNSET)

        with_column_header = d.pop("with_column_header", UNSET)

        dataset_version_v2_create_request = cls(
            version_name,
            version_format,
            description,
            train_evaluate_sample_ratio,
            clear_hard_property,
            remove_sample_usage,
            export_images,
            with_column_header,
        )

        dataset_version_v2_create_request.additional_properties = d
        return dataset_version_v2_create_request

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
