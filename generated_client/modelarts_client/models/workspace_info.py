from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_auth_type import WorkspaceAuthType
from ..models.workspace_status import WorkspaceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_grant import WorkspaceGrant


T = TypeVar("T", bound="WorkspaceInfo")


@_attrs_define
class WorkspaceInfo:
    """A workspace, as answered by creation and details. The error fields appear only in a failed
    call's body.

        Attributes:
            error_msg (str | Unset): Error message of a failed call; absent on success.
            error_code (str | Unset): Error code of a failed call; absent on success.
            request_id (str | Unset): Request ID of a failed call; absent on success.
            id (str | Unset): Workspace ID, a 32-character hyphen-less UUID; `0` for the default workspace.
            name (str | Unset): Workspace name.
            description (str | Unset): Workspace description.
            owner (str | Unset): Name of the user who created the workspace.
            create_time (int | Unset): Creation time, epoch milliseconds (UTC).
            update_time (int | Unset): Last modification time, epoch milliseconds (UTC).
            enterprise_project_id (str | Unset): Enterprise project ID, `0` or a UUID.
            enterprise_project_name (str | Unset): Enterprise project name.
            auth_type (WorkspaceAuthType | Unset): Who may use a workspace. PUBLIC: every user of the tenant. PRIVATE: the
                creator and the
                primary account. INTERNAL: the creator, the primary account and the IAM users in grants.
                A workspace created without one is PUBLIC.
            status (WorkspaceStatus | Unset): Workspace state. CREATE_FAILED: creation failed. NORMAL: usable. DELETING:
                being deleted.
                DELETE_FAILED: deletion failed.
            grants (list[WorkspaceGrant] | Unset): IAM users given access.
    """

    error_msg: str | Unset = UNSET
    error_code: str | Unset = UNSET
    request_id: str | Unset = UNSET
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
    grants: list[WorkspaceGrant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_msg = self.error_msg

        error_code = self.error_code

        request_id = self.request_id

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

        grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grants, Unset):
            grants = []
            for grants_item_data in self.grants:
                grants_item = grants_item_data.to_dict()
                grants.append(grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
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
        if grants is not UNSET:
            field_dict["grants"] = grants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.workspace_grant import WorkspaceGrant  # noqa: PLC0415

        d = dict(src_dict)
        error_msg = d.pop("error_msg", UNSET)

        error_code = d.pop("error_code", UNSET)

        request_id = d.pop("request_id", UNSET)

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

        _grants = d.pop("grants", UNSET)
        grants: list[WorkspaceGrant] | Unset = UNSET
        if _grants is not UNSET and _grants is not None:
            grants = []
            for grants_item_data in _grants:
                grants_item = WorkspaceGrant.from_dict(grants_item_data)

                grants.append(grants_item)

        workspace_info = cls(
            error_msg,
            error_code,
            request_id,
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
            grants,
        )

        workspace_info.additional_properties = d
        return workspace_info

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
