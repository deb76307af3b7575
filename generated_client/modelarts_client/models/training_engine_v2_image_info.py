from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingEngineV2ImageInfo")


@_attrs_define
class TrainingEngineV2ImageInfo:
    """Images of an engine.

    Attributes:
        cpu_image_url (str | Unset): Image used with CPU flavors.
        gpu_image_url (str | Unset): Image used with GPU flavors; may be empty.
        image_version (str | Unset): Image version.
    """

    cpu_image_url: str | Unset = UNSET
    gpu_image_url: str | Unset = UNSET
    image_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_image_url = self.cpu_image_url

        gpu_image_url = self.gpu_image_url

        image_version = self.image_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_image_url is not UNSET:
            field_dict["cpu_image_url"] = cpu_image_url
        if gpu_image_url is not UNSET:
            field_dict["gpu_image_url"] = gpu_image_url
        if image_version is not UNSET:
            field_dict["image_version"] = image_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        cpu_image_url = d.pop("cpu_image_url", UNSET)

        gpu_image_url = d.pop("gpu_image_url", UNSET)

        image_version = d.pop("image_version", UNSET)

        training_engine_v2_image_info = cls(
            cpu_image_url,
            gpu_image_url,
            image_version,
        )

        training_engine_v2_image_info.additional_properties = d
        return training_engine_v2_image_info

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
