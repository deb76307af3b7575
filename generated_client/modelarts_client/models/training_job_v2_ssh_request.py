from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2SshRequest")


@_attrs_define
class TrainingJobV2SshRequest:
    """SSH access settings.

    Attributes:
        key_pair_names (list[str] | Unset): Names of ECS key pairs allowed to log in.
    """

    key_pair_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_pair_names: list[str] | Unset = UNSET
        if not isinstance(self.key_pair_names, Unset):
            key_pair_names = self.key_pair_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_pair_names is not UNSET:
            field_dict["key_pair_names"] = key_pair_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        key_pair_names = cast(list[str], d.pop("key_pair_names", UNSET))

        training_job_v2_ssh_request = cls(
            key_pair_names,
        )

        training_job_v2_ssh_request.additional_properties = d
        return training_job_v2_ssh_request

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
