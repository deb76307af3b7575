from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_infer_type import ServiceInferType
from ..models.service_load_balancer_policy import ServiceLoadBalancerPolicy
from ..models.service_status import ServiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_config_batch_detail import ServiceConfigBatchDetail
    from ..models.service_config_edge_detail import ServiceConfigEdgeDetail
    from ..models.service_config_real_time_detail import ServiceConfigRealTimeDetail
    from ..models.service_schedule import ServiceSchedule


T = TypeVar("T", bound="ServiceDetail")


@_attrs_define
class ServiceDetail:
    """Full description of a service.

    Attributes:
        service_id (str | Unset): Service ID.
        service_name (str | Unset): Service name.
        description (str | Unset): Service description.
        tenant (str | Unset): Tenant owning the service.
        project (str | Unset): Project owning the service.
        owner (str | Unset): User owning the service.
        publish_at (int | Unset): Time of the latest release. Epoch milliseconds (UTC).
        infer_type (ServiceInferType | Unset): Inference mode: `real-time` (long-running service), `batch` (runs its
            tasks, then stops by itself), `edge` (deployed on Intelligent EdgeFabric nodes created beforehand).
        workspace_id (str | Unset): Workspace ID.
        cluster_id (str | Unset): Dedicated resource pool (old generation) of a real-time or batch service, or edge
            resource pool of an edge service; present only when one is used.
        vpc_id (str | Unset): VPC of a real-time service; present when the network was customised.
        subnet_network_id (str | Unset): Subnet of a real-time service; present when the network was customised.
        security_group_id (str | Unset): Security group of a real-time service; present when the network was customised.
        status (ServiceStatus | Unset): Service status. `running`: healthy; `deploying`: being deployed or waiting for
            resources; `concerning`: some backend instances are unhealthy; `failed`: deployment failed (see the events and
            logs); `stopped`: stopped; `finished`: a batch service that has completed its run (batch only); `stopping`:
            being stopped; `deleting`: being deleted; `pending`: pending (real-time only); `waiting`: queued for resources
            (real-time only). The last four were added by the current edition.
        progress (int | Unset): Deployment progress in percent; meaningful while deploying.
        error_msg (str | Unset): Cause of the failure when status is failed.
        config (list[ServiceConfigBatchDetail | ServiceConfigEdgeDetail | ServiceConfigRealTimeDetail] | Unset): Model
            configuration; the shape follows infer_type. anyOf because the shape depends on infer_type outside the item: a
            batch item carries src_path/dest_path, an edge item nodes; anything else (real-time, or a shared service's
            reduced item) is ServiceConfigRealTimeDetail, which is listed last as the catch-all.
        access_address (str | Unset): Inference address (real-time services).
        bind_access_address (str | Unset): Inference address under a bound custom domain name; present once a domain is
            bound.
        invocation_times (int | Unset): Total number of calls.
        failed_times (int | Unset): Number of failed calls.
        is_shared (bool | Unset): Whether the service is a subscribed (shared) service.
        shared_count (int | Unset): Number of subscriptions.
        schedule (list[ServiceSchedule] | Unset): Scheduling rules; absent when none is set.
        update_time (int | Unset): Time the configuration in use was last updated. Epoch milliseconds (UTC).
        debug_url (str | Unset): Online debugging address of a real-time service; present only when the model supports
            debugging and there is a single instance.
        due_time (int | Unset): Time at which a real-time service stops by itself. Epoch milliseconds (UTC).
        operation_time (int | Unset): Time of the request's operation. Epoch milliseconds (UTC).
        transition_at (int | Unset): Time of the latest status change. Epoch milliseconds (UTC).
        is_free (bool | Unset): Whether the service uses a free flavor.
        additional_properties (ServiceAdditionalProperties | Unset): Extra service attributes used for managing the
            service (a free-form map; the known keys are smn_notification, log_report_channels and websocket_upgrade).
            Absent from responses when never set.
        pool_name (str | Unset): Dedicated resource pool (new generation) of a real-time or batch service; present only
            when one is used.
        load_balancer_policy (ServiceLoadBalancerPolicy | Unset): How the backend load balancer spreads the requests of
            a synchronous real-time service: `ROUND_ROBIN` (weighted round robin), `LEAST_CONNECTIONS` (weighted least
            connections) or `SOURCE_IP` (by source IP address).
        priority (int | Unset): Preemption priority, 1 to 3.
    """

    service_id: str | Unset = UNSET
    service_name: str | Unset = UNSET
    description: str | Unset = UNSET
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    publish_at: int | Unset = UNSET
    infer_type: ServiceInferType | Unset = UNSET
    workspace_id: str | Unset = UNSET
    cluster_id: str | Unset = UNSET
    vpc_id: str | Unset = UNSET
    subnet_network_id: str | Unset = UNSET
    security_group_id: str | Unset = UNSET
    status: ServiceStatus | Unset = UNSET
    progress: int | Unset = UNSET
    error_msg: str | Unset = UNSET
    config: list[ServiceConfigBatchDetail | ServiceConfigEdgeDetail | ServiceConfigRealTimeDetail] | Unset = UNSET
    access_address: str | Unset = UNSET
    bind_access_address: str | Unset = UNSET
    invocation_times: int | Unset = UNSET
    failed_times: int | Unset = UNSET
    is_shared: bool | Unset = UNSET
    shared_count: int | Unset = UNSET
    schedule: list[ServiceSchedule] | Unset = UNSET
    update_time: int | Unset = UNSET
    debug_url: str | Unset = UNSET
    due_time: int | Unset = UNSET
    operation_time: int | Unset = UNSET
    transition_at: int | Unset = UNSET
    is_free: bool | Unset = UNSET
    additional_properties: ServiceAdditionalProperties | Unset = UNSET
    pool_name: str | Unset = UNSET
    load_balancer_policy: ServiceLoadBalancerPolicy | Unset = UNSET
    priority: int | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_config_batch_detail import ServiceConfigBatchDetail  # noqa: PLC0415
        from ..models.service_config_edge_detail import ServiceConfigEdgeDetail  # noqa: PLC0415

        service_id = self.service_id

        service_name = self.service_name

        description = self.description

        tenant = self.tenant

        project = self.project

        owner = self.owner

        publish_at = self.publish_at

        infer_type: str | Unset = UNSET
        if not isinstance(self.infer_type, Unset):
            infer_type = self.infer_type.value

        workspace_id = self.workspace_id

        cluster_id = self.cluster_id

        vpc_id = self.vpc_id

        subnet_network_id = self.subnet_network_id

        security_group_id = self.security_group_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        progress = self.progress

        error_msg = self.error_msg

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item: dict[str, Any]
                if isinstance(config_item_data, ServiceConfigBatchDetail):
                    config_item = config_item_data.to_dict()
                elif isinstance(config_item_data, ServiceConfigEdgeDetail):
                    config_item = config_item_data.to_dict()
                else:
                    config_item = config_item_data.to_dict()

                config.append(config_item)

        access_address = self.access_address

        bind_access_address = self.bind_access_address

        invocation_times = self.invocation_times

        failed_times = self.failed_times

        is_shared = self.is_shared

        shared_count = self.shared_count

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        update_time = self.update_time

        debug_url = self.debug_url

        due_time = self.due_time

        operation_time = self.operation_time

        transition_at = self.transition_at

        is_free = self.is_free

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        pool_name = self.pool_name

        load_balancer_policy: str | Unset = UNSET
        if not isinstance(self.load_balancer_policy, Unset):
            load_balancer_policy = self.load_balancer_policy.value

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.extra_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if description is not UNSET:
            field_dict["description"] = description
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if project is not UNSET:
            field_dict["project"] = project
        if owner is not UNSET:
            field_dict["owner"] = owner
        if publish_at is not UNSET:
            field_dict["publish_at"] = publish_at
        if infer_type is not UNSET:
            field_dict["infer_type"] = infer_type
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if vpc_id is not UNSET:
            field_dict["vpc_id"] = vpc_id
        if subnet_network_id is not UNSET:
            field_dict["subnet_network_id"] = subnet_network_id
        if security_group_id is not UNSET:
            field_dict["security_group_id"] = security_group_id
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if config is not UNSET:
            field_dict["config"] = config
        if access_address is not UNSET:
            field_dict["access_address"] = access_address
        if bind_access_address is not UNSET:
            field_dict["bind_access_address"] = bind_access_address
        if invocation_times is not UNSET:
            field_dict["invocation_times"] = invocation_times
        if failed_times is not UNSET:
            field_dict["failed_times"] = failed_times
        if is_shared is not UNSET:
            field_dict["is_shared"] = is_shared
        if shared_count is not UNSET:
            field_dict["shared_count"] = shared_count
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if debug_url is not UNSET:
            field_dict["debug_url"] = debug_url
        if due_time is not UNSET:
            field_dict["due_time"] = due_time
        if operation_time is not UNSET:
            field_dict["operation_time"] = operation_time
        if transition_at is not UNSET:
            field_dict["transition_at"] = transition_at
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if load_balancer_policy is not UNSET:
            field_dict["load_balancer_policy"] = load_balancer_policy
        if priority is not UNSET:
            field_dict["priority"] = priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_additional_properties import ServiceAdditionalProperties  # noqa: PLC0415
        from ..models.service_config_batch_detail import ServiceConfigBatchDetail  # noqa: PLC0415
        from ..models.service_config_edge_detail import ServiceConfigEdgeDetail  # noqa: PLC0415
        from ..models.service_config_real_time_detail import ServiceConfigRealTimeDetail  # noqa: PLC0415
        from ..models.service_schedule import ServiceSchedule  # noqa: PLC0415

        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        service_name = d.pop("service_name", UNSET)

        description = d.pop("description", UNSET)

        tenant = d.pop("tenant", UNSET)

        project = d.pop("project", UNSET)

        owner = d.pop("owner", UNSET)

        publish_at = d.pop("publish_at", UNSET)

        _infer_type = d.pop("infer_type", UNSET)
        infer_type: ServiceInferType | Unset
        if isinstance(_infer_type, Unset):
            infer_type = UNSET
        else:
            infer_type = ServiceInferType.from_json(_infer_type)

        workspace_id = d.pop("workspace_id", UNSET)

        cluster_id = d.pop("cluster_id", UNSET)

        vpc_id = d.pop("vpc_id", UNSET)

        subnet_network_id = d.pop("subnet_network_id", UNSET)

        security_group_id = d.pop("security_group_id", UNSET)

        _status = d.pop("status", UNSET)
        status: ServiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ServiceStatus.from_json(_status)

        progress = d.pop("progress", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        _config = d.pop("config", UNSET)
        config: list[ServiceConfigBatchDetail | ServiceConfigEdgeDetail | ServiceConfigRealTimeDetail] | Unset = UNSET
        if _config is not UNSET and _config is not None:
            config = []
            for config_item_data in _config:

                def _parse_config_item(
                    data: object,
                ) -> ServiceConfigBatchDetail | ServiceConfigEdgeDetail | ServiceConfigRealTimeDetail:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        config_item_type_0 = ServiceConfigBatchDetail.from_dict(data)

                        return config_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        config_item_type_1 = ServiceConfigEdgeDetail.from_dict(data)

                        return config_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    config_item_type_2 = ServiceConfigRealTimeDetail.from_dict(data)

                    return config_item_type_2

                config_item = _parse_config_item(config_item_data)

                config.append(config_item)

        access_address = d.pop("access_address", UNSET)

        bind_access_address = d.pop("bind_access_address", UNSET)

        invocation_times = d.pop("invocation_times", UNSET)

        failed_times = d.pop("failed_times", UNSET)

        is_shared = d.pop("is_shared", UNSET)

        shared_count = d.pop("shared_count", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: list[ServiceSchedule] | Unset = UNSET
        if _schedule is not UNSET and _schedule is not None:
            schedule = []
            for schedule_item_data in _schedule:
                schedule_item = ServiceSchedule.from_dict(schedule_item_data)

                schedule.append(schedule_item)

        update_time = d.pop("update_time", UNSET)

        debug_url = d.pop("debug_url", UNSET)

        due_time = d.pop("due_time", UNSET)

        operation_time = d.pop("operation_time", UNSET)

        transition_at = d.pop("transition_at", UNSET)

        is_free = d.pop("is_free", UNSET)

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

        priority = d.pop("priority", UNSET)

        service_detail = cls(
            service_id,
            service_name,
            description,
            tenant,
            project,
            owner,
            publish_at,
            infer_type,
            workspace_id,
            cluster_id,
            vpc_id,
            subnet_network_id,
            security_group_id,
            status,
            progress,
            error_msg,
            config,
            access_address,
            bind_access_address,
            invocation_times,
            failed_times,
            is_shared,
            shared_count,
            schedule,
            update_time,
            debug_url,
            due_time,
            operation_time,
            transition_at,
            is_free,
            additional_properties,
            pool_name,
            load_balancer_policy,
            priority,
        )

        service_detail.extra_properties = d
        return service_detail

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
