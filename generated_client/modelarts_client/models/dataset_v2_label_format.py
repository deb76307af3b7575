from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_label_format_label_type import DatasetV2LabelFormatLabelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetV2LabelFormat")


@_attrs_define
class DatasetV2LabelFormat:
    """Text datasets only; how labels are stored next to the texts in the input files.

    Attributes:
        label_type (DatasetV2LabelFormatLabelType | Unset): Text classification label layout. "0": labels in a separate
            file with the suffix _result (abc.txt and abc_result.txt), "1" (the default): text and labels in the same file,
            separated by `text_sample_separator`, labels separated by `text_label_separator`. Default:
            DatasetV2LabelFormatLabelType.VALUE_1.
        text_sample_separator (str | Unset): Separator between the text and its labels, one character: a letter, a digit
            or one of !@#$%^&*_=|?/':.;, (escaped where JSON needs it); a tab by default. Default: '\\t'.
        text_label_separator (str | Unset): Separator between labels, one character: a letter, a digit or one of
            !@#$%^&*_=|?/':.;, (escaped where JSON needs it); a comma by default. Default: ','.
    """

    label_type: DatasetV2LabelFormatLabelType | Unset = DatasetV2LabelFormatLabelType.VALUE_1
    text_sample_separator: str | Unset = "\t"
    text_label_separator: str | Unset = ","
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_type: str | Unset = UNSET
        if not isinstance(self.label_type, Unset):
            label_type = self.label_type.value

        text_sample_separator = self.text_sample_separator

        text_label_separator = self.text_label_separator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label_type is not UNSET:
            field_dict["label_type"] = label_type
        if text_sample_separator is not UNSET:
            field_dict["text_sample_separator"] = text_sample_separator
        if text_label_separator is not UNSET:
            field_dict["text_label_separator"] = text_label_separator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _label_type = d.pop("label_type", UNSET)
        label_type: DatasetV2LabelFormatLabelType | Unset
        if isinstance(_label_type, Unset):
            label_type = UNSET
        else:
            label_type = DatasetV2LabelFormatLabelType.from_json(_label_type)

        text_sample_separator = d.pop("text_sample_separator", UNSET)

        text_label_separator = d.pop("text_label_separator", UNSET)

        dataset_v2_label_format = cls(
            label_type,
            text_sample_separator,
            text_label_separator,
        )

        dataset_v2_label_format.additional_properties = d
        return dataset_v2_label_format

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
