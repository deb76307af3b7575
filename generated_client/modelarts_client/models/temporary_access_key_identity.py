from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.temporary_access_key_identity_methods_item import TemporaryAccessKeyIdentityMethodsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.temporary_access_key_policy import TemporaryAccessKeyPolicy
    from ..models.temporary_access_key_token import TemporaryAccessKeyToken


T = TypeVar("T", bound="TemporaryAccessKeyIdentity")


@_attrs_define
class TemporaryAccessKeyIdentity:
    """How the caller proves who it is, and how long and for what the key is valid.

    Attributes:
        methods (list[TemporaryAccessKeyIdentityMethodsItem]): Authentication method; the only value is `token`.
        token (TemporaryAccessKeyToken | Unset): The token to exchange (when not in `X-Auth-Token`, which wins) and the
            key's lifetime.
        policy (TemporaryAccessKeyPolicy | Unset): A custom policy that narrows the key's permissions to the
            intersection of the token's and the
            policy's (only OBS honours it).
    """

    methods: list[TemporaryAccessKeyIdentityMethodsItem]
    token: TemporaryAccessKeyToken | Unset = UNSET
    policy: TemporaryAccessKeyPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        methods = []
        for methods_item_data in self.methods:
            methods_item = methods_item_data.value
            methods.append(methods_item)

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "methods": methods,
            }
        )
        if token is not UNSET:
            field_dict["token"] = token
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.temporary_access_key_policy import TemporaryAccessKeyPolicy  # noqa: PLC0415
        from ..models.temporary_access_key_token import TemporaryAccessKeyToken  # noqa: PLC0415

        d = dict(src_dict)
        methods = []
        _methods = d.pop("methods")
        for methods_item_data in _methods:
            methods_item = TemporaryAccessKeyIdentityMethodsItem.from_json(methods_item_data)

            methods.append(methods_item)

        _token = d.pop("token", UNSET)
        token: TemporaryAccessKeyToken | Unset
        if isinstance(_token, Unset) or _token is None:
            token = UNSET
        else:
            token = TemporaryAccessKeyToken.from_dict(_token)

        _policy = d.pop("policy", UNSET)
        policy: TemporaryAccessKeyPolicy | Unset
        if isinstance(_policy, Unset) or _policy is None:
            policy = UNSET
        else:
            policy = TemporaryAccessKeyPolicy.from_dict(_policy)

        temporary_access_key_identity = cls(
            methods,
            token,
            policy,
        )

        temporary_access_key_identity.additional_properties = d
        return temporary_access_key_identity

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
