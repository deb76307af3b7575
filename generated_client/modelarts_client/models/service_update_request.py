from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_load_balancer_policy import ServiceLoadBalancerPolicy
from ..models.service_update_request_status import ServiceUpdateRequestStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_config_batch import ServiceConfigBatch
    from ..models.service_config_edge import ServiceConfigEdge
    from ..models.service_config_real_time import ServiceConfigRealTime
    from ..models.service_schedule import ServiceSchedule
    from ..models.service_secret import ServiceSecret


T = TypeVar("T", bound="ServiceUpdateRequest")


@_attrs_define
class ServiceUpdateRequest:
    """Body of a request to update a service or to start/stop it. status and config cannot be changed in the same call:
    when both are given only status is applied.

        Attributes:
            description (str | Unset): New description, at most 100 characters. Unchanged when absent. The current edition
                forbids the characters < > = & " ' in it.
            status (ServiceUpdateRequestStatus | Unset): Target status: `running` starts the service, `stopped` stops it.
                Unchanged when absent.
            config (list[ServiceConfigBatch | ServiceConfigEdge | ServiceConfigRealTime] | Unset): Model run configuration;
                its shape follows the service's infer_type: ServiceConfigRealTime (one or more models), ServiceConfigBatch or
                ServiceConfigEdge (one model; extra models are ignored). The item is an anyOf because the shape depends on
                infer_type, which sits outside the item. Unchanged when absent; a config change sets the service's update_time.
            schedule (list[ServiceSchedule] | Unset): Scheduling rules (real-time services only).
            additional_properties (ServiceAdditionalProperties | Unset): Extra service attributes used for managing the
                service (a free-form map; the known keys are smn_notification, log_report_channels and websocket_upgrade).
                Absent from responses when never set.
            load_balancer_policy (ServiceLoadBalancerPolicy | Unset): How the backend load balancer spreads the requests of
                a synchronous real-time service: `ROUND_ROBIN` (weighted round robin), `LEAST_CONNECTIONS` (weighted least
                connections) or `SOURCE_IP` (by source IP address).
            service_secrets (list[ServiceSecret] | Unset): Secrets mounted into the service's containers. Unchanged when
                absent.
            priority (int | Unset): Preemption priority of a real-time or batch service, 1 to 3; services of higher priority
                are scheduled first.
    """

    description: str | Unset = UNSET
    status: ServiceUpdateRequestStatus | Unset = UNSET
    config: list[ServiceConfigBatch | ServiceConfigEdge | ServiceConfigRealTime] | Unset = UNSET
    schedule: list[ServiceSchedule] | Unset = UNSET
    additional_properties: ServiceAdditionalProperties | Unset = UNSET
    load_balancer_policy: ServiceLoadBalancerPolicy | Unset = UNSET
    service_secrets: list[ServiceSecret] | Unset = UNSET
    priority: int | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_config_batch import ServiceConfigBatch  # noqa: PLC0415
        from ..models.service_config_real_time import ServiceConfigRealTime  # noqa: PLC0415

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
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

        schedule: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = []
            for schedule_item_data in self.schedule:
                schedule_item = schedule_item_data.to_dict()
                schedule.append(schedule_item)

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

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
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if config is not UNSET:
            field_dict["config"] = config
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties
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
        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: ServiceUpdateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ServiceUpdateRequestStatus.from_json(_status)

        _config = d.pop("config", UNSET)
        config: list[ServiceConfigBatch | ServiceConfigEdge | ServiceConfigRealTime] | Unset = UNSET
        if _config is not UNSET and _config is not None:
            config = []
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

        service_update_request = cls(
            description,
            status,
            config,
            schedule,
            additional_properties,
            load_balancer_policy,
            service_secrets,
            priority,
        )

        service_update_request.extra_properties = d
        return service_update_request

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
