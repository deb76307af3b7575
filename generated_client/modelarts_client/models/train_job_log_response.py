from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainJobLogResponse")


@_attrs_define
class TrainJobLogResponse:
    """Body answered by `get_training_job_logs` (byte window).

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call (chapter 10.2); absent on success.
        log (str | Unset): Log text of the requested window.
        log_byte_count (int | Unset): Number of log bytes.
        end_byte (int | Unset): Offset where the returned window ends; pass it as `start_byte` to read on.
        count (int | Unset): Appears only in the sample response (probably the byte count); not in the table.
    """

    is_success: bool
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    log: str | Unset = UNSET
    log_byte_count: int | Unset = UNSET
    end_byte: int | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        log = self.log

        log_byte_count = self.log_byte_count

        end_byte = self.end_byte

        count = self.count

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
        if log is not UNSET:
            field_dict["log"] = log
        if log_byte_count is not UNSET:
            field_dict["log_byte_count"] = log_byte_count
        if end_byte is not UNSET:
            field_dict["end_byte"] = end_byte
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        log = d.pop("log", UNSET)

        log_byte_count = d.pop("log_byte_count", UNSET)

        end_byte = d.pop("end_byte", UNSET)

        count = d.pop("count", UNSET)

        train_job_log_response = cls(
            is_success,
            error_message,
            error_code,
            log,
            log_byte_count,
            end_byte,
            count,
        )

        train_job_log_response.additional_properties = d
        return train_job_log_response

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
