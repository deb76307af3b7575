from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2Nfs")


@_attrs_define
class TrainingJobV2Nfs:
    """An NFS volume.

    Attributes:
        nfs_server_path (str | Unset): NFS server path, e.g. 10.10.10.10:/example/path.
        local_path (str | Unset): Mount path in the training container, e.g. /example/path.
        read_only (bool | Unset): Whether the mount is read-only.
    """

    nfs_server_path: str | Unset = UNSET
    local_path: str | Unset = UNSET
    read_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nfs_server_path = self.nfs_server_path

        local_path = self.local_path

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nfs_server_path is not UNSET:
            field_dict["nfs_server_path"] = nfs_server_path
        if local_path is not UNSET:
            field_dict["local_path"] = local_path
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        nfs_server_path = d.pop("nfs_server_path", UNSET)

        local_path = d.pop("local_path", UNSET)

        read_only = d.pop("read_only", UNSET)

        training_job_v2_nfs = cls(
            nfs_server_path,
            local_path,
            read_only,
        )

        training_job_v2_nfs.additional_properties = d
        return training_job_v2_nfs

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
