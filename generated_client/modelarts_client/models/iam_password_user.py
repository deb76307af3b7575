from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.iam_domain_name import IamDomainName


T = TypeVar("T", bound="IamPasswordUser")


@_attrs_define
class IamPasswordUser:
    """IAM user signing in.

    Attributes:
        name (str): IAM user name.
        password (str): The user's login password.
        domain (IamDomainName): Account (domain) the user belongs to, given by name.
    """

    name: str
    password: str
    domain: IamDomainName
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        password = self.password

        domain = self.domain.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "password": password,
                "domain": domain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.iam_domain_name import IamDomainName  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        password = d.pop("password")

        domain = IamDomainName.from_dict(d.pop("domain"))

        iam_password_user = cls(
            name,
            password,
            domain,
        )

        iam_password_user.additional_properties = d
        return iam_password_user

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
