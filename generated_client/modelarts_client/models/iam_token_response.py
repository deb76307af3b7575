from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_token import IamToken


T = TypeVar("T", bound="IamTokenResponse")


@_attrs_define
class IamTokenResponse:
    """Body of the token answer (the token string itself is in `X-Subject-Token`).

    Attributes:
        token (IamToken | Unset): Details of the issued token.
    """

    token: IamToken | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.iam_token import IamToken  # noqa: PLC0415

        d = dict(src_dict)
        _token = d.pop("token", UNSET)
        token: IamToken | Unset
        if isinstance(_token, Unset) or _token is None:
            token = UNSET
        else:
            token = IamToken.from_dict(_token)

        iam_token_response = cls(
            token,
        )

        iam_token_response.additional_properties = d
        return iam_token_response

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
