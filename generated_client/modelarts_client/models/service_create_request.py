from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_infer_type import ServiceInferType
from ..models.service_load_balancer_policy import ServiceLoadBalancerPolicy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_config_batch import ServiceConfigBatch
    from ..models.service_config_edge import ServiceConfigEdge
    from ..models.service_config_real_time import ServiceConfigRealTime
    from ..models.service_schedule import ServiceSchedule
    from ..models.service_secret import ServiceSecret


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
        description (str | Unset): Service description, at most 100 characters. Empty by default. The current edition
            forbids the characters ! < > + & " ' in it.
        workspace_id (str | Unset): Workspace of the service. `0`, the default workspace, by default. Default: '0'.
        vpc_id (str | Unset): VPC for the instances of a real-time service. By default each user gets an isolated VPC
            from ModelArts. Cannot be changed once set; ignored when cluster_id is set.
        subnet_network_id (str | Unset): Network ID of a subnet of vpc_id. Needed when vpc_id is set.
        security_group_id (str | Unset): Security group of the instances. Needed when vpc_id is set; it must allow
            inbound TCP from 0.0.0.0/0 on port 8080.
        cluster_id (str | Unset): Resource pool to deploy in (its status must be normal). For real-time and batch
            services an old-generation dedicated pool, whose network settings are then used (vpc_id is ignored); pool_name
            takes precedence over it. For edge services the edge resource pool. A cluster_id or pool_name inside a config
            item overrides it. Without cluster_id and pool_name the public pool is used.
        schedule (list[ServiceSchedule] | Unset): Scheduling rules (real-time services only). None by default: the
            service runs until stopped.
        additional_properties (ServiceAdditionalProperties | Unset): Extra service attributes used for managing the
            service (a free-form map; the known keys are smn_notification, log_report_channels and websocket_upgrade).
            Absent from responses when never set.
        pool_name (str | Unset): Dedicated resource pool (elastic cluster of the new-generation pools, see
            list_pools_v2) to deploy a real-time or batch service in; its status must be normal. Takes precedence over
            cluster_id; a cluster_id or pool_name inside a config item overrides it.
        load_balancer_policy (ServiceLoadBalancerPolicy | Unset): How the backend load balancer spreads the requests of
            a synchronous real-time service: `ROUND_ROBIN` (weighted round robin), `LEAST_CONNECTIONS` (weighted least
            connections) or `SOURCE_IP` (by source IP address).
        service_secrets (list[ServiceSecret] | Unset): Secrets mounted into the service's containers.
        priority (int | Unset): Preemption priority of a real-time or batch service, 1 to 3; services of higher priority
            are scheduled first.
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
    pool_name: str | Unset = UNSET
    load_balancer_policy: ServiceLoadBalancerPolicy | Unset = UNSET
    service_secrets: list[ServiceSecret] | Unset = UNSET
    priority: int | Unset = UNSET
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

        pool_name = self.pool_name

        load_balancer_policy: str | Unset = UNSET
        if not isinstance(self.load_balancer_policy, Unset):
            load_balancer_policy = self.load_balancer_policy.value

        service_secrets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.service_secrets, Unset):
            service_secrets = []
            for service_secrets_item_data in self.service_secrets:
                service_secrets_item = service_secrets_item_data.to_dict()
                service_secrets.append(service_secrets_item)

        priority = self.priority

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
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if load_balancer_policy is not UNSET:
            field_dict["load_balancer_policy"] = load_balancer_policy
        if service_secrets is not UNSET:
            field_dict["service_secrets"] = service_secrets
        if priority is not UNSET:
            field_dict["priority"] = priority

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
        from ..models.service_secret import ServiceSecret  # noqa: PLC0415

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

        pool_name = d.pop("pool_name", UNSET)

        _load_balancer_policy = d.pop("load_balancer_policy", UNSET)
        load_balancer_policy: ServiceLoadBalancerPolicy | Unset
        if isinstance(_load_balancer_policy, Unset):
            load_balancer_policy = UNSET
        else:
            load_balancer_policy = ServiceLoadBalancerPolicy.from_json(_load_balancer_policy)

        _service_secrets = d.pop("service_secrets", UNSET)
        service_secrets: list[ServiceSecret] | Unset = UNSET
        if _service_secrets is not UNSET and _service_secrets is not None:
            service_secrets = []
            for service_secrets_item_data in _service_secrets:
                service_secrets_item = ServiceSecret.from_dict(service_secrets_item_data)

                service_secrets.append(service_secrets_item)

        priority = d.pop("priority", UNSET)

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
            pool_name,
            load_balancer_policy,
            service_secrets,
            priority,
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
