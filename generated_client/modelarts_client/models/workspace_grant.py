from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceGrant")


@_attrs_define
class WorkspaceGrant:
    """An IAM user given access to an INTERNAL workspace. Give user_id or user_name (one of them
    is needed); when both are given user_id wins.

        Attributes:
            user_id (str | Unset): IAM user ID.
            user_name (str | Unset): IAM user name.
    """

    user_id: str | Unset = UNSET
    user_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        user_id = d.pop("user_id", UNSET)

        user_name = d.pop("user_name", UNSET)

        workspace_grant = cls(
            user_id,
            user_name,
        )

        return workspace_grant
