from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceTaskOutputObsSpec")


@_attrs_define
class ServiceTaskOutputObsSpec:
    """Results written to OBS (IEF only).

    Attributes:
        bucket (str): OBS bucket.
        path (str): OBS path.
        data_category (list[str] | Unset): Result types to output; needed by some services only.
    """

    bucket: str
    path: str
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
        field_dict.update(
            {
                "bucket": bucket,
                "path": path,
            }
        )
        if data_category is not UNSET:
            field_dict["data_category"] = data_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        bucket = d.pop("bucket")

        path = d.pop("path")

        data_category = cast(list[str], d.pop("data_category", UNSET))

        service_task_output_obs_spec = cls(
            bucket,
            path,
            data_category,
        )

        service_task_output_obs_spec.additional_properties = d
        return service_task_output_obs_spec

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
