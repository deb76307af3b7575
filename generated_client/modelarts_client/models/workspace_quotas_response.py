from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_quota import WorkspaceQuota


T = TypeVar("T", bound="WorkspaceQuotasResponse")


@_attrs_define
class WorkspaceQuotasResponse:
    """Quotas of a workspace: all of them for the query, the changed ones (latest state) for the
    modification. The error fields appear only in a failed call's body.

        Attributes:
            error_msg (str | Unset): Error message of a failed call; absent on success.
            error_code (str | Unset): Error code of a failed call; absent on success.
            request_id (str | Unset): Request ID of a failed call; absent on success.
            quotas (list[WorkspaceQuota] | Unset): The quotas.
    """

    error_msg: str | Unset = UNSET
    error_code: str | Unset = UNSET
    request_id: str | Unset = UNSET
    quotas: list[WorkspaceQuota] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_msg = self.error_msg

        error_code = self.error_code

        request_id = self.request_id

        quotas: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quotas, Unset):
            quotas = []
            for quotas_item_data in self.quotas:
                quotas_item = quotas_item_data.to_dict()
                quotas.append(quotas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if quotas is not UNSET:
            field_dict["quotas"] = quotas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.workspace_quota import WorkspaceQuota  # noqa: PLC0415

        d = dict(src_dict)
        error_msg = d.pop("error_msg", UNSET)

        error_code = d.pop("error_code", UNSET)

        request_id = d.pop("request_id", UNSET)

        _quotas = d.pop("quotas", UNSET)
        quotas: list[WorkspaceQuota] | Unset = UNSET
        if _quotas is not UNSET and _quotas is not None:
            quotas = []
            for quotas_item_data in _quotas:
                quotas_item = WorkspaceQuota.from_dict(quotas_item_data)

                quotas.append(quotas_item)

        workspace_quotas_response = cls(
            error_msg,
            error_code,
            request_id,
            quotas,
        )

        workspace_quotas_response.additional_properties = d
        return workspace_quotas_response

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
