from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_cloud_server_type import DevServerCloudServerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerCloudServer")


@_attrs_define
class DevServerCloudServer:
    """The compute resource behind a Lite Server.

    Attributes:
        id (str | Unset): ID of the server resource, or of the supernode member node (a UUID).
        type_ (DevServerCloudServerType | Unset): Kind of server: BMS (bare metal), ECS (elastic cloud server) or HPS
            (supernode server).
        hps_id (str | Unset): ID of the supernode the server belongs to (a UUID).
        hps_ecs_id (str | Unset): For a supernode member node, ID of the server resource behind it (a UUID).
    """

    id: str | Unset = UNSET
    type_: DevServerCloudServerType | Unset = UNSET
    hps_id: str | Unset = UNSET
    hps_ecs_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        hps_id = self.hps_id

        hps_ecs_id = self.hps_ecs_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if hps_id is not UNSET:
            field_dict["hps_id"] = hps_id
        if hps_ecs_id is not UNSET:
            field_dict["hps_ecs_id"] = hps_ecs_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DevServerCloudServerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DevServerCloudServerType.from_json(_type_)

        hps_id = d.pop("hps_id", UNSET)

        hps_ecs_id = d.pop("hps_ecs_id", UNSET)

        dev_server_cloud_server = cls(
            id,
            type_,
            hps_id,
            hps_ecs_id,
        )

        dev_server_cloud_server.additional_properties = d
        return dev_server_cloud_server

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
