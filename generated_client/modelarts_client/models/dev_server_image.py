from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_image_arch import DevServerImageArch
from ..models.dev_server_image_server_type import DevServerImageServerType
from ..models.dev_server_image_status import DevServerImageStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerImage")


@_attrs_define
class DevServerImage:
    """An operating system image: one of the Lite Server image catalogue, or the one a server runs.

    Attributes:
        arch (DevServerImageArch | Unset): Architecture of the image, ARM or X86.
        image_id (str | Unset): Image ID (a UUID).
        name (str | Unset): Image name, 1 to 256 characters.
        server_type (DevServerImageServerType | Unset): Kind of server the image is for: BMS (bare metal), ECS (elastic
            cloud server) or HPS (supernode server).
        status (DevServerImageStatus | Unset): Image status, ACTIVE or INACTIVE.
    """

    arch: DevServerImageArch | Unset = UNSET
    image_id: str | Unset = UNSET
    name: str | Unset = UNSET
    server_type: DevServerImageServerType | Unset = UNSET
    status: DevServerImageStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arch: str | Unset = UNSET
        if not isinstance(self.arch, Unset):
            arch = self.arch.value

        image_id = self.image_id

        name = self.name

        server_type: str | Unset = UNSET
        if not isinstance(self.server_type, Unset):
            server_type = self.server_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arch is not UNSET:
            field_dict["arch"] = arch
        if image_id is not UNSET:
            field_dict["image_id"] = image_id
        if name is not UNSET:
            field_dict["name"] = name
        if server_type is not UNSET:
            field_dict["server_type"] = server_type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _arch = d.pop("arch", UNSET)
        arch: DevServerImageArch | Unset
        if isinstance(_arch, Unset):
            arch = UNSET
        else:
            arch = DevServerImageArch.from_json(_arch)

        image_id = d.pop("image_id", UNSET)

        name = d.pop("name", UNSET)

        _server_type = d.pop("server_type", UNSET)
        server_type: DevServerImageServerType | Unset
        if isinstance(_server_type, Unset):
            server_type = UNSET
        else:
            server_type = DevServerImageServerType.from_json(_server_type)

        _status = d.pop("status", UNSET)
        status: DevServerImageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DevServerImageStatus.from_json(_status)

        dev_server_image = cls(
            arch,
            image_id,
            name,
            server_type,
            status,
        )

        dev_server_image.additional_properties = d
        return dev_server_image

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
