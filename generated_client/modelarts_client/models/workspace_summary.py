from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_auth_type import WorkspaceAuthType
from ..models.workspace_status import WorkspaceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceSummary")


@_attrs_define
class WorkspaceSummary:
    """A workspace as listed.

    Attributes:
        id (str | Unset): Workspace ID, a 32-character hyphen-less UUID; `0` for the default workspace.
        name (str | Unset): Workspace name.
        description (str | Unset): Workspace description.
        owner (str | Unset): Name of the user who created the workspace.
        create_time (int | Unset): Creation time, epoch milliseconds (UTC).
        update_time (int | Unset): Last modification time, epoch milliseconds (UTC).
        enterprise_project_id (str | Unset): Enterprise project ID.
        enterprise_project_name (str | Unset): Enterprise project name.
        auth_type (WorkspaceAuthType | Unset): Who may use a workspace. PUBLIC: every user of the tenant. PRIVATE: the
            creator and the
            primary account. INTERNAL: the creator, the primary account and the IAM users in grants.
            A workspace created without one is PUBLIC.
        status (WorkspaceStatus | Unset): Workspace state. CREATE_FAILED: creation failed. NORMAL: usable. DELETING:
            being deleted.
            DELETE_FAILED: deletion failed.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    owner: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    enterprise_project_name: str | Unset = UNSET
    auth_type: WorkspaceAuthType | Unset = UNSET
    status: WorkspaceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        owner = self.owner

        create_time = self.create_time

        update_time = self.update_time

        enterprise_project_id = self.enterprise_project_id

        enterprise_project_name = self.enterprise_project_name

        auth_type: str | Unset = UNSET
        if not isinstance(self.auth_type, Unset):
            auth_type = self.auth_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if owner is not UNSET:
            field_dict["owner"] = owner
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if enterprise_project_name is not UNSET:
            field_dict["enterprise_project_name"] = enterprise_project_name
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        owner = d.pop("owner", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)

        enterprise_project_name = d.pop("enterprise_project_name", UNSET)

        _auth_type = d.pop("auth_type", UNSET)
        auth_type: WorkspaceAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = WorkspaceAuthType.from_json(_auth_type)

        _status = d.pop("status", UNSET)
        status: WorkspaceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WorkspaceStatus.from_json(_status)

        workspace_summary = cls(
            id,
            name,
            description,
            owner,
            create_time,
            update_time,
            enterprise_project_id,
            enterprise_project_name,
            auth_type,
            status,
        )

        workspace_summary.additional_properties = d
        return workspace_summary

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
