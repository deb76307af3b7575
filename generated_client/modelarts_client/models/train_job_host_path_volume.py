from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainJobHostPathVolume")


@_attrs_define
class TrainJobHostPathVolume:
    """Host directory volume; only for dedicated resource pools.

    Attributes:
        src_path (str): Path on the host.
        dest_path (str): Mount path inside the training job.
        read_only (bool | Unset): Mount `dest_path` read-only (true) or read/write (false). Default: False.
    """

    src_path: str
    dest_path: str
    read_only: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src_path = self.src_path

        dest_path = self.dest_path

        read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "src_path": src_path,
                "dest_path": dest_path,
            }
        )
        if read_only is not UNSET:
            field_dict["read_only"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        src_path = d.pop("src_path")

        dest_path = d.pop("dest_path")

        read_only = d.pop("read_only", UNSET)

        train_job_host_path_volume = cls(
            src_path,
            dest_path,
            read_only,
        )

        train_job_host_path_volume.additional_properties = d
        return train_job_host_path_volume

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
