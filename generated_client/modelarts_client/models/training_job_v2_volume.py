from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_nfs import TrainingJobV2Nfs


T = TypeVar("T", bound="TrainingJobV2Volume")


@_attrs_define
class TrainingJobV2Volume:
    """A mounted volume.

    Attributes:
        nfs (TrainingJobV2Nfs | Unset): An NFS volume.
    """

    nfs: TrainingJobV2Nfs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.nfs, Unset):
            nfs = self.nfs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nfs is not UNSET:
            field_dict["nfs"] = nfs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_nfs import TrainingJobV2Nfs  # noqa: PLC0415

        d = dict(src_dict)
        _nfs = d.pop("nfs", UNSET)
        nfs: TrainingJobV2Nfs | Unset
        if isinstance(_nfs, Unset) or _nfs is None:
            nfs = UNSET
        else:
            nfs = TrainingJobV2Nfs.from_dict(_nfs)

        training_job_v2_volume = cls(
            nfs,
        )

        training_job_v2_volume.additional_properties = d
        return training_job_v2_volume

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
