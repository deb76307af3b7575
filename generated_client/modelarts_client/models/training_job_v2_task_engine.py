from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2TaskEngine")


@_attrs_define
class TrainingJobV2TaskEngine:
    """Engine of a task's algorithm; leave name and version out when `engine_id` is given.

    Attributes:
        engine_id (str | Unset): Engine ID, e.g. caffe-1.0.0-python2.7.
        engine_name (str | Unset): Engine name, e.g. Caffe.
        engine_version (str | Unset): Engine version.
        image_url (str | Unset): Custom image of the algorithm.
    """

    engine_id: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        image_url = self.image_url

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

        training_job_v2_task_engine = cls(
            engine_id,
            engine_name,
            engine_version,
            image_url,
        )

        training_job_v2_task_engine.additional_properties = d
        return training_job_v2_task_engine

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
