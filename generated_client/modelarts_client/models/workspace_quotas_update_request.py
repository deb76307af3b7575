from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workspace_quota_update import WorkspaceQuotaUpdate


T = TypeVar("T", bound="WorkspaceQuotasUpdateRequest")


@_attrs_define
class WorkspaceQuotasUpdateRequest:
    """Body of a quota modification; list only the quotas to change.

    Attributes:
        quotas (list[WorkspaceQuotaUpdate]): Quotas to change.
    """

    quotas: list[WorkspaceQuotaUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quotas = []
        for quotas_item_data in self.quotas:
            quotas_item = quotas_item_data.to_dict()
            quotas.append(quotas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotas": quotas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.workspace_quota_update import WorkspaceQuotaUpdate  # noqa: PLC0415

        d = dict(src_dict)
        quotas = []
        _quotas = d.pop("quotas")
        for quotas_item_data in _quotas:
            quotas_item = WorkspaceQuotaUpdate.from_dict(quotas_item_data)

            quotas.append(quotas_item)

        workspace_quotas_update_request = cls(
            quotas,
        )

        workspace_quotas_update_request.additional_properties = d
        return workspace_quotas_update_request

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
