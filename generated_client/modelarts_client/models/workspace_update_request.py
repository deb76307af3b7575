from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_auth_type import WorkspaceAuthType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_grant import WorkspaceGrant


T = TypeVar("T", bound="WorkspaceUpdateRequest")


@_attrs_define
class WorkspaceUpdateRequest:
    """Body of a workspace modification; only the fields given are changed.

    Attributes:
        name (str | Unset): New name, 4 to 64 characters: Chinese characters, letters, digits, hyphens and
            underscores; not `default`. The default workspace cannot be renamed.
        description (str | Unset): New description.
        auth_type (WorkspaceAuthType | Unset): Who may use a workspace. PUBLIC: every user of the tenant. PRIVATE: the
            creator and the
            primary account. INTERNAL: the creator, the primary account and the IAM users in grants.
            A workspace created without one is PUBLIC.
        grants (list[WorkspaceGrant] | Unset): IAM users given access; used only with auth_type INTERNAL.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    auth_type: WorkspaceAuthType | Unset = UNSET
    grants: list[WorkspaceGrant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grants, Unset):
            grants = []
            for grants_item_data in self.grants:
                grants_item = grants_item_data.to_dict()
                grants.append(grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if grants is not UNSET:
            field_dict["grants"] = grants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.workspace_grant import WorkspaceGrant  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: WorkspaceAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = WorkspaceAuthType.from_json(_auth_type)

        _grants = d.pop("grants", UNSET)
        grants: list[WorkspaceGrant] | Unset = UNSET
        if _grants is not UNSET and _grants is not None:
            grants = []
            for grants_item_data in _grants:
                grants_item = WorkspaceGrant.from_dict(grants_item_data)

                grants.append(grants_item)

        workspace_update_request = cls(
            name,
            description,
            auth_type,
            grants,
        )

        workspace_update_request.additional_properties = d
        return workspace_update_request

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
