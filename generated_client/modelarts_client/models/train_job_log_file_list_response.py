from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainJobLogFileListResponse")


@_attrs_define
class TrainJobLogFileListResponse:
    """Body answered by `list_training_job_log_files`.

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call (chapter 10.2); absent on success.
        log_file_list (list[str] | Unset): Log file names: one for a single-node job, one per node for a distributed
            job.
    """

    is_success: bool
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    log_file_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        log_file_list: list[str] | Unset = UNSET
        if not isinstance(self.log_file_list, Unset):
            log_file_list = self.log_file_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_success": is_success,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if log_file_list is not UNSET:
            field_dict["log_file_list"] = log_file_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        log_file_list = cast(list[str], d.pop("log_file_list", UNSET))

        train_job_log_file_list_response = cls(
            is_success,
            error_message,
            error_code,
            log_file_list,
        )

        train_job_log_file_list_response.additional_properties = d
        return train_job_log_file_list_response

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
