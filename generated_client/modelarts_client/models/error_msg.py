from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorMsg")


@_attrs_define
class ErrorMsg:
    """Error body of chapters 4 and 8, of IAM and of the API gateway.

    Attributes:
        error_msg (str): What went wrong.
        error_code (str | Unset): Error code (chapter 10.2 of the reference).
        request_id (str | Unset): ID of the failed request.
    """

    error_msg: str
    error_code: str | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_msg = self.error_msg

        error_code = self.error_code

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_msg": error_msg,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        error_msg = d.pop("error_msg")

        error_code = d.pop("error_code", UNSET)

        request_id = d.pop("request_id", UNSET)

        error_msg = cls(
            error_msg,
            error_code,
            request_id,
        )

        error_msg.additional_properties = d
        return error_msg

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
