from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_node_instance_status import ServiceNodeInstanceStatus
from ..models.service_node_state import ServiceNodeState
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceNode")


@_attrs_define
class ServiceNode:
    """An edge node running an edge service.

    Attributes:
        id (str | Unset): Node ID.
        name (str | Unset): Node name.
        instance_status (ServiceNodeInstanceStatus | Unset): Status of the model instance on the node (the reason for
            failed or notReady is in message).
        predict_url (str | Unset): Inference URL on the node.
        node_label (str | Unset): Node label.
        description (str | Unset): Description.
        host_name (str | Unset): Host name.
        os_name (str | Unset): Operating system name.
        os_type (str | Unset): Operating system type.
        os_version (str | Unset): Operating system version.
        arch (str | Unset): Architecture.
        cpu (int | Unset): Number of CPUs.
        memory (int | Unset): Memory in MB.
        gpu_num (int | Unset): Number of GPUs.
        enable_gpu (str | Unset): Whether the GPU is enabled (typed Boolean by the current edition).
        host_ips (list[str] | Unset): IP addresses of the host.
        deployment_num (int | Unset): Number of application instances on the node.
        state (ServiceNodeState | Unset): Host state: `RUNNING`, `FAIL` (faulty) or `UNCONNECTED` (disconnected).
        created_at (str | Unset): Creation time, `YYYY-MM-DDThh:mm:ss` (UTC).
        updated_at (str | Unset): Update time, `YYYY-MM-DDThh:mm:ss` (UTC).
        message (str | Unset): Why the instance is failed or notReady.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    instance_status: ServiceNodeInstanceStatus | Unset = UNSET
    predict_url: str | Unset = UNSET
    node_label: str | Unset = UNSET
    description: str | Unset = UNSET
    host_name: str | Unset = UNSET
    os_name: str | Unset = UNSET
    os_type: str | Unset = UNSET
    os_version: str | Unset = UNSET
    arch: str | Unset = UNSET
    cpu: int | Unset = UNSET
    memory: int | Unset = UNSET
    gpu_num: int | Unset = UNSET
    enable_gpu: str | Unset = UNSET
    host_ips: list[str] | Unset = UNSET
    deployment_num: int | Unset = UNSET
    state: ServiceNodeState | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        instance_status: str | Unset = UNSET
        if not isinstance(self.instance_status, Unset):
            instance_status = self.instance_status.value

        predict_url = self.predict_url

        node_label = self.node_label

        description = self.description

        host_name = self.host_name

        os_name = self.os_name

        os_type = self.os_type

        os_version = self.os_version

        arch = self.arch

        cpu = self.cpu

        memory = self.memory

        gpu_num = self.gpu_num

        enable_gpu = self.enable_gpu

        host_ips: list[str] | Unset = UNSET
        if not isinstance(self.host_ips, Unset):
            host_ips = self.host_ips

        deployment_num = self.deployment_num

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        created_at = self.created_at

        updated_at = self.updated_at

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if instance_status is not UNSET:
            field_dict["instance_status"] = instance_status
        if predict_url is not UNSET:
            field_dict["predict_url"] = predict_url
        if node_label is not UNSET:
            field_dict["node_label"] = node_label
        if description is not UNSET:
            field_dict["description"] = description
        if host_name is not UNSET:
            field_dict["host_name"] = host_name
        if os_name is not UNSET:
            field_dict["os_name"] = os_name
        if os_type is not UNSET:
            field_dict["os_type"] = os_type
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if arch is not UNSET:
            field_dict["arch"] = arch
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if gpu_num is not UNSET:
            field_dict["gpu_num"] = gpu_num
        if enable_gpu is not UNSET:
            field_dict["enable_gpu"] = enable_gpu
        if host_ips is not UNSET:
            field_dict["host_ips"] = host_ips
        if deployment_num is not UNSET:
            field_dict["deployment_num"] = deployment_num
        if state is not UNSET:
            field_dict["state"] = state
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _instance_status = d.pop("instance_status", UNSET)
        instance_status: ServiceNodeInstanceStatus | Unset
        if isinstance(_instance_status, Unset):
            instance_status = UNSET
        else:
            instance_status = ServiceNodeInstanceStatus.from_json(_instance_status)

        predict_url = d.pop("predict_url", UNSET)

        node_label = d.pop("node_label", UNSET)

        description = d.pop("description", UNSET)

        host_name = d.pop("host_name", UNSET)

        os_name = d.pop("os_name", UNSET)

        os_type = d.pop("os_type", UNSET)

        os_version = d.pop("os_version", UNSET)

        arch = d.pop("arch", UNSET)

        cpu = d.pop("cpu", UNSET)

        memory = d.pop("memory", UNSET)

        gpu_num = d.pop("gpu_num", UNSET)

        enable_gpu = d.pop("enable_gpu", UNSET)

        host_ips = cast(list[str], d.pop("host_ips", UNSET))

        deployment_num = d.pop("deployment_num", UNSET)

        _state = d.pop("state", UNSET)
        state: ServiceNodeState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ServiceNodeState.from_json(_state)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        message = d.pop("message", UNSET)

        service_node = cls(
            id,
            name,
            instance_status,
            predict_url,
            node_label,
            description,
            host_name,
            os_name,
            os_type,
            os_version,
            arch,
            cpu,
            memory,
            gpu_num,
            enable_gpu,
            host_ips,
            deployment_num,
            state,
            created_at,
            updated_at,
            message,
        )

        service_node.additional_properties = d
        return service_node

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
