from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_hard_detail import DatasetV2HardDetail


T = TypeVar("T", bound="DatasetV2HardDetailPair")


@_attrs_define
class DatasetV2HardDetailPair:
    """How often one hard example reason occurs, and the reason.

    Attributes:
        key (int | Unset): Number of occurrences of the reason.
        value (DatasetV2HardDetail | Unset): A hard example reason.
    """

    key: int | Unset = UNSET
    value: DatasetV2HardDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_hard_detail import DatasetV2HardDetail  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        _value = d.pop("value", UNSET)
        value: DatasetV2HardDetail | Unset
        if isinstance(_value, Unset) or _value is None:
            value = UNSET
        else:
            value = DatasetV2HardDetail.from_dict(_value)

        dataset_v2_hard_detail_pair = cls(
            key,
            value,
        )

        dataset_v2_hard_detail_pair.additional_properties = d
        return dataset_v2_hard_detail_pair

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
