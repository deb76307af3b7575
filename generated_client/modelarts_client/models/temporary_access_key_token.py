from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TemporaryAccessKeyToken")


@_attrs_define
class TemporaryAccessKeyToken:
    """The token to exchange (when not in `X-Auth-Token`, which wins) and the key's lifetime.

    Attributes:
        id (str | Unset): An IAM token; used only when the request has no `X-Auth-Token` header.
        duration_seconds (int | Unset): How long the temporary key is valid, in seconds (15 minutes to 24 hours).
            Default: 900.
    """

    id: str | Unset = UNSET
    duration_seconds: int | Unset = 900
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        duration_seconds = d.pop("duration_seconds", UNSET)

        temporary_access_key_token = cls(
            id,
            duration_seconds,
        )

        temporary_access_key_token.additional_properties = d
        return temporary_access_key_token

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
