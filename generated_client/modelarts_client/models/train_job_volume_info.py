from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_job_host_path_volume_info import TrainJobHostPathVolumeInfo
    from ..models.train_job_nfs_volume_info import TrainJobNfsVolumeInfo


T = TypeVar("T", bound="TrainJobVolumeInfo")


@_attrs_define
class TrainJobVolumeInfo:
    """A storage volume of a job version (one of `nfs` or `host_path`).

    Attributes:
        nfs (TrainJobNfsVolumeInfo | Unset): SFS Turbo (NFS) volume of a job version.
        host_path (TrainJobHostPathVolumeInfo | Unset): Host directory volume of a job version.
    """

    nfs: TrainJobNfsVolumeInfo | Unset = UNSET
    host_path: TrainJobHostPathVolumeInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfs, Unset):
            nfs = self.nfs.to_dict()

        host_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.host_path, Unset):
            host_path = self.host_path.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nfs is not UNSET:
            field_dict["nfs"] = nfs
        if host_path is not UNSET:
            field_dict["host_path"] = host_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_job_host_path_volume_info import TrainJobHostPathVolumeInfo  # noqa: PLC0415
        from ..models.train_job_nfs_volume_info import TrainJobNfsVolumeInfo  # noqa: PLC0415

        d = dict(src_dict)
        _nfs = d.pop("nfs", UNSET)
        nfs: TrainJobNfsVolumeInfo | Unset
        if isinstance(_nfs, Unset) or _nfs is None:
            nfs = UNSET
        else:
            nfs = TrainJobNfsVolumeInfo.from_dict(_nfs)

        _host_path = d.pop("host_path", UNSET)
        host_path: TrainJobHostPathVolumeInfo | Unset
        if isinstance(_host_path, Unset) or _host_path is None:
            host_path = UNSET
        else:
            host_path = TrainJobHostPathVolumeInfo.from_dict(_host_path)

        train_job_volume_info = cls(
            nfs,
            host_path,
        )

        train_job_volume_info.additional_properties = d
        return train_job_volume_info

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
