from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_version import DatasetV2Version


T = TypeVar("T", bound="DatasetVersionV2List")


@_attrs_define
class DatasetVersionV2List:
    """One page of the versions of a dataset.

    Attributes:
        total_number (int | Unset): Number of versions matching the filters, over all pages.
        versions (list[DatasetV2Version] | Unset): The versions on this page.
    """

    total_number: int | Unset = UNSET
    versions: list[DatasetV2Version] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_number = self.total_number

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_number is not UNSET:
            field_dict["total_number"] = total_number
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_version import DatasetV2Version  # noqa: PLC0415

        d = dict(src_dict)
        total_number = d.pop("total_number", UNSET)

        _versions = d.pop("versions", UNSET)
        versions: list[DatasetV2Version] | Unset = UNSET
        if _versions is not UNSET and _versions is not None:
            versions = []
            for versions_item_data in _versions:
                versions_item = DatasetV2Version.from_dict(versions_item_data)

                versions.append(versions_item)

        dataset_version_v2_list = cls(
            total_number,
            versions,
        )

        dataset_version_v2_list.additional_properties = d
        return dataset_version_v2_list

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
