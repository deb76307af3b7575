from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_nfs import TrainingJobV2Nfs
    from ..models.training_job_v2_obs_volume import TrainingJobV2ObsVolume
    from ..models.training_job_v2_pfs_volume import TrainingJobV2PfsVolume


T = TypeVar("T", bound="TrainingJobV2VolumeRequest")


@_attrs_define
class TrainingJobV2VolumeRequest:
    """A volume to mount: give one of `nfs`, `pfs`, `obs`.

    Attributes:
        nfs (TrainingJobV2Nfs | Unset): An NFS volume.
        pfs (TrainingJobV2PfsVolume | Unset): An OBS parallel file system (obsfs) volume.
        obs (TrainingJobV2ObsVolume | Unset): An OBS volume.
    """

    nfs: TrainingJobV2Nfs | Unset = UNSET
    pfs: TrainingJobV2PfsVolume | Unset = UNSET
    obs: TrainingJobV2ObsVolume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfs, Unset):
            nfs = self.nfs.to_dict()

        pfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pfs, Unset):
            pfs = self.pfs.to_dict()

        obs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obs, Unset):
            obs = self.obs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nfs is not UNSET:
            field_dict["nfs"] = nfs
        if pfs is not UNSET:
            field_dict["pfs"] = pfs
        if obs is not UNSET:
            field_dict["obs"] = obs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_nfs import TrainingJobV2Nfs  # noqa: PLC0415
        from ..models.training_job_v2_obs_volume import TrainingJobV2ObsVolume  # noqa: PLC0415
        from ..models.training_job_v2_pfs_volume import TrainingJobV2PfsVolume  # noqa: PLC0415

        d = dict(src_dict)
        _nfs = d.pop("nfs", UNSET)
        nfs: TrainingJobV2Nfs | Unset
        if isinstance(_nfs, Unset) or _nfs is None:
            nfs = UNSET
        else:
            nfs = TrainingJobV2Nfs.from_dict(_nfs)

        _pfs = d.pop("pfs", UNSET)
        pfs: TrainingJobV2PfsVolume | Unset
        if isinstance(_pfs, Unset) or _pfs is None:
            pfs = UNSET
        else:
            pfs = TrainingJobV2PfsVolume.from_dict(_pfs)

        _obs = d.pop("obs", UNSET)
        obs: TrainingJobV2ObsVolume | Unset
        if isinstance(_obs, Unset) or _obs is None:
            obs = UNSET
        else:
            obs = TrainingJobV2ObsVolume.from_dict(_obs)

        training_job_v2_volume_request = cls(
            nfs,
            pfs,
            obs,
        )

        training_job_v2_volume_request.additional_properties = d
        return training_job_v2_volume_request

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
