from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_pfs_summary import TrainingJobV2PfsSummary


T = TypeVar("T", bound="TrainingJobV2LogDir")


@_attrs_define
class TrainingJobV2LogDir:
    """Where visualization logs are written.

    Attributes:
        pfs (TrainingJobV2PfsSummary | Unset): An OBS parallel file system location.
    """

    pfs: TrainingJobV2PfsSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pfs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pfs, Unset):
            pfs = self.pfs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pfs is not UNSET:
            field_dict["pfs"] = pfs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_pfs_summary import TrainingJobV2PfsSummary  # noqa: PLC0415

        d = dict(src_dict)
        _pfs = d.pop("pfs", UNSET)
        pfs: TrainingJobV2PfsSummary | Unset
        if isinstance(_pfs, Unset) or _pfs is None:
            pfs = UNSET
        else:
            pfs = TrainingJobV2PfsSummary.from_dict(_pfs)

        training_job_v2_log_dir = cls(
            pfs,
        )

        training_job_v2_log_dir.additional_properties = d
        return training_job_v2_log_dir

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
