from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSampleV2DeleteRequest")


@_attrs_define
class DatasetSampleV2DeleteRequest:
    """Samples to delete.

    Attributes:
        samples (list[str] | Unset): IDs of the samples to delete.
        delete_source (bool | Unset): Whether to delete the samples' source files too (not for text datasets, whose
            samples are lines of one file); false by default. Deleted files also disappear from dataset versions and other
            datasets that use them. Default: False.
    """

    samples: list[str] | Unset = UNSET
    delete_source: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        samples: list[str] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = self.samples

        delete_source = self.delete_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if samples is not UNSET:
            field_dict["samples"] = samples
        if delete_source is not UNSET:
            field_dict["delete_source"] = delete_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        samples = cast(list[str], d.pop("samples", UNSET))

        delete_source = d.pop("delete_source", UNSET)

        dataset_sample_v2_delete_request = cls(
            samples,
            delete_source,
        )

        dataset_sample_v2_delete_request.additional_properties = d
        return dataset_sample_v2_delete_request

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
