from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2Engine")


@_attrs_define
class TrainingJobV2Engine:
    """Engine of a job, given as `engine_id`, as `engine_name` + `engine_version`, or as `image_url`; leave it out when the
    algorithm is given by `id` or by a subscription.

        Attributes:
            engine_id (str | Unset): Engine ID.
            engine_name (str | Unset): Engine name; not needed with `engine_id`; with a preset framework plus custom image,
                give it with `image_url`.
            engine_version (str | Unset): Engine version; not needed with `engine_id`.
            image_url (str | Unset): Custom image from SWR, as organization/image:tag.
            install_sys_packages (bool | Unset): Whether to install the platform's MoXing version; only with `engine_name`,
                `engine_version` and `image_url`.
    """

    engine_id: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    image_url: str | Unset = UNSET
    install_sys_packages: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        image_url = self.image_url

        install_sys_packages = self.install_sys_packages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if install_sys_packages is not UNSET:
            field_dict["install_sys_packages"] = install_sys_packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        engine_id = d.pop("engine_id", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        image_url = d.pop("image_url", UNSET)

        install_sys_packages = d.pop("install_sys_packages", UNSET)

        training_job_v2_engine = cls(
            engine_id,
            engine_name,
            engine_version,
            image_url,
            install_sys_packages,
        )

        training_job_v2_engine.additional_properties = d
        return training_job_v2_engine

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
