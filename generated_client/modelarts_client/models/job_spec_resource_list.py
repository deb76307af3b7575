from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_spec_resource import JobSpecResource


T = TypeVar("T", bound="JobSpecResourceList")


@_attrs_define
class JobSpecResourceList:
    """Response of list_job_resource_specs.

    Attributes:
        is_success (bool | Unset): Whether the request succeeded.
        error_code (str | Unset): Error code of a failed call; absent on success.
        error_message (str | Unset): Error message of a failed call; absent on success.
        spec_total_count (int | Unset): Number of flavors returned.
        specs (list[JobSpecResource] | Unset): The flavors.
    """

    is_success: bool | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    spec_total_count: int | Unset = UNSET
    specs: list[JobSpecResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_code = self.error_code

        error_message = self.error_message

        spec_total_count = self.spec_total_count

        specs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.specs, Unset):
            specs = []
            for specs_item_data in self.specs:
                specs_item = specs_item_data.to_dict()
                specs.append(specs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if spec_total_count is not UNSET:
            field_dict["spec_total_count"] = spec_total_count
        if specs is not UNSET:
            field_dict["specs"] = specs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.job_spec_resource import JobSpecResource  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("is_success", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        spec_total_count = d.pop("spec_total_count", UNSET)

        _specs = d.pop("specs", UNSET)
        specs: list[JobSpecResource] | Unset = UNSET
        if _specs is not UNSET and _specs is not None:
            specs = []
            for specs_item_data in _specs:
                specs_item = JobSpecResource.from_dict(specs_item_data)

                specs.append(specs_item)

        job_spec_resource_list = cls(
            is_success,
            error_code,
            error_message,
            spec_total_count,
            specs,
        )

        job_spec_resource_list.additional_properties = d
        return job_spec_resource_list

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
