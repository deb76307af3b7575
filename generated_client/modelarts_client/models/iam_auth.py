from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.iam_identity import IamIdentity
    from ..models.iam_scope import IamScope


T = TypeVar("T", bound="IamAuth")


@_attrs_define
class IamAuth:
    """Credentials and the scope the token is valid for.

    Attributes:
        identity (IamIdentity): How the caller proves its identity.
        scope (IamScope): Where the token takes effect; ModelArts needs a project scope.
    """

    identity: IamIdentity
    scope: IamScope
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identity = self.identity.to_dict()

        scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity": identity,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.iam_identity import IamIdentity  # noqa: PLC0415
        from ..models.iam_scope import IamScope  # noqa: PLC0415

        d = dict(src_dict)
        identity = IamIdentity.from_dict(d.pop("identity"))

        scope = IamScope.from_dict(d.pop("scope"))

        iam_auth = cls(
            identity,
            scope,
        )

        iam_auth.additional_properties = d
        return iam_auth

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
