from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2AlgorithmEngine")


@_attrs_define
class TrainingJobV2AlgorithmEngine:
    """Engine a task depends on.

    Attributes:
        engine_id (str | Unset): Engine ID, e.g. caffe-1.0.0-python2.7.
        engine_name (str | Unset): Engine name, e.g. Caffe.
        engine_version (str | Unset): Engine version (one name has several), e.g. Caffe-1.0.0-python2.7.
        v1_compatible (bool | Unset): Whether v1 compatibility mode is on.
        run_user (str | Unset): UID the engine starts as by default.
        image_url (str | Unset): Custom image of the algorithm.
    """

    engine_id: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    v1_compatible: bool | Unset = UNSET
    run_user: str | Unset = UNSET
    image_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        v1_compatible = self.v1_compatible

        run_user = self.run_user

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
        if v1_compatible is not UNSET:
            field_dict["v1_compatible"] = v1_compatible
        if run_user is not UNSET:
            field_dict["run_user"] = run_user
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

        v1_compatible = d.pop("v1_compatible", UNSET)

        run_user = d.pop("run_user", UNSET)

        image_url = d.pop("image_url", UNSET)

        training_job_v2_algorithm_engine = cls(
            engine_id,
            engine_name,
            engine_version,
            v1_compatible,
            run_user,
            image_url,
        )

        training_job_v2_algorithm_engine.additional_properties = d
        return training_job_v2_algorithm_engine

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
