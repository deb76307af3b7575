from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_task_schedule_status import ServiceTaskScheduleStatus
from ..models.service_task_state import ServiceTaskState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task_config import ServiceTaskConfig
    from ..models.service_task_error import ServiceTaskError
    from ..models.service_task_input import ServiceTaskInput
    from ..models.service_task_output import ServiceTaskOutput
    from ..models.service_task_schedule import ServiceTaskSchedule


T = TypeVar("T", bound="ServiceTask")


@_attrs_define
class ServiceTask:
    """A service task, as `get_service_task` and `list_service_tasks` return it.

    Attributes:
        id (str | Unset): Task ID.
        name (str | Unset): Task name.
        service_name (str | Unset): Name of the service the task belongs to.
        creator (str | Unset): User name of the creator.
        project_id (str | Unset): Project of the creator.
        description (str | Unset): Task description.
        service_id (str | Unset): ID of the service the task belongs to.
        created_at (str | Unset): Creation time, RFC 3339 in UTC (e.g. 2021-01-01T00:00:00Z).
        updated_at (str | Unset): Time of the last status change, RFC 3339 in UTC (e.g. 2021-01-01T00:00:10Z).
        state (ServiceTaskState | Unset): Task status. The reference lists the values without defining them: PENDING
            (created, not yet
            started), STARTING, RUNNING, STOPPING, STOPPED, SUCCEEDED (finished its input or schedule),
            FAILED, CREATE_FAILED, START_FAILED, ABNORMAL (running but unhealthy), RECOVERING (coming back
            from ABNORMAL), UPGRADING (being updated), DELETING, FREEZING and FROZEN (the account is frozen).
        status (str | Unset): More detail on the status; given for some statuses only.
        error (ServiceTaskError | Unset): Error reported by the algorithm when the task failed.
        schedule_status (ServiceTaskScheduleStatus | Unset): Whether the schedule of a scheduled task is active.
        schedule (ServiceTaskSchedule | Unset): Schedule of a scheduled task, as given at creation (see
            ServiceTaskScheduleSpec).
        input_ (ServiceTaskInput | Unset): Where the task reads its data, as given at creation, without the VCN
            password.
        output (ServiceTaskOutput | Unset): Where the task sends its results.
        config (ServiceTaskConfig | Unset): Algorithm settings given at creation (IEF only).
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    service_name: str | Unset = UNSET
    creator: str | Unset = UNSET
    project_id: str | Unset = UNSET
    description: str | Unset = UNSET
    service_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    state: ServiceTaskState | Unset = UNSET
    status: str | Unset = UNSET
    error: ServiceTaskError | Unset = UNSET
    schedule_status: ServiceTaskScheduleStatus | Unset = UNSET
    schedule: ServiceTaskSchedule | Unset = UNSET
    input_: ServiceTaskInput | Unset = UNSET
    output: ServiceTaskOutput | Unset = UNSET
    config: ServiceTaskConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        service_name = self.service_name

        creator = self.creator

        project_id = self.project_id

        description = self.description

        service_id = self.service_id

        created_at = self.created_at

        updated_at = self.updated_at

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        status = self.status

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        schedule_status: str | Unset = UNSET
        if not isinstance(self.schedule_status, Unset):
            schedule_status = self.schedule_status.value

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if creator is not UNSET:
            field_dict["creator"] = creator
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if state is not UNSET:
            field_dict["state"] = state
        if status is not UNSET:
            field_dict["status"] = status
        if error is not UNSET:
            field_dict["error"] = error
        if schedule_status is not UNSET:
            field_dict["schedule_status"] = schedule_status
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_task_config import ServiceTaskConfig  # noqa: PLC0415
        from ..models.service_task_error import ServiceTaskError  # noqa: PLC0415
        from ..models.service_task_input import ServiceTaskInput  # noqa: PLC0415
        from ..models.service_task_output import ServiceTaskOutput  # noqa: PLC0415
        from ..models.service_task_schedule import ServiceTaskSchedule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        service_name = d.pop("service_name", UNSET)

        creator = d.pop("creator", UNSET)

        project_id = d.pop("project_id", UNSET)

        description = d.pop("description", UNSET)

        service_id = d.pop("service_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        _state = d.pop("state", UNSET)
        state: ServiceTaskState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = ServiceTaskState.from_json(_state)

        status = d.pop("status", UNSET)

        _error = d.pop("error", UNSET)
        error: ServiceTaskError | Unset
        if isinstance(_error, Unset) or _error is None:
            error = UNSET
        else:
            error = ServiceTaskError.from_dict(_error)

        _schedule_status = d.pop("schedule_status", UNSET)
        schedule_status: ServiceTaskScheduleStatus | Unset
        if isinstance(_schedule_status, Unset):
            schedule_status = UNSET
        else:
            schedule_status = ServiceTaskScheduleStatus.from_json(_schedule_status)

        _schedule = d.pop("schedule", UNSET)
        schedule: ServiceTaskSchedule | Unset
        if isinstance(_schedule, Unset) or _schedule is None:
            schedule = UNSET
        else:
            schedule = ServiceTaskSchedule.from_dict(_schedule)

        _input_ = d.pop("input", UNSET)
        input_: ServiceTaskInput | Unset
        if isinstance(_input_, Unset) or _input_ is None:
            input_ = UNSET
        else:
            input_ = ServiceTaskInput.from_dict(_input_)

        _output = d.pop("output", UNSET)
        output: ServiceTaskOutput | Unset
        if isinstance(_output, Unset) or _output is None:
            output = UNSET
        else:
            output = ServiceTaskOutput.from_dict(_output)

        _config = d.pop("config", UNSET)
        config: ServiceTaskConfig | Unset
        if isinstance(_config, Unset) or _config is None:
            config = UNSET
        else:
            config = ServiceTaskConfig.from_dict(_config)

        service_task = cls(
            id,
            name,
            service_name,
            creator,
            project_id,
            description,
            service_id,
            created_at,
            updated_at,
            state,
            status,
            error,
            schedule_status,
            schedule,
            input_,
            output,
            config,
        )

        service_task.additional_properties = d
        return service_task

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
