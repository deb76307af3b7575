from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2VolumeExtendParams")


@_attrs_define
class PoolV2VolumeExtendParams:
    """Custom settings of a data disk.

    Attributes:
        volume_group (str | Unset): Disk group: vgpaas (container disk), default (data disk mounted the default way),
            vguser<n> (data disk mounted on a given path, one group per path), vg-everest-localvolume-persistent (persistent
            volume), vg-everest-localvolume-ephemeral (temporary volume).
        billing (str | Unset): Whether the disk is billed; empty if not; set by the service (vendor SDK, not in the
            reference tables).
    """

    volume_group: str | Unset = UNSET
    billing: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_group = self.volume_group

        billing = self.billing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume_group is not UNSET:
            field_dict["volumeGroup"] = volume_group
        if billing is not UNSET:
            field_dict["billing"] = billing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        volume_group = d.pop("volumeGroup", UNSET)

        billing = d.pop("billing", UNSET)

        pool_v2_volume_extend_params = cls(
            volume_group,
            billing,
        )

        pool_v2_volume_extend_params.additional_properties = d
        return pool_v2_volume_extend_params

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
