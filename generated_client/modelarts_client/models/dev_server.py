from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_category import DevServerCategory
from ..models.dev_server_charging_mode import DevServerChargingMode
from ..models.dev_server_status import DevServerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_server_cloud_server import DevServerCloudServer
    from ..models.dev_server_endpoint import DevServerEndpoint
    from ..models.dev_server_endpoint_info import DevServerEndpointInfo
    from ..models.dev_server_image import DevServerImage
    from ..models.dev_server_supernode_ref import DevServerSupernodeRef
    from ..models.dev_server_volume import DevServerVolume


T = TypeVar("T", bound="DevServer")


@_attrs_define
class DevServer:
    """A Lite Server instance (an elastic cloud, bare metal or supernode server), as shown, listed, created, deleted,
    started, stopped or rebooted.

        Attributes:
            create_at (int | Unset): Creation time, Unix epoch milliseconds.
            update_at (int | Unset): Time of the last update, Unix epoch milliseconds.
            charging_mode (DevServerChargingMode | Unset): Billing mode: POST_PAID (pay-per-use), PRE_PAID (yearly/monthly)
                or COMMON (both offered); PRE_PAID and COMMON exist only in some regions.
            cloud_server (DevServerCloudServer | Unset): The compute resource behind a Lite Server.
            endpoints_response (list[DevServerEndpoint] | Unset): Access points of the instance (services and their
                settings).
            flavor (str | Unset): Name of the instance's flavor, 1 to 128 characters.
            id (str | Unset): Instance ID (a UUID).
            key_pair_name (str | Unset): Name of the key pair used to log in, 1 to 64 letters, digits, hyphens, underscores
                or dots.
            name (str | Unset): Instance name, 1 to 64 letters, digits, hyphens, underscores or dots.
            order_id (str | Unset): ID of the order that bought the instance (yearly/monthly billing), 1 to 64 letters or
                digits.
            server_image_response (DevServerImage | Unset): An operating system image: one of the Lite Server image
                catalogue, or the one a server runs.
            status (DevServerStatus | Unset): Instance status. In progress: CREATING, STARTING, STOPPING, REBOOTING,
                CHANGINGOS (OS being changed), REINSTALLINGOS (OS being reinstalled), DELETING. Settled: RUNNING, STOPPED,
                DELETED. Failed: CREATE_FAILED, START_FAILED, STOP_FAILED, REBOOT_FAILED, CHANGINGOS_FAILED,
                REINSTALLINGOS_FAILED, DELETE_FAILED, ERROR.
            vpc_id (str | Unset): ID of the VPC the instance is in (a UUID).
            endpoints (list[DevServerEndpointInfo] | Unset): Private addresses of the server and the services reachable
                there.
            volumes (list[DevServerVolume] | Unset): Disks attached to the server (system and data disks).
            image (DevServerImage | Unset): An operating system image: one of the Lite Server image catalogue, or the one a
                server runs.
            category (DevServerCategory | Unset): What the server belongs to: HPS (a supernode), SPOD (a whole rack) or
                SERVER (a single server). Listed for some regions only.
            server_hps (DevServerSupernodeRef | Unset): The supernode a server belongs to.
            subnet_id (str | Unset): ID of the subnet the instance is in (a UUID).
    """

    create_at: int | Unset = UNSET
    update_at: int | Unset = UNSET
    charging_mode: DevServerChargingMode | Unset = UNSET
    cloud_server: DevServerCloudServer | Unset = UNSET
    endpoints_response: list[DevServerEndpoint] | Unset = UNSET
    flavor: str | Unset = UNSET
    id: str | Unset = UNSET
    key_pair_name: str | Unset = UNSET
    name: str | Unset = UNSET
    order_id: str | Unset = UNSET
    server_image_response: DevServerImage | Unset = UNSET
    status: DevServerStatus | Unset = UNSET
    vpc_id: str | Unset = UNSET
    endpoints: list[DevServerEndpointInfo] | Unset = UNSET
    volumes: list[DevServerVolume] | Unset = UNSET
    image: DevServerImage | Unset = UNSET
    category: DevServerCategory | Unset = UNSET
    server_hps: DevServerSupernodeRef | Unset = UNSET
    subnet_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_at = self.create_at

        update_at = self.update_at

        charging_mode: str | Unset = UNSET
        if not isinstance(self.charging_mode, Unset):
            charging_mode = self.charging_mode.value

        cloud_server: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cloud_server, Unset):
            cloud_server = self.cloud_server.to_dict()

        endpoints_response: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints_response, Unset):
            endpoints_response = []
            for endpoints_response_item_data in self.endpoints_response:
                endpoints_response_item = endpoints_response_item_data.to_dict()
                endpoints_response.append(endpoints_response_item)

        flavor = self.flavor

        id = self.id

        key_pair_name = self.key_pair_name

        name = self.name

        order_id = self.order_id

        server_image_response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_image_response, Unset):
            server_image_response = self.server_image_response.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        vpc_id = self.vpc_id

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        server_hps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_hps, Unset):
            server_hps = self.server_hps.to_dict()

        subnet_id = self.subnet_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if update_at is not UNSET:
            field_dict["update_at"] = update_at
        if charging_mode is not UNSET:
            field_dict["charging_mode"] = charging_mode
        if cloud_server is not UNSET:
            field_dict["cloud_server"] = cloud_server
        if endpoints_response is not UNSET:
            field_dict["endpoints_response"] = endpoints_response
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if id is not UNSET:
            field_dict["id"] = id
        if key_pair_name is not UNSET:
            field_dict["key_pair_name"] = key_pair_name
        if name is not UNSET:
            field_dict["name"] = name
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if server_image_response is not UNSET:
            field_dict["server_image_response"] = server_image_response
        if status is not UNSET:
            field_dict["status"] = status
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if image is not UNSET:
            field_dict["image"] = image
        if category is not UNSET:
            field_dict["category"] = category
        if server_hps is not UNSET:
            field_dict["server_hps"] = server_hps
        if subnet_id is not UNSET:
            field_dict["subnet_id"] = subnet_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_server_cloud_server import DevServerCloudServer  # noqa: PLC0415
        from ..models.dev_server_endpoint import DevServerEndpoint  # noqa: PLC0415
        from ..models.dev_server_endpoint_info import DevServerEndpointInfo  # noqa: PLC0415
        from ..models.dev_server_image import DevServerImage  # noqa: PLC0415
        from ..models.dev_server_supernode_ref import DevServerSupernodeRef  # noqa: PLC0415
        from ..models.dev_server_volume import DevServerVolume  # noqa: PLC0415

        d = dict(src_dict)
        create_at = d.pop("create_at", UNSET)

        update_at = d.pop("update_at", UNSET)

        _charging_mode = d.pop("charging_mode", UNSET)
        charging_mode: DevServerChargingMode | Unset
        if isinstance(_charging_mode, Unset):
            charging_mode = UNSET
        else:
            charging_mode = DevServerChargingMode.from_json(_charging_mode)

        _cloud_server = d.pop("cloud_server", UNSET)
        cloud_server: DevServerCloudServer | Unset
        if isinstance(_cloud_server, Unset) or _cloud_server is None:
            cloud_server = UNSET
        else:
            cloud_server = DevServerCloudServer.from_dict(_cloud_server)

        _endpoints_response = d.pop("endpoints_response", UNSET)
        endpoints_response: list[DevServerEndpoint] | Unset = UNSET
        if _endpoints_response is not UNSET and _endpoints_response is not None:
            endpoints_response = []
            for endpoints_response_item_data in _endpoints_response:
                endpoints_response_item = DevServerEndpoint.from_dict(endpoints_response_item_data)

                endpoints_response.append(endpoints_response_item)

        flavor = d.pop("flavor", UNSET)

        id = d.pop("id", UNSET)

        key_pair_name = d.pop("key_pair_name", UNSET)

        name = d.pop("name", UNSET)

        order_id = d.pop("order_id", UNSET)

        _server_image_response = d.pop("server_image_response", UNSET)
        server_image_response: DevServerImage | Unset
        if isinstance(_server_image_response, Unset) or _server_image_response is None:
            server_image_response = UNSET
        else:
            server_image_response = DevServerImage.from_dict(_server_image_response)

        _status = d.pop("status", UNSET)
        status: DevServerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DevServerStatus.from_json(_status)

        vpc_id = d.pop("vpc_id", UNSET)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[DevServerEndpointInfo] | Unset = UNSET
        if _endpoints is not UNSET and _endpoints is not None:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = DevServerEndpointInfo.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[DevServerVolume] | Unset = UNSET
        if _volumes is not UNSET and _volumes is not None:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = DevServerVolume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _image = d.pop("image", UNSET)
        image: DevServerImage | Unset
        if isinstance(_image, Unset) or _image is None:
            image = UNSET
        else:
            image = DevServerImage.from_dict(_image)

        _category = d.pop("category", UNSET)
        category: DevServerCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = DevServerCategory.from_json(_category)

        _server_hps = d.pop("server_hps", UNSET)
        server_hps: DevServerSupernodeRef | Unset
        if isinstance(_server_hps, Unset) or _server_hps is None:
            server_hps = UNSET
        else:
            server_hps = DevServerSupernodeRef.from_dict(_server_hps)

        subnet_id = d.pop("subnet_id", UNSET)

        dev_server = cls(
            create_at,
            update_at,
            charging_mode,
            cloud_server,
            endpoints_response,
            flavor,
            id,
            key_pair_name,
            name,
            order_id,
            server_image_response,
            status,
            vpc_id,
            endpoints,
            volumes,
            image,
            category,
            server_hps,
            subnet_id,
        )

        dev_server.additional_properties = d
        return dev_server

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
