from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2InputDataset")


@_attrs_define
class TrainingJobV2InputDataset:
    """A dataset version used as input.

    Attributes:
        id (str | Unset): Dataset ID.
        version_id (str | Unset): Dataset version ID.
        obs_url (str | Unset): OBS URL of the dataset version, resolved by the service, e.g. /usr/data/.
    """

    id: str | Unset = UNSET
    version_id: str | Unset = UNSET
    obs_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        version_id = self.version_id

        obs_url = self.obs_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if obs_url is not UNSET:
            field_dict["obs_url"] = obs_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        version_id = d.pop("version_id", UNSET)

        obs_url = d.pop("obs_url", UNSET)

        training_job_v2_input_dataset = cls(
            id,
            version_id,
            obs_url,
        )

        training_job_v2_input_dataset.additional_properties = d
        return training_job_v2_input_dataset

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
