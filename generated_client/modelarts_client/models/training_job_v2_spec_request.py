from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_auto_stop import TrainingJobV2AutoStop
    from ..models.training_job_v2_log_export_path import TrainingJobV2LogExportPath
    from ..models.training_job_v2_notification import TrainingJobV2Notification
    from ..models.training_job_v2_schedule_policy import TrainingJobV2SchedulePolicy
    from ..models.training_job_v2_spec_resource_request import TrainingJobV2SpecResourceRequest
    from ..models.training_job_v2_volume_request import TrainingJobV2VolumeRequest


T = TypeVar("T", bound="TrainingJobV2SpecRequest")


@_attrs_define
class TrainingJobV2SpecRequest:
    """Resources, volumes, logging, stop and scheduling settings of a job to create.

    Attributes:
        resource (TrainingJobV2SpecResourceRequest | Unset): Resources of a job to create: `flavor_id` alone in a public
            pool, or `pool_id` with `flavor_id` in a dedicated pool (the flavor then picks how many cards of a node to use).
        volumes (list[TrainingJobV2VolumeRequest] | Unset): Volumes mounted into the training containers.
        log_export_path (TrainingJobV2LogExportPath | Unset): Where the job's logs are exported.
        auto_stop (TrainingJobV2AutoStop | Unset): Stop the job by itself after a running time.
        schedule_policy (TrainingJobV2SchedulePolicy | Unset): Scheduling settings of a job.
        notification (TrainingJobV2Notification | Unset): SMN notification on training events.
    """

    resource: TrainingJobV2SpecResourceRequest | Unset = UNSET
    volumes: list[TrainingJobV2VolumeRequest] | Unset = UNSET
    log_export_path: TrainingJobV2LogExportPath | Unset = UNSET
    auto_stop: TrainingJobV2AutoStop | Unset = UNSET
    schedule_policy: TrainingJobV2SchedulePolicy | Unset = UNSET
    notification: TrainingJobV2Notification | Unset = UNSET
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

        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        schedule_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule_policy, Unset):
            schedule_policy = self.schedule_policy.to_dict()

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource is not UNSET:
            field_dict["resource"] = resource
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if log_export_path is not UNSET:
            field_dict["log_export_path"] = log_export_path
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop
        if schedule_policy is not UNSET:
            field_dict["schedule_policy"] = schedule_policy
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_auto_stop import TrainingJobV2AutoStop  # noqa: PLC0415
        from ..models.training_job_v2_log_export_path import TrainingJobV2LogExportPath  # noqa: PLC0415
        from ..models.training_job_v2_notification import TrainingJobV2Notification  # noqa: PLC0415
        from ..models.training_job_v2_schedule_policy import TrainingJobV2SchedulePolicy  # noqa: PLC0415
        from ..models.training_job_v2_spec_resource_request import TrainingJobV2SpecResourceRequest  # noqa: PLC0415
        from ..models.training_job_v2_volume_request import TrainingJobV2VolumeRequest  # noqa: PLC0415

        d = dict(src_dict)
        _resource = d.pop("resource", UNSET)
        resource: TrainingJobV2SpecResourceRequest | Unset
        if isinstance(_resource, Unset) or _resource is None:
            resource = UNSET
        else:
            resource = TrainingJobV2SpecResourceRequest.from_dict(_resource)

        _volumes = d.pop("volumes", UNSET)
        volumes: list[TrainingJobV2VolumeRequest] | Unset = UNSET
        if _volumes is not UNSET and _volumes is not None:
            volumes = []
            for volumes_item_data in _volumes:
                volumes_item = TrainingJobV2VolumeRequest.from_dict(volumes_item_data)

                volumes.append(volumes_item)

        _log_export_path = d.pop("log_export_path", UNSET)
        log_export_path: TrainingJobV2LogExportPath | Unset
        if isinstance(_log_export_path, Unset) or _log_export_path is None:
            log_export_path = UNSET
        else:
            log_export_path = TrainingJobV2LogExportPath.from_dict(_log_export_path)

        _auto_stop = d.pop("auto_stop", UNSET)
        auto_stop: TrainingJobV2AutoStop | Unset
        if isinstance(_auto_stop, Unset) or _auto_stop is None:
            auto_stop = UNSET
        else:
            auto_stop = TrainingJobV2AutoStop.from_dict(_auto_stop)

        _schedule_policy = d.pop("schedule_policy", UNSET)
        schedule_policy: TrainingJobV2SchedulePolicy | Unset
        if isinstance(_schedule_policy, Unset) or _schedule_policy is None:
            schedule_policy = UNSET
        else:
            schedule_policy = TrainingJobV2SchedulePolicy.from_dict(_schedule_policy)

        _notification = d.pop("notification", UNSET)
        notification: TrainingJobV2Notification | Unset
        if isinstance(_notification, Unset) or _notification is None:
            notification = UNSET
        else:
            notification = TrainingJobV2Notification.from_dict(_notification)

        training_job_v2_spec_request = cls(
            resource,
            volumes,
            log_export_path,
            auto_stop,
            schedule_policy,
            notification,
        )

        training_job_v2_spec_request.additional_properties = d
        return training_job_v2_spec_request

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
