from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_summary import WorkspaceSummary


T = TypeVar("T", bound="WorkspaceListResponse")


@_attrs_define
class WorkspaceListResponse:
    """One page of workspaces. The error fields appear only in a failed call's body.

    Attributes:
        error_msg (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call; absent on success.
        request_id (str | Unset): Request ID of a failed call; absent on success.
        total_count (int | Unset): Number of workspaces over all pages.
        count (int | Unset): Number of workspaces on this page.
        workspaces (list[WorkspaceSummary] | Unset): The workspaces on this page.
    """

    error_msg: str | Unset = UNSET
    error_code: str | Unset = UNSET
    request_id: str | Unset = UNSET
    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    workspaces: list[WorkspaceSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_msg = self.error_msg

        error_code = self.error_code

        request_id = self.request_id

        total_count = self.total_count

        count = self.count

        workspaces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workspaces, Unset):
            workspaces = []
            for workspaces_item_data in self.workspaces:
                workspaces_item = workspaces_item_data.to_dict()
                workspaces.append(workspaces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count
        if workspaces is not UNSET:
            field_dict["workspaces"] = workspaces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.workspace_summary import WorkspaceSummary  # noqa: PLC0415

        d = dict(src_dict)
        error_msg = d.pop("error_msg", UNSET)

        error_code = d.pop("error_code", UNSET)

        request_id = d.pop("request_id", UNSET)

        total_count = d.pop("total_count", UNSET)

        count = d.pop("count", UNSET)

        _workspaces = d.pop("workspaces", UNSET)
        workspaces: list[WorkspaceSummary] | Unset = UNSET
        if _workspaces is not UNSET and _workspaces is not None:
            workspaces = []
            for workspaces_item_data in _workspaces:
                workspaces_item = WorkspaceSummary.from_dict(workspaces_item_data)

                workspaces.append(workspaces_item)

        workspace_list_response = cls(
            error_msg,
            error_code,
            request_id,
            total_count,
            count,
            workspaces,
        )

        workspace_list_response.additional_properties = d
        return workspace_list_response

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
