from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.train_config_data_source_type import TrainConfigDataSourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainConfigDataSource")


@_attrs_define
class TrainConfigDataSource:
    """One data source of a training job configuration (request). For `type: obs` give `data_url`;
    for `type: dataset` give `dataset_id` and `dataset_version`.

        Attributes:
            type_ (TrainConfigDataSourceType): `obs` for an OBS path, `dataset` for a managed dataset version.
            dataset_id (str | Unset): Dataset ID; goes with `dataset_version`, excludes `data_url`.
            dataset_version (str | Unset): Dataset version ID; goes with `dataset_id`, excludes `data_url`.
            data_url (str | Unset): OBS bucket path; excludes `dataset_id` and `dataset_version`.
    """

    type_: TrainConfigDataSourceType
    dataset_id: str | Unset = UNSET
    dataset_version: str | Unset = UNSET
    data_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        dataset_id = self.dataset_id

        dataset_version = self.dataset_version

        data_url = self.data_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_version is not UNSET:
            field_dict["dataset_version"] = dataset_version
        if data_url is not UNSET:
            field_dict["data_url"] = data_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        type_ = TrainConfigDataSourceType.from_json(d.pop("type"))

        dataset_id = d.pop("dataset_id", UNSET)

        dataset_version = d.pop("dataset_version", UNSET)

        data_url = d.pop("data_url", UNSET)

        train_config_data_source = cls(
            type_,
            dataset_id,
            dataset_version,
            data_url,
        )

        train_config_data_source.additional_properties = d
        return train_config_data_source

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
