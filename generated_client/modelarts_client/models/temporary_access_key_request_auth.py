from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.temporary_access_key_identity import TemporaryAccessKeyIdentity


T = TypeVar("T", bound="TemporaryAccessKeyRequestAuth")


@_attrs_define
class TemporaryAccessKeyRequestAuth:
    """Authentication information.

    Attributes:
        identity (TemporaryAccessKeyIdentity): How the caller proves who it is, and how long and for what the key is
            valid.
    """

    identity: TemporaryAccessKeyIdentity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity = self.identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity": identity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.temporary_access_key_identity import TemporaryAccessKeyIdentity  # noqa: PLC0415

        d = dict(src_dict)
        identity = TemporaryAccessKeyIdentity.from_dict(d.pop("identity"))

        temporary_access_key_request_auth = cls(
            identity,
        )

        temporary_access_key_request_auth.additional_properties = d
        return temporary_access_key_request_auth

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
