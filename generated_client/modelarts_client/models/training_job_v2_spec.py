from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_log_export_path import TrainingJobV2LogExportPath
    from ..models.training_job_v2_resource import TrainingJobV2Resource
    from ..models.training_job_v2_schedule_policy import TrainingJobV2SchedulePolicy
    from ..models.training_job_v2_volume import TrainingJobV2Volume


T = TypeVar("T", bound="TrainingJobV2Spec")


@_attrs_define
class TrainingJobV2Spec:
    """Resources, volumes, logging and scheduling of a job.

    Attributes:
        resource (TrainingJobV2Resource | Unset): Resources of a job: `flavor_id`, or `pool_id` with an optional
            `flavor_id`.
        volumes (list[TrainingJobV2Volume] | Unset): Mounted volumes.
        log_export_path (TrainingJobV2LogExportPath | Unset): Where the job's logs are exported.
        schedule_policy (TrainingJobV2SchedulePolicy | Unset): Scheduling settings of a job.
    """

    resource: TrainingJobV2Resource | Unset = UNSET
    volumes: list[TrainingJobV2Volume] | Unset = UNSET
    log_export_path: TrainingJobV2LogExportPath | Unset = UNSET
    schedule_policy: TrainingJobV2SchedulePolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource, Unset):
            resource = self.resource.to_dict()

        volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = []
            for volumes_item_data in self.volumes:
                volumes_item = volumes_item_data.to_dict()
                volumes.append(volumes_item)

        log_export_path: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_export_path, Unset):
            log_export_path = self.log_export_path.to_dict()

        schedule_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_policy, Unset):
            schedule_policy = self.schedule_policy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if log_export_path is not UNSET:
            field_dict["log_export_path"] = log_export_path
        if schedule_policy is not UNSET:
            field_dict["schedule_policy"] = schedule_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_log_export_path import TrainingJobV2LogExportPath  # noqa: PLC0415
        from ..models.training_job_v2_resource import TrainingJobV2Resource  # noqa: PLC0415
        from ..models.training_job_v2_schedule_policy import TrainingJobV2SchedulePolicy  # noqa: PLC0415
        from ..models.training_job_v2_volume import TrainingJobV2Volume  # noqa: PLC0415

        d = dict(src_dict)
        _resource = d.pop("resource", UNSET)
        resource: TrainingJobV2Resource | Unset
        if isinstance(_resource, Unset) or _resource is None:
            resource = UNSET
        else:
            resource = TrainingJobV2Resource.from_dict(_resource)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[TrainingJobV2Volume] | Unset = UNSET
        if _volumes is not UNSET and _volumes is not None:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = TrainingJobV2Volume.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _log_export_path = d.pop("log_export_path", UNSET)
        log_export_path: TrainingJobV2LogExportPath | Unset
        if isinstance(_log_export_path, Unset) or _log_export_path is None:
            log_export_path = UNSET
        else:
            log_export_path = TrainingJobV2LogExportPath.from_dict(_log_export_path)

        _schedule_policy = d.pop("schedule_policy", UNSET)
        schedule_policy: TrainingJobV2SchedulePolicy | Unset
        if isinstance(_schedule_policy, Unset) or _schedule_policy is None:
            schedule_policy = UNSET
        else:
            schedule_policy = TrainingJobV2SchedulePolicy.from_dict(_schedule_policy)

        training_job_v2_spec = cls(
            resource,
            volumes,
            log_export_path,
            schedule_policy,
        )

        training_job_v2_spec.additional_properties = d
        return training_job_v2_spec

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
