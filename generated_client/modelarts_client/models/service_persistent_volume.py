from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServicePersistentVolume")


@_attrs_define
class ServicePersistentVolume:
    """A persistent volume mounted into the containers of a model.

    Attributes:
        mount_path (str): Mount path in the container, for example /tmp; not a system directory such as / or /var/run,
            preferably an empty one (its files are hidden by the mount).
        name (str | Unset): Volume name.
        storage_type (str | Unset): Storage type; the only value named is `sfs_turbo`.
        source_address (str | Unset): Source of the mount; for SFS Turbo, the file system ID.
    """

    mount_path: str
    name: str | Unset = UNSET
    storage_type: str | Unset = UNSET
    source_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mount_path = self.mount_path

        name = self.name

        storage_type = self.storage_type

        source_address = self.source_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mount_path": mount_path,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if storage_type is not UNSET:
            field_dict["storage_type"] = storage_type
        if source_address is not UNSET:
            field_dict["source_address"] = source_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        mount_path = d.pop("mount_path")

        name = d.pop("name", UNSET)

        storage_type = d.pop("storage_type", UNSET)

        source_address = d.pop("source_address", UNSET)

        service_persistent_volume = cls(
            mount_path,
            name,
            storage_type,
            source_address,
        )

        service_persistent_volume.additional_properties = d
        return service_persistent_volume

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
