from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerNetworkHyperCluster")


@_attrs_define
class DevServerNetworkHyperCluster:
    """HyperCluster network of a new server.

    Attributes:
        id (str | Unset): HyperCluster ID.
        hyper_cluster_subnet_id (str | Unset): ID of the HyperCluster subnet.
    """

    id: str | Unset = UNSET
    hyper_cluster_subnet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hyper_cluster_subnet_id = self.hyper_cluster_subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if hyper_cluster_subnet_id is not UNSET:
            field_dict["hyper_cluster_subnet_id"] = hyper_cluster_subnet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        hyper_cluster_subnet_id = d.pop("hyper_cluster_subnet_id", UNSET)

        dev_server_network_hyper_cluster = cls(
            id,
            hyper_cluster_subnet_id,
        )

        dev_server_network_hyper_cluster.additional_properties = d
        return dev_server_network_hyper_cluster

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
