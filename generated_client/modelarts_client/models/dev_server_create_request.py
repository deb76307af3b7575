from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_create_request_arch import DevServerCreateRequestArch
from ..models.dev_server_create_request_server_type import DevServerCreateRequestServerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_server_charging_info import DevServerChargingInfo
    from ..models.dev_server_data_volume import DevServerDataVolume
    from ..models.dev_server_network import DevServerNetwork
    from ..models.dev_server_root_volume import DevServerRootVolume


T = TypeVar("T", bound="DevServerCreateRequest")


@_attrs_define
class DevServerCreateRequest:
    """Body of `create_dev_server`: the server (or servers, or supernode) to create. Give exactly one of `admin_pass` and
    `key_pair_name` (a supernode takes only `key_pair_name`), and one of `flavor` and `resource_flavor`.

        Attributes:
            image_id (str): ID of the server image (a 36-character UUID).
            name (str): Server name, 1 to 64 letters, digits, hyphens, underscores or dots.
            network (DevServerNetwork): Network of a new server.
            admin_pass (str | Unset): Login password; give it or `key_pair_name`, not both. 8 to 26 characters with at least
                three of: uppercase letters, lowercase letters, digits and special characters (!@%-_=+[{}]:,./?); it must not be
                the user name or the user name reversed, nor contain root or administrator or their reverse.
            arch (DevServerCreateRequestArch | Unset): CPU architecture of the flavor, X86 or ARM.
            availability_zone (str | Unset): Availability zone of the server, 1 to 256 letters, digits, hyphens, underscores
                or dots.
            charging_info (DevServerChargingInfo | Unset): How a new server is billed.
            count (int | Unset): Number of servers to buy at once, 1 to 10; not for a supernode.
            enterprise_project_id (str | Unset): Enterprise project ID, 1 to 36 letters, digits, hyphens, underscores or
                dots.
            flavor (str | Unset): Name of the server flavor, 1 to 128 characters; give it or `resource_flavor`.
            resource_flavor (str | Unset): Name of the resource flavor, 1 to 256 letters, digits, hyphens, underscores or
                dots; give it or `flavor`.
            key_pair_name (str | Unset): Name of the key pair to log in with, 1 to 64 letters, digits, hyphens, underscores
                or dots; give it or `admin_pass`, not both. A supernode accepts only a key pair.
            root_volume (DevServerRootVolume | Unset): System disk of a new server.
            data_volume (DevServerDataVolume | Unset): Data disks of a new server, all of one size and type.
            server_type (DevServerCreateRequestServerType | Unset): Kind of server: BMS (bare metal), ECS (elastic cloud
                server) or HPS (supernode server).
            user_data (str | Unset): Custom data (text or a text file, such as a shell script) injected into the server when
                it is created, Base64-encoded; at most 32 KB before encoding.
            hps_cluster_id (str | Unset): Supernode cluster network to create the supernode in (a 36-character UUID); only
                for `server_type` HPS, and needed there.
    """

    image_id: str
    name: str
    network: DevServerNetwork
    admin_pass: str | Unset = UNSET
    arch: DevServerCreateRequestArch | Unset = UNSET
    availability_zone: str | Unset = UNSET
    charging_info: DevServerChargingInfo | Unset = UNSET
    count: int | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    flavor: str | Unset = UNSET
    resource_flavor: str | Unset = UNSET
    key_pair_name: str | Unset = UNSET
    root_volume: DevServerRootVolume | Unset = UNSET
    data_volume: DevServerDataVolume | Unset = UNSET
    server_type: DevServerCreateRequestServerType | Unset = UNSET
    user_data: str | Unset = UNSET
    hps_cluster_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        name = self.name

        network = self.network.to_dict()

        admin_pass = self.admin_pass

        arch: str | Unset = UNSET
        if not isinstance(self.arch, Unset):
            arch = self.arch.value

        availability_zone = self.availability_zone

        charging_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charging_info, Unset):
            charging_info = self.charging_info.to_dict()

        count = self.count

        enterprise_project_id = self.enterprise_project_id

        flavor = self.flavor

        resource_flavor = self.resource_flavor

        key_pair_name = self.key_pair_name

        root_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.root_volume, Unset):
            root_volume = self.root_volume.to_dict()

        data_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_volume, Unset):
            data_volume = self.data_volume.to_dict()

        server_type: str | Unset = UNSET
        if not isinstance(self.server_type, Unset):
            server_type = self.server_type.value

        user_data = self.user_data

        hps_cluster_id = self.hps_cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_id": image_id,
                "name": name,
                "network": network,
            }
        )
        if admin_pass is not UNSET:
            field_dict["admin_pass"] = admin_pass
        if arch is not UNSET:
            field_dict["arch"] = arch
        if availability_zone is not UNSET:
            field_dict["availability_zone"] = availability_zone
        if charging_info is not UNSET:
            field_dict["charging_info"] = charging_info
        if count is not UNSET:
            field_dict["count"] = count
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if resource_flavor is not UNSET:
            field_dict["resource_flavor"] = resource_flavor
        if key_pair_name is not UNSET:
            field_dict["key_pair_name"] = key_pair_name
        if root_volume is not UNSET:
            field_dict["root_volume"] = root_volume
        if data_volume is not UNSET:
            field_dict["data_volume"] = data_volume
        if server_type is not UNSET:
            field_dict["server_type"] = server_type
        if user_data is not UNSET:
            field_dict["user_data"] = user_data
        if hps_cluster_id is not UNSET:
            field_dict["hps_cluster_id"] = hps_cluster_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_server_charging_info import DevServerChargingInfo  # noqa: PLC0415
        from ..models.dev_server_data_volume import DevServerDataVolume  # noqa: PLC0415
        from ..models.dev_server_network import DevServerNetwork  # noqa: PLC0415
        from ..models.dev_server_root_volume import DevServerRootVolume  # noqa: PLC0415

        d = dict(src_dict)
        image_id = d.pop("image_id")

        name = d.pop("name")

        network = DevServerNetwork.from_dict(d.pop("network"))

        admin_pass = d.pop("admin_pass", UNSET)

        _arch = d.pop("arch", UNSET)
        arch: DevServerCreateRequestArch | Unset
        if isinstance(_arch, Unset):
            arch = UNSET
        else:
            arch = DevServerCreateRequestArch.from_json(_arch)

        availability_zone = d.pop("availability_zone", UNSET)

        _charging_info = d.pop("charging_info", UNSET)
        charging_info: DevServerChargingInfo | Unset
        if isinstance(_charging_info, Unset) or _charging_info is None:
            charging_info = UNSET
        else:
            charging_info = DevServerChargingInfo.from_dict(_charging_info)

        count = d.pop("count", UNSET)

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)

        flavor = d.pop("flavor", UNSET)

        resource_flavor = d.pop("resource_flavor", UNSET)

        key_pair_name = d.pop("key_pair_name", UNSET)

        _root_volume = d.pop("root_volume", UNSET)
        root_volume: DevServerRootVolume | Unset
        if isinstance(_root_volume, Unset) or _root_volume is None:
            root_volume = UNSET
        else:
            root_volume = DevServerRootVolume.from_dict(_root_volume)

        _data_volume = d.pop("data_volume", UNSET)
        data_volume: DevServerDataVolume | Unset
        if isinstance(_data_volume, Unset) or _data_volume is None:
            data_volume = UNSET
        else:
            data_volume = DevServerDataVolume.from_dict(_data_volume)

        _server_type = d.pop("server_type", UNSET)
        server_type: DevServerCreateRequestServerType | Unset
        if isinstance(_server_type, Unset):
            server_type = UNSET
        else:
            server_type = DevServerCreateRequestServerType.from_json(_server_type)

        user_data = d.pop("user_data", UNSET)

        hps_cluster_id = d.pop("hps_cluster_id", UNSET)

        dev_server_create_request = cls(
            image_id,
            name,
            network,
            admin_pass,
            arch,
            availability_zone,
            charging_info,
            count,
            enterprise_project_id,
            flavor,
            resource_flavor,
            key_pair_name,
            root_volume,
            data_volume,
            server_type,
            user_data,
            hps_cluster_id,
        )

        dev_server_create_request.additional_properties = d
        return dev_server_create_request

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
