from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainConfigVolumeNfs")


@_attrs_define
class TrainConfigVolumeNfs:
    """A shared file system (SFS Turbo) volume; only for jobs in a pool connected to that network.

    Attributes:
        id (str | Unset): SFS Turbo file system ID.
        src_path (str | Unset): SFS Turbo file system address.
        dest_path (str | Unset): Mount path inside the training job.
        read_only (bool | Unset): Whether `dest_path` is mounted read-only (default read/write). Default: False.
    """

    id: str | Unset = UNSET
    src_path: str | Unset = UNSET
    dest_path: str | Unset = UNSET
    read_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        src_path = self.src_path

        dest_path = self.dest_path

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if src_path is not UNSET:
            field_dict["src_path"] = src_path
        if dest_path is not UNSET:
            field_dict["dest_path"] = dest_path
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        src_path = d.pop("src_path", UNSET)

        dest_path = d.pop("dest_path", UNSET)

        read_only = d.pop("read_only", UNSET)

        train_config_volume_nfs = cls(
            id,
            src_path,
            dest_path,
            read_only,
        )

        train_config_volume_nfs.additional_properties = d
        return train_config_volume_nfs

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
