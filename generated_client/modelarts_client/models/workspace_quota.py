from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceQuota")


@_attrs_define
class WorkspaceQuota:
    """One resource quota of a workspace.

    Attributes:
        name_en (str | Unset): Quota name in English.
        name_cn (str | Unset): Quota name in Chinese.
        resource (str | Unset): Unique resource ID.
        quota (int | Unset): Current quota; -1 means unlimited.
        min_quota (int | Unset): Smallest quota that may be set.
        max_quota (int | Unset): Largest quota that may be set.
        unit_en (str | Unset): Quota unit in English.
        unit_cn (str | Unset): Quota unit in Chinese.
        update_time (int | Unset): Last modification time, epoch milliseconds (UTC); the workspace creation time if
            never modified.
        used_quota (int | None | Unset): Amount used; null when quota is -1 (unlimited). Only the query operation
            returns it.
    """

    name_en: str | Unset = UNSET
    name_cn: str | Unset = UNSET
    resource: str | Unset = UNSET
    quota: int | Unset = UNSET
    min_quota: int | Unset = UNSET
    max_quota: int | Unset = UNSET
    unit_en: str | Unset = UNSET
    unit_cn: str | Unset = UNSET
    update_time: int | Unset = UNSET
    used_quota: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name_en = self.name_en

        name_cn = self.name_cn

        resource = self.resource

        quota = self.quota

        min_quota = self.min_quota

        max_quota = self.max_quota

        unit_en = self.unit_en

        unit_cn = self.unit_cn

        update_time = self.update_time

        used_quota: int | None | Unset
        if isinstance(self.used_quota, Unset):
            used_quota = UNSET
        else:
            used_quota = self.used_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if name_cn is not UNSET:
            field_dict["name_cn"] = name_cn
        if resource is not UNSET:
            field_dict["resource"] = resource
        if quota is not UNSET:
            field_dict["quota"] = quota
        if min_quota is not UNSET:
            field_dict["min_quota"] = min_quota
        if max_quota is not UNSET:
            field_dict["max_quota"] = max_quota
        if unit_en is not UNSET:
            field_dict["unit_en"] = unit_en
        if unit_cn is not UNSET:
            field_dict["unit_cn"] = unit_cn
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if used_quota is not UNSET:
            field_dict["used_quota"] = used_quota

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name_en = d.pop("name_en", UNSET)

        name_cn = d.pop("name_cn", UNSET)

        resource = d.pop("resource", UNSET)

        quota = d.pop("quota", UNSET)

        min_quota = d.pop("min_quota", UNSET)

        max_quota = d.pop("max_quota", UNSET)

        unit_en = d.pop("unit_en", UNSET)

        unit_cn = d.pop("unit_cn", UNSET)

        update_time = d.pop("update_time", UNSET)

        def _parse_used_quota(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        used_quota = _parse_used_quota(d.pop("used_quota", UNSET))

        workspace_quota = cls(
            name_en,
            name_cn,
            resource,
            quota,
            min_quota,
            max_quota,
            unit_en,
            unit_cn,
            update_time,
            used_quota,
        )

        workspace_quota.additional_properties = d
        return workspace_quota

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
