from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_algorithm import TrainingJobV2Algorithm
    from ..models.training_job_v2_endpoints import TrainingJobV2Endpoints
    from ..models.training_job_v2_metadata import TrainingJobV2Metadata
    from ..models.training_job_v2_spec import TrainingJobV2Spec
    from ..models.training_job_v2_status import TrainingJobV2Status
    from ..models.training_job_v2_task import TrainingJobV2Task


T = TypeVar("T", bound="TrainingJobV2")


@_attrs_define
class TrainingJobV2:
    """A v2 training job, as returned by create, get, stop and list.

    Attributes:
        kind (str | Unset): Job type, e.g. `job` (training job, the default) or `visualization_job`; other kinds exist
            (see errata).
        metadata (TrainingJobV2Metadata | Unset): Identity, name and description of a job.
        status (TrainingJobV2Status | Unset): Where a job stands.
        algorithm (TrainingJobV2Algorithm | Unset): Algorithm of a job: by `id`, by `subscription_id` +
            `item_version_id`, or by `code_dir` + `boot_file`.
        tasks (list[TrainingJobV2Task] | Unset): Tasks of a heterogeneous job.
        spec (TrainingJobV2Spec | Unset): Resources, volumes, logging and scheduling of a job.
        endpoints (TrainingJobV2Endpoints | Unset): Remote access to a job.
    """

    kind: str | Unset = UNSET
    metadata: TrainingJobV2Metadata | Unset = UNSET
    status: TrainingJobV2Status | Unset = UNSET
    algorithm: TrainingJobV2Algorithm | Unset = UNSET
    tasks: list[TrainingJobV2Task] | Unset = UNSET
    spec: TrainingJobV2Spec | Unset = UNSET
    endpoints: TrainingJobV2Endpoints | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        endpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if status is not UNSET:
            field_dict["status"] = status
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if spec is not UNSET:
            field_dict["spec"] = spec
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_algorithm import TrainingJobV2Algorithm  # noqa: PLC0415
        from ..models.training_job_v2_endpoints import TrainingJobV2Endpoints  # noqa: PLC0415
        from ..models.training_job_v2_metadata import TrainingJobV2Metadata  # noqa: PLC0415
        from ..models.training_job_v2_spec import TrainingJobV2Spec  # noqa: PLC0415
        from ..models.training_job_v2_status import TrainingJobV2Status  # noqa: PLC0415
        from ..models.training_job_v2_task import TrainingJobV2Task  # noqa: PLC0415

        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: TrainingJobV2Metadata | Unset
        if isinstance(_metadata, Unset) or _metadata is None:
            metadata = UNSET
        else:
            metadata = TrainingJobV2Metadata.from_dict(_metadata)

        _status = d.pop("status", UNSET)
        status: TrainingJobV2Status | Unset
        if isinstance(_status, Unset) or _status is None:
            status = UNSET
        else:
            status = TrainingJobV2Status.from_dict(_status)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: TrainingJobV2Algorithm | Unset
        if isinstance(_algorithm, Unset) or _algorithm is None:
            algorithm = UNSET
        else:
            algorithm = TrainingJobV2Algorithm.from_dict(_algorithm)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[TrainingJobV2Task] | Unset = UNSET
        if _tasks is not UNSET and _tasks is not None:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = TrainingJobV2Task.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _spec = d.pop("spec", UNSET)
        spec: TrainingJobV2Spec | Unset
        if isinstance(_spec, Unset) or _spec is None:
            spec = UNSET
        else:
            spec = TrainingJobV2Spec.from_dict(_spec)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: TrainingJobV2Endpoints | Unset
        if isinstance(_endpoints, Unset) or _endpoints is None:
            endpoints = UNSET
        else:
            endpoints = TrainingJobV2Endpoints.from_dict(_endpoints)

        training_job_v2 = cls(
            kind,
            metadata,
            status,
            algorithm,
            tasks,
            spec,
            endpoints,
        )

        training_job_v2.additional_properties = d
        return training_job_v2

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
