from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supernode_status import SupernodeStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_server import DevServer


T = TypeVar("T", bound="Supernode")


@_attrs_define
class Supernode:
    """A Lite Server supernode instance (HPS) and its child servers, as listed, shown, started, stopped, reimaged or
    deleted.

        Attributes:
            id (str | Unset): ID of the supernode instance, the value the `{supernode_id}` paths take (a UUID per the SDK).
            name (str | Unset): Name of the supernode, 1 to 64 letters, digits, hyphens, underscores and dots.
            hps_cluster_id (str | Unset): ID of the supernode cluster network the supernode sits in (a UUID per the SDK).
            hps_id (str | Unset): ID of the underlying supernode resource (a UUID per the SDK).
            order_id (str | Unset): ID of the order the supernode was bought with, 1 to 64 letters and digits.
            status (SupernodeStatus | Unset): State of the supernode. The SDK gives its lifecycle: `PROVISIONING` (accepted,
                being created), `ACTIVE` (usable), `ERROR` (creation failed), `REIMAGING` (OS being changed), `TERMINATING`
                (being released), `TERMINATED` (released, no longer usable). Chapter 11 lists the server states for this field
                instead (`CREATING`, `RUNNING`, `STOPPED`, ... and their `_FAILED` variants); they are accepted too (see
                ERRATA). The power state of each child server is in `servers[].status`.
            servers (list[DevServer] | Unset): The child servers (nodes) of the supernode, each a Lite Server.
            create_at (int | Unset): Creation time, Unix epoch milliseconds.
            update_at (int | Unset): Time of the last update, Unix epoch milliseconds.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    hps_cluster_id: str | Unset = UNSET
    hps_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    status: SupernodeStatus | Unset = UNSET
    servers: list[DevServer] | Unset = UNSET
    create_at: int | Unset = UNSET
    update_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        hps_cluster_id = self.hps_cluster_id

        hps_id = self.hps_id

        order_id = self.order_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        servers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = []
            for servers_item_data in self.servers:
                servers_item = servers_item_data.to_dict()
                servers.append(servers_item)

        create_at = self.create_at

        update_at = self.update_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if hps_cluster_id is not UNSET:
            field_dict["hps_cluster_id"] = hps_cluster_id
        if hps_id is not UNSET:
            field_dict["hps_id"] = hps_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if status is not UNSET:
            field_dict["status"] = status
        if servers is not UNSET:
            field_dict["servers"] = servers
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if update_at is not UNSET:
            field_dict["update_at"] = update_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_server import DevServer  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        hps_cluster_id = d.pop("hps_cluster_id", UNSET)

        hps_id = d.pop("hps_id", UNSET)

        order_id = d.pop("order_id", UNSET)

        _status = d.pop("status", UNSET)
        status: SupernodeStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SupernodeStatus.from_json(_status)

        _servers = d.pop("servers", UNSET)
        servers: list[DevServer] | Unset = UNSET
        if _servers is not UNSET and _servers is not None:
            servers = []
            for servers_item_data in _servers:
                servers_item = DevServer.from_dict(servers_item_data)

                servers.append(servers_item)

        create_at = d.pop("create_at", UNSET)

        update_at = d.pop("update_at", UNSET)

        supernode = cls(
            id,
            name,
            hps_cluster_id,
            hps_id,
            order_id,
            status,
            servers,
            create_at,
            update_at,
        )

        supernode.additional_properties = d
        return supernode

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
