from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceTaskOutputObs")


@_attrs_define
class ServiceTaskOutputObs:
    """Results written to OBS.

    Attributes:
        bucket (str | Unset): OBS bucket.
        path (str | Unset): OBS path.
        data_category (list[str] | Unset): Result types output.
    """

    bucket: str | Unset = UNSET
    path: str | Unset = UNSET
    data_category: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket = self.bucket

        path = self.path

        data_category: list[str] | Unset = UNSET
        if not isinstance(self.data_category, Unset):
            data_category = self.data_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if path is not UNSET:
            field_dict["path"] = path
        if data_category is not UNSET:
            field_dict["data_category"] = data_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        bucket = d.pop("bucket", UNSET)

        path = d.pop("path", UNSET)

        data_category = cast(list[str], d.pop("data_category", UNSET))

        service_task_output_obs = cls(
            bucket,
            path,
            data_category,
        )

        service_task_output_obs.additional_properties = d
        return service_task_output_obs

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
