from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_list_api_version import PoolV2ListApiVersion
from ..models.pool_v2_list_kind import PoolV2ListKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2 import PoolV2


T = TypeVar("T", bound="PoolV2List")


@_attrs_define
class PoolV2List:
    """A list of resource pools (Kubernetes-style list object).

    Attributes:
        api_version (PoolV2ListApiVersion | Unset): API version of the list.
        kind (PoolV2ListKind | Unset): Object type, always a pool list.
        items (list[PoolV2] | Unset): The resource pools.
    """

    api_version: PoolV2ListApiVersion | Unset = UNSET
    kind: PoolV2ListKind | Unset = UNSET
    items: list[PoolV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if kind is not UNSET:
            field_dict["kind"] = kind
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2 import PoolV2  # noqa: PLC0415

        d = dict(src_dict)
        _api_version = d.pop("apiVersion", UNSET)
        api_version: PoolV2ListApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = PoolV2ListApiVersion.from_json(_api_version)

        _kind = d.pop("kind", UNSET)
        kind: PoolV2ListKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = PoolV2ListKind.from_json(_kind)

        _items = d.pop("items", UNSET)
        items: list[PoolV2] | Unset = UNSET
        if _items is not UNSET and _items is not None:
            items = []
            for items_item_data in _items:
                items_item = PoolV2.from_dict(items_item_data)

                items.append(items_item)

        pool_v2_list = cls(
            api_version,
            kind,
            items,
        )

        pool_v2_list.additional_properties = d
        return pool_v2_list

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
