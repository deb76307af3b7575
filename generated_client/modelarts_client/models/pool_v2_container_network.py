from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_container_network_mode import PoolV2ContainerNetworkMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2ContainerNetwork")


@_attrs_define
class PoolV2ContainerNetwork:
    """Kubernetes container network of the pool.

    Attributes:
        mode (PoolV2ContainerNetworkMode | Unset): Container network model: overlay_l2 (OVS tunnel network), vpc-router
            (IPvlan with custom VPC routes), eni (Cloud Native Network 2.0, VPC ENIs, CCE Turbo).
        cidr (str | Unset): Container CIDR; meaningful only for overlay_l2 and vpc-router.
    """

    mode: PoolV2ContainerNetworkMode | Unset = UNSET
    cidr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        cidr = self.cidr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if cidr is not UNSET:
            field_dict["cidr"] = cidr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: PoolV2ContainerNetworkMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = PoolV2ContainerNetworkMode.from_json(_mode)

        cidr = d.pop("cidr", UNSET)

        pool_v2_container_network = cls(
            mode,
            cidr,
        )

        pool_v2_container_network.additional_properties = d
        return pool_v2_container_network

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
