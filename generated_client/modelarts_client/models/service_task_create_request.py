from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task_create_request_config import ServiceTaskCreateRequestConfig
    from ..models.service_task_input_spec import ServiceTaskInputSpec
    from ..models.service_task_output_spec import ServiceTaskOutputSpec
    from ..models.service_task_schedule_spec import ServiceTaskScheduleSpec
    from ..models.service_task_source_usage_estimate import ServiceTaskSourceUsageEstimate


T = TypeVar("T", bound="ServiceTaskCreateRequest")


@_attrs_define
class ServiceTaskCreateRequest:
    """Body of `create_service_task`.

    Attributes:
        name (str): Task name, 1 to 100 letters, digits, hyphens and underscores.
        input_ (ServiceTaskInputSpec): Where a task reads its data. Which fields of each `data` entry apply depends on
            `type`.
        output (ServiceTaskOutputSpec): Where a task sends its results; at least one destination. ModelArts Edge takes
            dis and webhook, IEF all three.
        description (str | Unset): Task description, at most 500 characters.
        schedule (ServiceTaskScheduleSpec | Unset): When a scheduled task runs. Omit it for a task that runs until
            stopped. A scheduled task takes no
            OBS input, and its URL input must be RTMP or RTSP. Give either `periods` or `frequency`,
            matching `execution_mode`.
        config (ServiceTaskCreateRequestConfig | Unset): Algorithm settings for the run, a JSON object whose keys depend
            on the algorithm service
            (some services need it). IEF only; ModelArts Edge does not take it.
        source_usage_estimate (ServiceTaskSourceUsageEstimate | Unset): Resources the task is expected to use. Needed
            for ModelArts Edge.
    """

    name: str
    input_: ServiceTaskInputSpec
    output: ServiceTaskOutputSpec
    description: str | Unset = UNSET
    schedule: ServiceTaskScheduleSpec | Unset = UNSET
    config: ServiceTaskCreateRequestConfig | Unset = UNSET
    source_usage_estimate: ServiceTaskSourceUsageEstimate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_ = self.input_.to_dict()

        output = self.output.to_dict()

        description = self.description

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        source_usage_estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_usage_estimate, Unset):
            source_usage_estimate = self.source_usage_estimate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input": input_,
                "output": output,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if config is not UNSET:
            field_dict["config"] = config
        if source_usage_estimate is not UNSET:
            field_dict["source_usage_estimate"] = source_usage_estimate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_task_create_request_config import ServiceTaskCreateRequestConfig  # noqa: PLC0415
        from ..models.service_task_input_spec import ServiceTaskInputSpec  # noqa: PLC0415
        from ..models.service_task_output_spec import ServiceTaskOutputSpec  # noqa: PLC0415
        from ..models.service_task_schedule_spec import ServiceTaskScheduleSpec  # noqa: PLC0415
        from ..models.service_task_source_usage_estimate import ServiceTaskSourceUsageEstimate  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        input_ = ServiceTaskInputSpec.from_dict(d.pop("input"))

        output = ServiceTaskOutputSpec.from_dict(d.pop("output"))

        description = d.pop("description", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: ServiceTaskScheduleSpec | Unset
        if isinstance(_schedule, Unset) or _schedule is None:
            schedule = UNSET
        else:
            schedule = ServiceTaskScheduleSpec.from_dict(_schedule)

        _config = d.pop("config", UNSET)
        config: ServiceTaskCreateRequestConfig | Unset
        if isinstance(_config, Unset) or _config is None:
            config = UNSET
        else:
            config = ServiceTaskCreateRequestConfig.from_dict(_config)

        _source_usage_estimate = d.pop("source_usage_estimate", UNSET)
        source_usage_estimate: ServiceTaskSourceUsageEstimate | Unset
        if isinstance(_source_usage_estimate, Unset) or _source_usage_estimate is None:
            source_usage_estimate = UNSET
        else:
            source_usage_estimate = ServiceTaskSourceUsageEstimate.from_dict(_source_usage_estimate)

        service_task_create_request = cls(
            name,
            input_,
            output,
            description,
            schedule,
            config,
            source_usage_estimate,
        )

        service_task_create_request.additional_properties = d
        return service_task_create_request

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
