from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

T = TypeVar("T", bound="TemporaryCredential")


@_attrs_define
class TemporaryCredential:
    """A temporary access key, its secret key and security token, used together.

    Attributes:
        access (str): The temporary access key (AK).
        secret (str): The temporary secret key (SK).
        securitytoken (str): The security token that goes with the temporary key on every request.
        expires_at (datetime.datetime): When the key and token expire (UTC, RFC 3339 with fractional seconds).
    """

    access: str
    secret: str
    securitytoken: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access = self.access

        secret = self.secret

        securitytoken = self.securitytoken

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access": access,
                "secret": secret,
                "securitytoken": securitytoken,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        access = d.pop("access")

        secret = d.pop("secret")

        securitytoken = d.pop("securitytoken")

        expires_at = isoparse(d.pop("expires_at"))

        temporary_credential = cls(
            access,
            secret,
            securitytoken,
            expires_at,
        )

        temporary_credential.additional_properties = d
        return temporary_credential

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
