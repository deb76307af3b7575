from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_resource_flavor_count import PoolV2ResourceFlavorCount


T = TypeVar("T", bound="PoolV2ResourceStatus")


@_attrs_define
class PoolV2ResourceStatus:
    """Node counts of the pool by state.

    Attributes:
        creating (list[PoolV2ResourceFlavorCount] | Unset): Nodes being created, per flavor.
        available (list[PoolV2ResourceFlavorCount] | Unset): Available nodes, per flavor.
        abnormal (list[PoolV2ResourceFlavorCount] | Unset): Abnormal nodes, per flavor.
        deleting (list[PoolV2ResourceFlavorCount] | Unset): Nodes being deleted, per flavor.
    """

    creating: list[PoolV2ResourceFlavorCount] | Unset = UNSET
    available: list[PoolV2ResourceFlavorCount] | Unset = UNSET
    abnormal: list[PoolV2ResourceFlavorCount] | Unset = UNSET
    deleting: list[PoolV2ResourceFlavorCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creating: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.creating, Unset):
            creating = []
            for creating_item_data in self.creating:
                creating_item = creating_item_data.to_dict()
                creating.append(creating_item)

        available: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available, Unset):
            available = []
            for available_item_data in self.available:
                available_item = available_item_data.to_dict()
                available.append(available_item)

        abnormal: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.abnormal, Unset):
            abnormal = []
            for abnormal_item_data in self.abnormal:
                abnormal_item = abnormal_item_data.to_dict()
                abnormal.append(abnormal_item)

        deleting: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deleting, Unset):
            deleting = []
            for deleting_item_data in self.deleting:
                deleting_item = deleting_item_data.to_dict()
                deleting.append(deleting_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creating is not UNSET:
            field_dict["creating"] = creating
        if available is not UNSET:
            field_dict["available"] = available
        if abnormal is not UNSET:
            field_dict["abnormal"] = abnormal
        if deleting is not UNSET:
            field_dict["deleting"] = deleting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_resource_flavor_count import PoolV2ResourceFlavorCount  # noqa: PLC0415

        d = dict(src_dict)
        _creating = d.pop("creating", UNSET)
        creating: list[PoolV2ResourceFlavorCount] | Unset = UNSET
        if _creating is not UNSET and _creating is not None:
            creating = []
            for creating_item_data in _creating:
                creating_item = PoolV2ResourceFlavorCount.from_dict(creating_item_data)

                creating.append(creating_item)

        _available = d.pop("available", UNSET)
        available: list[PoolV2ResourceFlavorCount] | Unset = UNSET
        if _available is not UNSET and _available is not None:
            available = []
            for available_item_data in _available:
                available_item = PoolV2ResourceFlavorCount.from_dict(available_item_data)

                available.append(available_item)

        _abnormal = d.pop("abnormal", UNSET)
        abnormal: list[PoolV2ResourceFlavorCount] | Unset = UNSET
        if _abnormal is not UNSET and _abnormal is not None:
            abnormal = []
            for abnormal_item_data in _abnormal:
                abnormal_item = PoolV2ResourceFlavorCount.from_dict(abnormal_item_data)

                abnormal.append(abnormal_item)

        _deleting = d.pop("deleting", UNSET)
        deleting: list[PoolV2ResourceFlavorCount] | Unset = UNSET
        if _deleting is not UNSET and _deleting is not None:
            deleting = []
            for deleting_item_data in _deleting:
                deleting_item = PoolV2ResourceFlavorCount.from_dict(deleting_item_data)

                deleting.append(deleting_item)

        pool_v2_resource_status = cls(
            creating,
            available,
            abnormal,
            deleting,
        )

        pool_v2_resource_status.additional_properties = d
        return pool_v2_resource_status

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
