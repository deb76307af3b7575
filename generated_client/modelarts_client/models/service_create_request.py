from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_infer_type import ServiceInferType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_config_batch import ServiceConfigBatch
    from ..models.service_config_edge import ServiceConfigEdge
    from ..models.service_config_real_time import ServiceConfigRealTime
    from ..models.service_schedule import ServiceSchedule


T = TypeVar("T", bound="ServiceCreateRequest")


@_attrs_define
class ServiceCreateRequest:
    """Body of a request to deploy a model as a service.

    Attributes:
        service_name (str): Service name: 1 to 64 letters, Chinese characters, digits, hyphens or underscores.
        infer_type (ServiceInferType): Inference mode: `real-time` (long-running service), `batch` (runs its tasks, then
            stops by itself), `edge` (deployed on Intelligent EdgeFabric nodes created beforehand).
        config (list[ServiceConfigBatch | ServiceConfigEdge | ServiceConfigRealTime]): Model run configuration; its
            shape follows the service's infer_type: ServiceConfigRealTime (one or more models), ServiceConfigBatch or
            ServiceConfigEdge (one model; extra models are ignored). The item is an anyOf because the shape depends on
            infer_type, which sits outside the item.
        description (str | Unset): Service description, at most 100 characters. Empty by default.
        workspace_id (str | Unset): Workspace of the service. `0`, the default workspace, by default. Default: '0'.
        vpc_id (str | Unset): VPC for the instances of a real-time service. By default each user gets an isolated VPC
            from ModelArts. Cannot be changed once set; ignored when cluster_id is set.
        subnet_network_id (str | Unset): Network ID of a subnet of vpc_id. Needed when vpc_id is set.
        security_group_id (str | Unset): Security group of the instances. Needed when vpc_id is set; it must allow
            inbound TCP from 0.0.0.0/0 on port 8080.
        cluster_id (str | Unset): Dedicated resource pool to deploy in (its status must be normal); its network settings
            are then used and vpc_id is ignored. A cluster_id inside a real-time config item overrides it.
        schedule (list[ServiceSchedule] | Unset): Scheduling rules (real-time services only). None by default: the
            service runs until stopped.
        additional_properties (ServiceAdditionalProperties | Unset): Extra service attributes used for managing the
            service (a free-form map; the known key is smn_notification). Absent from responses when never set.
    """

    service_name: str
    infer_type: ServiceInferType
    config: list[ServiceConfigBatch | ServiceConfigEdge | ServiceConfigRealTime]
    description: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    vpc_id: str | Unset = UNSET
    subnet_network_id: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    schedule: list[ServiceSchedule] | Unset = UNSET
    additional_properties: ServiceAdditionalProperties | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_config_batch import ServiceConfigBatch  # noqa: PLC0415
        from ..models.service_config_real_time import ServiceConfigRealTime  # noqa: PLC0415

        service_name = self.service_name

        infer_type = self.infer_type.value

        config = []
        for config_item_data in self.config:
            config_item: dict[str, Any]
            if isinstance(config_item_data, ServiceConfigRealTime):
                config_item = config_item_data.to_dict()
            elif isinstance(config_item_data, ServiceConfigBatch):
                config_item = config_item_data.to_dict()
            else:
                config_item = config_item_data.to_dict()

            config.append(config_item)

        description = self.description

        workspace_id = self.workspace_id

        vpc_id = self.vpc_id

        subnet_network_id = self.subnet_network_id

        security_group_id = self.security_group_id

        cluster_id = self.cluster_id

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.extra_properties)
        field_dict.update(
            {
                "service_name": service_name,
                "infer_type": infer_type,
                "config": config,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if subnet_network_id is not UNSET:
            field_dict["subnet_network_id"] = subnet_network_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_additional_properties import ServiceAdditionalProperties  # noqa: PLC0415
        from ..models.service_config_batch import ServiceConfigBatch  # noqa: PLC0415
        from ..models.service_config_edge import ServiceConfigEdge  # noqa: PLC0415
        from ..models.service_config_real_time import ServiceConfigRealTime  # noqa: PLC0415
        from ..models.service_schedule import ServiceSchedule  # noqa: PLC0415

        d = dict(src_dict)
        service_name = d.pop("service_name")

        infer_type = ServiceInferType.from_json(d.pop("infer_type"))

        config = []
        _config = d.pop("config")
        for config_item_data in _config:

            def _parse_config_item(data: object) -> ServiceConfigBatch | ServiceConfigEdge | ServiceConfigRealTime:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    config_item_type_0 = ServiceConfigRealTime.from_dict(data)

                    return config_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    config_item_type_1 = ServiceConfigBatch.from_dict(data)

                    return config_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                config_item_type_2 = ServiceConfigEdge.from_dict(data)

                return config_item_type_2

            config_item = _parse_config_item(config_item_data)

            config.append(config_item)

        description = d.pop("description", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        vpc_id = d.pop("vpc_id", UNSET)

        subnet_network_id = d.pop("subnet_network_id", UNSET)

        security_group_id = d.pop("security_group_id", UNSET)

        cluster_id = d.pop("cluster_id", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: list[ServiceSchedule] | Unset = UNSET
        if _schedule is not UNSET and _schedule is not None:
            schedule = []
            for schedule_item_data in _schedule:
                schedule_item = ServiceSchedule.from_dict(schedule_item_data)

                schedule.append(schedule_item)

        _additional_properties = d.pop("additional_properties", UNSET)
        additional_properties: ServiceAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset) or _additional_properties is None:
            additional_properties = UNSET
        else:
            additional_properties = ServiceAdditionalProperties.from_dict(_additional_properties)

        service_create_request = cls(
            service_name,
            infer_type,
            config,
            description,
            workspace_id,
            vpc_id,
            subnet_network_id,
            security_group_id,
            cluster_id,
            schedule,
            additional_properties,
        )

        service_create_request.extra_properties = d
        return service_create_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.extra_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.extra_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.extra_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.extra_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.extra_properties
