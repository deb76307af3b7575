from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_node_affinity_mode import ServiceNodeAffinityMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_affinity_pool_info import ServiceAffinityPoolInfo


T = TypeVar("T", bound="ServiceNodeAffinity")


@_attrs_define
class ServiceNodeAffinity:
    """Node affinity of the instances of a model.

    Attributes:
        mode (ServiceNodeAffinityMode): `required`: instances run only on the listed nodes, and scheduling fails if none
            fits; `preferred`: the listed nodes are tried first.
        pool_infos (list[ServiceAffinityPoolInfo] | Unset): Nodes to prefer or require, per resource pool.
    """

    mode: ServiceNodeAffinityMode
    pool_infos: list[ServiceAffinityPoolInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        pool_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pool_infos, Unset):
            pool_infos = []
            for pool_infos_item_data in self.pool_infos:
                pool_infos_item = pool_infos_item_data.to_dict()
                pool_infos.append(pool_infos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if pool_infos is not UNSET:
            field_dict["pool_infos"] = pool_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_affinity_pool_info import ServiceAffinityPoolInfo  # noqa: PLC0415

        d = dict(src_dict)
        mode = ServiceNodeAffinityMode.from_json(d.pop("mode"))

        _pool_infos = d.pop("pool_infos", UNSET)
        pool_infos: list[ServiceAffinityPoolInfo] | Unset = UNSET
        if _pool_infos is not UNSET and _pool_infos is not None:
            pool_infos = []
            for pool_infos_item_data in _pool_infos:
                pool_infos_item = ServiceAffinityPoolInfo.from_dict(pool_infos_item_data)

                pool_infos.append(pool_infos_item)

        service_node_affinity = cls(
            mode,
            pool_infos,
        )

        service_node_affinity.additional_properties = d
        return service_node_affinity

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
