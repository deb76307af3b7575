from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2ResourceExtendParams")


@_attrs_define
class PoolV2ResourceExtendParams:
    """Custom node settings of a flavor.

    Attributes:
        docker_base_size (str | Unset): Size of the container image space on a node (0 for unlimited, per the vendor
            SDK).
        post_install (str | Unset): Script run after node installation, Base64-encoded.
        volume_group (str | Unset): Disk group name (vendor SDK, not in the reference tables).
        runtime (str | Unset): Container runtime of the nodes (vendor SDK, not in the reference tables).
    """

    docker_base_size: str | Unset = UNSET
    post_install: str | Unset = UNSET
    volume_group: str | Unset = UNSET
    runtime: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        docker_base_size = self.docker_base_size

        post_install = self.post_install

        volume_group = self.volume_group

        runtime = self.runtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if docker_base_size is not UNSET:
            field_dict["dockerBaseSize"] = docker_base_size
        if post_install is not UNSET:
            field_dict["postInstall"] = post_install
        if volume_group is not UNSET:
            field_dict["volumeGroup"] = volume_group
        if runtime is not UNSET:
            field_dict["runtime"] = runtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        docker_base_size = d.pop("dockerBaseSize", UNSET)

        post_install = d.pop("postInstall", UNSET)

        volume_group = d.pop("volumeGroup", UNSET)

        runtime = d.pop("runtime", UNSET)

        pool_v2_resource_extend_params = cls(
            docker_base_size,
            post_install,
            volume_group,
            runtime,
        )

        pool_v2_resource_extend_params.additional_properties = d
        return pool_v2_resource_extend_params

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
