from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2ResourceOs")


@_attrs_define
class PoolV2ResourceOs:
    """Operating system of the nodes of a flavor (vendor SDK, not in the reference tables).

    Attributes:
        name (str | Unset): OS name and version, e.g. EulerOS 2.5; may be omitted with a private image.
        image_id (str | Unset): ID of the OS image.
        image_type (str | Unset): Image type, private for a private image, empty for a preset image.
        auto_match (str | Unset): OS name and version from which the best image is chosen automatically.
    """

    name: str | Unset = UNSET
    image_id: str | Unset = UNSET
    image_type: str | Unset = UNSET
    auto_match: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image_id = self.image_id

        image_type = self.image_type

        auto_match = self.auto_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if image_type is not UNSET:
            field_dict["imageType"] = image_type
        if auto_match is not UNSET:
            field_dict["autoMatch"] = auto_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        image_id = d.pop("imageId", UNSET)

        image_type = d.pop("imageType", UNSET)

        auto_match = d.pop("autoMatch", UNSET)

        pool_v2_resource_os = cls(
            name,
            image_id,
            image_type,
            auto_match,
        )

        pool_v2_resource_os.additional_properties = d
        return pool_v2_resource_os

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
