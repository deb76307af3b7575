from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_status_phase import TrainingJobV2StatusPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_running_record import TrainingJobV2RunningRecord
    from ..models.training_job_v2_task_status import TrainingJobV2TaskStatus


T = TypeVar("T", bound="TrainingJobV2Status")


@_attrs_define
class TrainingJobV2Status:
    """Where a job stands.

    Attributes:
        phase (TrainingJobV2StatusPhase | Unset): Job status: Creating, Pending (waiting), Running, Failed, Completed,
            Terminating (being stopped), Terminated (stopped), Abnormal.
        secondary_phase (str | Unset): Detailed internal status, subject to change (do not depend on it): Creating,
            Queuing, Running, Failed, Completed, Terminating, Terminated, CreateFailed, TerminatedFailed, Unknown, Lost.
        duration (int | Unset): Running time in milliseconds.
        node_count_metrics (list[list[int]] | None | Unset): Node count over the run, as [timestamp in ms, node count]
            pairs; may be null.
        tasks (list[str] | Unset): Task names of the job, e.g. worker-0.
        start_time (int | Unset): Start time, Unix epoch milliseconds; 0 before the job starts.
        task_statuses (list[TrainingJobV2TaskStatus] | Unset): Exit status of each task.
        running_records (list[TrainingJobV2RunningRecord] | Unset): Runs of the job and how it recovered from faults.
    """

    phase: TrainingJobV2StatusPhase | Unset = UNSET
    secondary_phase: str | Unset = UNSET
    duration: int | Unset = UNSET
    node_count_metrics: list[list[int]] | None | Unset = UNSET
    tasks: list[str] | Unset = UNSET
    start_time: int | Unset = UNSET
    task_statuses: list[TrainingJobV2TaskStatus] | Unset = UNSET
    running_records: list[TrainingJobV2RunningRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        secondary_phase = self.secondary_phase

        duration = self.duration

        node_count_metrics: list[list[int]] | None | Unset
        if isinstance(self.node_count_metrics, Unset):
            node_count_metrics = UNSET
        elif isinstance(self.node_count_metrics, list):
            node_count_metrics = []
            for node_count_metrics_type_0_item_data in self.node_count_metrics:
                node_count_metrics_type_0_item = node_count_metrics_type_0_item_data

                node_count_metrics.append(node_count_metrics_type_0_item)

        else:
            node_count_metrics = self.node_count_metrics

        tasks: list[str] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks

        start_time = self.start_time

        task_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_statuses, Unset):
            task_statuses = []
            for task_statuses_item_data in self.task_statuses:
                task_statuses_item = task_statuses_item_data.to_dict()
                task_statuses.append(task_statuses_item)

        running_records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.running_records, Unset):
            running_records = []
            for running_records_item_data in self.running_records:
                running_records_item = running_records_item_data.to_dict()
                running_records.append(running_records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if secondary_phase is not UNSET:
            field_dict["secondary_phase"] = secondary_phase
        if duration is not UNSET:
            field_dict["duration"] = duration
        if node_count_metrics is not UNSET:
            field_dict["node_count_metrics"] = node_count_metrics
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if task_statuses is not UNSET:
            field_dict["task_statuses"] = task_statuses
        if running_records is not UNSET:
            field_dict["running_records"] = running_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_running_record import TrainingJobV2RunningRecord  # noqa: PLC0415
        from ..models.training_job_v2_task_status import TrainingJobV2TaskStatus  # noqa: PLC0415

        d = dict(src_dict)
        _phase = d.pop("phase", UNSET)
        phase: TrainingJobV2StatusPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = TrainingJobV2StatusPhase.from_json(_phase)

        secondary_phase = d.pop("secondary_phase", UNSET)

        duration = d.pop("duration", UNSET)

        def _parse_node_count_metrics(data: object) -> list[list[int]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                node_count_metrics_type_0 = []
                _node_count_metrics_type_0 = data
                for node_count_metrics_type_0_item_data in _node_count_metrics_type_0:
                    node_count_metrics_type_0_item = cast(list[int], node_count_metrics_type_0_item_data)

                    node_count_metrics_type_0.append(node_count_metrics_type_0_item)

                return node_count_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[int]] | None | Unset, data)

        node_count_metrics = _parse_node_count_metrics(d.pop("node_count_metrics", UNSET))

        tasks = cast(list[str], d.pop("tasks", UNSET))

        start_time = d.pop("start_time", UNSET)

        _task_statuses = d.pop("task_statuses", UNSET)
        task_statuses: list[TrainingJobV2TaskStatus] | Unset = UNSET
        if _task_statuses is not UNSET and _task_statuses is not None:
            task_statuses = []
            for task_statuses_item_data in _task_statuses:
                task_statuses_item = TrainingJobV2TaskStatus.from_dict(task_statuses_item_data)

                task_statuses.append(task_statuses_item)

        _running_records = d.pop("running_records", UNSET)
        running_records: list[TrainingJobV2RunningRecord] | Unset = UNSET
        if _running_records is not UNSET and _running_records is not None:
            running_records = []
            for running_records_item_data in _running_records:
                running_records_item = TrainingJobV2RunningRecord.from_dict(running_records_item_data)

                running_records.append(running_records_item)

        training_job_v2_status = cls(
            phase,
            secondary_phase,
            duration,
            node_count_metrics,
            tasks,
            start_time,
            task_statuses,
            running_records,
        )

        training_job_v2_status.additional_properties = d
        return training_job_v2_status

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
