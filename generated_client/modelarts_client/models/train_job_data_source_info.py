from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.train_job_data_source_info_type import TrainJobDataSourceInfoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainJobDataSourceInfo")


@_attrs_define
class TrainJobDataSourceInfo:
    """One input dataset of a job version.

    Attributes:
        dataset_id (str | Unset): Dataset ID.
        dataset_version (str | Unset): Dataset version ID.
        type_ (TrainJobDataSourceInfoType | Unset): `obs`: data read from OBS; `dataset`: data from a managed dataset.
        data_url (str | Unset): OBS bucket path.
    """

    dataset_id: str | Unset = UNSET
    dataset_version: str | Unset = UNSET
    type_: TrainJobDataSourceInfoType | Unset = UNSET
    data_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        dataset_version = self.dataset_version

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data_url = self.data_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version is not UNSET:
            field_dict["dataset_version"] = dataset_version
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data_url is not UNSET:
            field_dict["data_url"] = data_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        dataset_id = d.pop("dataset_id", UNSET)

        dataset_version = d.pop("dataset_version", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TrainJobDataSourceInfoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TrainJobDataSourceInfoType.from_json(_type_)

        data_url = d.pop("data_url", UNSET)

        train_job_data_source_info = cls(
            dataset_id,
            dataset_version,
            type_,
            data_url,
        )

        train_job_data_source_info.additional_properties = d
        return train_job_data_source_info

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
