from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainJobLogLinesResponse")


@_attrs_define
class TrainJobLogLinesResponse:
    """Body answered by `get_training_job_log_lines` (line cursor).

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call (chapter 10.2); absent on success.
        content (str | Unset): Log text of the returned lines.
        lines (int | Unset): Number of lines returned.
        start_line (str | Unset): Cursor of the first returned line; pass as `base_line` with `order=asc` to read
            earlier lines.
        end_line (str | Unset): Cursor of the last returned line; pass as `base_line` with `order=desc` to read later
            lines.
    """

    is_success: bool
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    content: str | Unset = UNSET
    lines: int | Unset = UNSET
    start_line: str | Unset = UNSET
    end_line: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        content = self.content

        lines = self.lines

        start_line = self.start_line

        end_line = self.end_line

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
        if content is not UNSET:
            field_dict["content"] = content
        if lines is not UNSET:
            field_dict["lines"] = lines
        if start_line is not UNSET:
            field_dict["start_line"] = start_line
        if end_line is not UNSET:
            field_dict["end_line"] = end_line

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        content = d.pop("content", UNSET)

        lines = d.pop("lines", UNSET)

        start_line = d.pop("start_line", UNSET)

        end_line = d.pop("end_line", UNSET)

        train_job_log_lines_response = cls(
            is_success,
            error_message,
            error_code,
            content,
            lines,
            start_line,
            end_line,
        )

        train_job_log_lines_response.additional_properties = d
        return train_job_log_lines_response

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
