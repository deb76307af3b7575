from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OperationResult")


@_attrs_define
class OperationResult:
    """Body of an operation that answers only whether it succeeded.

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_code (str | Unset): Error code of a failed call; absent on success.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_msg (str | Unset): Error message, under the name several chapter 5 samples use (see ERRATA.md).
    """

    is_success: bool
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_code = self.error_code

        error_message = self.error_message

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_success": is_success,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        operation_result = cls(
            is_success,
            error_code,
            error_message,
            error_msg,
        )

        operation_result.additional_properties = d
        return operation_result

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
