from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSampleV2HardDetail")


@_attrs_define
class DatasetSampleV2HardDetail:
    """Details of one hard example reason of a sample.

    Attributes:
        alo_name (str | Unset): Alias.
        id (int | Unset): Reason ID.
        reason (str | Unset): What the reason means.
        suggestion (str | Unset): What to do about it.
    """

    alo_name: str | Unset = UNSET
    id: int | Unset = UNSET
    reason: str | Unset = UNSET
    suggestion: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alo_name = self.alo_name

        id = self.id

        reason = self.reason

        suggestion = self.suggestion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alo_name is not UNSET:
            field_dict["alo_name"] = alo_name
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if suggestion is not UNSET:
            field_dict["suggestion"] = suggestion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        alo_name = d.pop("alo_name", UNSET)

        id = d.pop("id", UNSET)

        reason = d.pop("reason", UNSET)

        suggestion = d.pop("suggestion", UNSET)

        dataset_sample_v2_hard_detail = cls(
            alo_name,
            id,
            reason,
            suggestion,
        )

        dataset_sample_v2_hard_detail.additional_properties = d
        return dataset_sample_v2_hard_detail

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
