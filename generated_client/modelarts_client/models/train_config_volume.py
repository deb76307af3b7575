from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_config_volume_host_path import TrainConfigVolumeHostPath
    from ..models.train_config_volume_nfs import TrainConfigVolumeNfs


T = TypeVar("T", bound="TrainConfigVolume")


@_attrs_define
class TrainConfigVolume:
    """A storage volume available to the training job; one of `nfs` or `host_path` is set.

    Attributes:
        nfs (TrainConfigVolumeNfs | Unset): A shared file system (SFS Turbo) volume; only for jobs in a pool connected
            to that network.
        host_path (TrainConfigVolumeHostPath | Unset): A host directory volume; only for jobs in a dedicated resource
            pool.
    """

    nfs: TrainConfigVolumeNfs | Unset = UNSET
    host_path: TrainConfigVolumeHostPath | Unset = UNSET
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
        from ..models.train_config_volume_host_path import TrainConfigVolumeHostPath  # noqa: PLC0415
        from ..models.train_config_volume_nfs import TrainConfigVolumeNfs  # noqa: PLC0415

        d = dict(src_dict)
        _nfs = d.pop("nfs", UNSET)
        nfs: TrainConfigVolumeNfs | Unset
        if isinstance(_nfs, Unset) or _nfs is None:
            nfs = UNSET
        else:
            nfs = TrainConfigVolumeNfs.from_dict(_nfs)

        _host_path = d.pop("host_path", UNSET)
        host_path: TrainConfigVolumeHostPath | Unset
        if isinstance(_host_path, Unset) or _host_path is None:
            host_path = UNSET
        else:
            host_path = TrainConfigVolumeHostPath.from_dict(_host_path)

        train_config_volume = cls(
            nfs,
            host_path,
        )

        train_config_volume.additional_properties = d
        return train_config_volume

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
