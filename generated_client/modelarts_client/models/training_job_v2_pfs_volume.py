from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2PfsVolume")


@_attrs_define
class TrainingJobV2PfsVolume:
    """An OBS parallel file system (obsfs) volume.

    Attributes:
        pfs_path (str | Unset): obsfs path, e.g. /test-bucket/path.
        local_path (str | Unset): Mount path in the training container, e.g. /example/path.
    """

    pfs_path: str | Unset = UNSET
    local_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pfs_path = self.pfs_path

        local_path = self.local_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pfs_path is not UNSET:
            field_dict["pfs_path"] = pfs_path
        if local_path is not UNSET:
            field_dict["local_path"] = local_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        pfs_path = d.pop("pfs_path", UNSET)

        local_path = d.pop("local_path", UNSET)

        training_job_v2_pfs_volume = cls(
            pfs_path,
            local_path,
        )

        training_job_v2_pfs_volume.additional_properties = d
        return training_job_v2_pfs_volume

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
