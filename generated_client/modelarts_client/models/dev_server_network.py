from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_server_allowed_address_pair import DevServerAllowedAddressPair
    from ..models.dev_server_hyper_group import DevServerHyperGroup
    from ..models.dev_server_network_hyper_cluster import DevServerNetworkHyperCluster


T = TypeVar("T", bound="DevServerNetwork")


@_attrs_define
class DevServerNetwork:
    """Network of a new server.

    Attributes:
        security_group_id (str): ID of the security group of the server (a UUID).
        subnet_id (str): ID of the subnet of the server (a UUID).
        vpc_id (str): ID of the VPC of the server (a UUID).
        ipv6_enable (bool | Unset): Whether the server gets IPv6.
        roce_id (str | Unset): ID of the server's RoCE network (a UUID).
        hyper_cluster (DevServerNetworkHyperCluster | Unset): HyperCluster network of a new server.
        allowed_address_pairs (list[DevServerAllowedAddressPair] | Unset): IP/MAC address pairs allowed on the server's
            port besides its own (for a virtual IP, for example).
        hyper_group (DevServerHyperGroup | Unset): Supernode group of a new server (needed for A5 supernodes).
    """

    security_group_id: str
    subnet_id: str
    vpc_id: str
    ipv6_enable: bool | Unset = UNSET
    roce_id: str | Unset = UNSET
    hyper_cluster: DevServerNetworkHyperCluster | Unset = UNSET
    allowed_address_pairs: list[DevServerAllowedAddressPair] | Unset = UNSET
    hyper_group: DevServerHyperGroup | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        security_group_id = self.security_group_id

        subnet_id = self.subnet_id

        vpc_id = self.vpc_id

        ipv6_enable = self.ipv6_enable

        roce_id = self.roce_id

        hyper_cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyper_cluster, Unset):
            hyper_cluster = self.hyper_cluster.to_dict()

        allowed_address_pairs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_address_pairs, Unset):
            allowed_address_pairs = []
            for allowed_address_pairs_item_data in self.allowed_address_pairs:
                allowed_address_pairs_item = allowed_address_pairs_item_data.to_dict()
                allowed_address_pairs.append(allowed_address_pairs_item)

        hyper_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hyper_group, Unset):
            hyper_group = self.hyper_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "security_group_id": security_group_id,
                "subnet_id": subnet_id,
                "vpc_id": vpc_id,
            }
        )
        if ipv6_enable is not UNSET:
            field_dict["ipv6_enable"] = ipv6_enable
        if roce_id is not UNSET:
            field_dict["roce_id"] = roce_id
        if hyper_cluster is not UNSET:
            field_dict["hyper_cluster"] = hyper_cluster
        if allowed_address_pairs is not UNSET:
            field_dict["allowed_address_pairs"] = allowed_address_pairs
        if hyper_group is not UNSET:
            field_dict["hyper_group"] = hyper_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_server_allowed_address_pair import DevServerAllowedAddressPair  # noqa: PLC0415
        from ..models.dev_server_hyper_group import DevServerHyperGroup  # noqa: PLC0415
        from ..models.dev_server_network_hyper_cluster import DevServerNetworkHyperCluster  # noqa: PLC0415

        d = dict(src_dict)
        security_group_id = d.pop("security_group_id")

        subnet_id = d.pop("subnet_id")

        vpc_id = d.pop("vpc_id")

        ipv6_enable = d.pop("ipv6_enable", UNSET)

        roce_id = d.pop("roce_id", UNSET)

        _hyper_cluster = d.pop("hyper_cluster", UNSET)
        hyper_cluster: DevServerNetworkHyperCluster | Unset
        if isinstance(_hyper_cluster, Unset) or _hyper_cluster is None:
            hyper_cluster = UNSET
        else:
            hyper_cluster = DevServerNetworkHyperCluster.from_dict(_hyper_cluster)

        _allowed_address_pairs = d.pop("allowed_address_pairs", UNSET)
        allowed_address_pairs: list[DevServerAllowedAddressPair] | Unset = UNSET
        if _allowed_address_pairs is not UNSET and _allowed_address_pairs is not None:
            allowed_address_pairs = []
            for allowed_address_pairs_item_data in _allowed_address_pairs:
                allowed_address_pairs_item = DevServerAllowedAddressPair.from_dict(allowed_address_pairs_item_data)

                allowed_address_pairs.append(allowed_address_pairs_item)

        _hyper_group = d.pop("hyper_group", UNSET)
        hyper_group: DevServerHyperGroup | Unset
        if isinstance(_hyper_group, Unset) or _hyper_group is None:
            hyper_group = UNSET
        else:
            hyper_group = DevServerHyperGroup.from_dict(_hyper_group)

        dev_server_network = cls(
            security_group_id,
            subnet_id,
            vpc_id,
            ipv6_enable,
            roce_id,
            hyper_cluster,
            allowed_address_pairs,
            hyper_group,
        )

        dev_server_network.additional_properties = d
        return dev_server_network

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
