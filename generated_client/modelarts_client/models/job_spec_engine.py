from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobSpecEngine")


@_attrs_define
class JobSpecEngine:
    """One AI engine version.

    Attributes:
        engine_type (int | Unset): Engine type code (1 TensorFlow, 2 MXNet, 3 Ray, 4 Caffe, 5 Spark_MLlib, 9 XGBoost-
            Sklearn, 10 PyTorch, 12 Horovod).
        engine_id (int | Unset): Engine ID (the `engine_id` of training jobs and configurations).
        engine_name (str | Unset): Engine name.
        engine_version (str | Unset): Engine version, e.g. `TF-1.4.0-python2.7`.
    """

    engine_type: int | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_type = self.engine_type

        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        engine_type = d.pop("engine_type", UNSET)

        engine_id = d.pop("engine_id", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        job_spec_engine = cls(
            engine_type,
            engine_id,
            engine_name,
            engine_version,
        )

        job_spec_engine.additional_properties = d
        return job_spec_engine

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
