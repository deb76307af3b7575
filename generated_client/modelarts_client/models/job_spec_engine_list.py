from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_spec_engine import JobSpecEngine


T = TypeVar("T", bound="JobSpecEngineList")


@_attrs_define
class JobSpecEngineList:
    """Response of list_job_engine_specs.

    Attributes:
        is_success (bool | Unset): Whether the request succeeded.
        error_code (str | Unset): Error code of a failed call; absent on success.
        error_message (str | Unset): Error message of a failed call; absent on success.
        engines (list[JobSpecEngine] | Unset): The engines.
    """

    is_success: bool | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    engines: list[JobSpecEngine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_code = self.error_code

        error_message = self.error_message

        engines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.engines, Unset):
            engines = []
            for engines_item_data in self.engines:
                engines_item = engines_item_data.to_dict()
                engines.append(engines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if engines is not UNSET:
            field_dict["engines"] = engines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.job_spec_engine import JobSpecEngine  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("is_success", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        _engines = d.pop("engines", UNSET)
        engines: list[JobSpecEngine] | Unset = UNSET
        if _engines is not UNSET and _engines is not None:
            engines = []
            for engines_item_data in _engines:
                engines_item = JobSpecEngine.from_dict(engines_item_data)

                engines.append(engines_item)

        job_spec_engine_list = cls(
            is_success,
            error_code,
            error_message,
            engines,
        )

        job_spec_engine_list.additional_properties = d
        return job_spec_engine_list

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
