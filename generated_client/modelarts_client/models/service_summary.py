from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_infer_type import ServiceInferType
from ..models.service_status import ServiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_additional_properties import ServiceAdditionalProperties
    from ..models.service_schedule import ServiceSchedule


T = TypeVar("T", bound="ServiceSummary")


@_attrs_define
class ServiceSummary:
    """A service as listed.

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
        status (ServiceStatus | Unset): Service status. `running`: healthy; `deploying`: being deployed or waiting for
            resources; `concerning`: some backend instances are unhealthy; `failed`: deployment failed (see the events and
            logs); `stopped`: stopped; `finished`: a batch service that has completed its run (batch only); `stopping`:
            being stopped; `deleting`: being deleted; `pending`: pending (real-time only); `waiting`: queued for resources
            (real-time only). The last four were added by the current edition.
        start_time (int | Unset): Start time of a batch service (batch only). Epoch milliseconds (UTC).
        finished_time (int | Unset): End time of a batch service (batch only). Epoch milliseconds (UTC).
        progress (int | Unset): Deployment progress in percent; meaningful while deploying.
        invocation_times (int | Unset): Total number of calls.
        failed_times (int | Unset): Number of failed calls.
        is_shared (bool | Unset): Whether the service is a subscribed (shared) service.
        shared_count (int | Unset): Number of subscriptions.
        schedule (list[ServiceSchedule] | Unset): Scheduling rules.
        due_time (int | Unset): Time at which a real-time service stops by itself. Epoch milliseconds (UTC).
        operation_time (int | Unset): Time of the request's operation. Epoch milliseconds (UTC).
        is_opened_sample_collection (bool | Unset): Whether data collection is enabled. False by default.
        transition_at (int | Unset): Time of the latest status change. Epoch milliseconds (UTC).
        is_free (bool | Unset): Whether the service uses a free flavor.
        additional_properties (ServiceAdditionalProperties | Unset): Extra service attributes used for managing the
            service (a free-form map; the known keys are smn_notification, log_report_channels and websocket_upgrade).
            Absent from responses when never set.
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
    status: ServiceStatus | Unset = UNSET
    start_time: int | Unset = UNSET
    finished_time: int | Unset = UNSET
    progress: int | Unset = UNSET
    invocation_times: int | Unset = UNSET
    failed_times: int | Unset = UNSET
    is_shared: bool | Unset = UNSET
    shared_count: int | Unset = UNSET
    schedule: list[ServiceSchedule] | Unset = UNSET
    due_time: int | Unset = UNSET
    operation_time: int | Unset = UNSET
    is_opened_sample_collection: bool | Unset = UNSET
    transition_at: int | Unset = UNSET
    is_free: bool | Unset = UNSET
    additional_properties: ServiceAdditionalProperties | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        start_time = self.start_time

        finished_time = self.finished_time

        progress = self.progress

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

        due_time = self.due_time

        operation_time = self.operation_time

        is_opened_sample_collection = self.is_opened_sample_collection

        transition_at = self.transition_at

        is_free = self.is_free

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

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
        if status is not UNSET:
            field_dict["status"] = status
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finished_time is not UNSET:
            field_dict["finished_time"] = finished_time
        if progress is not UNSET:
            field_dict["progress"] = progress
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
        if due_time is not UNSET:
            field_dict["due_time"] = due_time
        if operation_time is not UNSET:
            field_dict["operation_time"] = operation_time
        if is_opened_sample_collection is not UNSET:
            field_dict["is_opened_sample_collection"] = is_opened_sample_collection
        if transition_at is not UNSET:
            field_dict["transition_at"] = transition_at
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_additional_properties import ServiceAdditionalProperties  # noqa: PLC0415
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

        _status = d.pop("status", UNSET)
        status: ServiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ServiceStatus.from_json(_status)

        start_time = d.pop("start_time", UNSET)

        finished_time = d.pop("finished_time", UNSET)

        progress = d.pop("progress", UNSET)

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

        due_time = d.pop("due_time", UNSET)

        operation_time = d.pop("operation_time", UNSET)

        is_opened_sample_collection = d.pop("is_opened_sample_collection", UNSET)

        transition_at = d.pop("transition_at", UNSET)

        is_free = d.pop("is_free", UNSET)

        _additional_properties = d.pop("additional_properties", UNSET)
        additional_properties: ServiceAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset) or _additional_properties is None:
            additional_properties = UNSET
        else:
            additional_properties = ServiceAdditionalProperties.from_dict(_additional_properties)

        service_summary = cls(
            service_id,
            service_name,
            description,
            tenant,
            project,
            owner,
            publish_at,
            infer_type,
            workspace_id,
            status,
            start_time,
            finished_time,
            progress,
            invocation_times,
            failed_times,
            is_shared,
            shared_count,
            schedule,
            due_time,
            operation_time,
            is_opened_sample_collection,
            transition_at,
            is_free,
            additional_properties,
        )

        service_summary.extra_properties = d
        return service_summary

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
