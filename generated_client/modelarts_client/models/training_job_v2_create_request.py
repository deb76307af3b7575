from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_create_request_kind import TrainingJobV2CreateRequestKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_algorithm_request import TrainingJobV2AlgorithmRequest
    from ..models.training_job_v2_endpoints_request import TrainingJobV2EndpointsRequest
    from ..models.training_job_v2_metadata_request import TrainingJobV2MetadataRequest
    from ..models.training_job_v2_spec_request import TrainingJobV2SpecRequest
    from ..models.training_job_v2_task_request import TrainingJobV2TaskRequest


T = TypeVar("T", bound="TrainingJobV2CreateRequest")


@_attrs_define
class TrainingJobV2CreateRequest:
    """Body of a create-training-job request.

    Attributes:
        kind (TrainingJobV2CreateRequestKind): Job type: `job` (training job, the default) or `visualization_job`.
            Mandatory although it has a default. Default: TrainingJobV2CreateRequestKind.JOB.
        metadata (TrainingJobV2MetadataRequest): Name, workspace, description and advanced settings of a job to create.
        algorithm (TrainingJobV2AlgorithmRequest | Unset): Algorithm of a job to create, given in one of three ways:
            `id` (an algorithm from algorithm management), `subscription_id` + `item_version_id` (a subscribed algorithm),
            or `code_dir` + `boot_file` (own code).
        tasks (list[TrainingJobV2TaskRequest] | Unset): Tasks of a heterogeneous job; not implemented by the service
            yet. Leave empty when `spec` is given.
        spec (TrainingJobV2SpecRequest | Unset): Resources, volumes, logging, stop and scheduling settings of a job to
            create.
        endpoints (TrainingJobV2EndpointsRequest | Unset): Remote access settings of a job to create.
    """

    metadata: TrainingJobV2MetadataRequest
    kind: TrainingJobV2CreateRequestKind = TrainingJobV2CreateRequestKind.JOB
    algorithm: TrainingJobV2AlgorithmRequest | Unset = UNSET
    tasks: list[TrainingJobV2TaskRequest] | Unset = UNSET
    spec: TrainingJobV2SpecRequest | Unset = UNSET
    endpoints: TrainingJobV2EndpointsRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        metadata = self.metadata.to_dict()

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
        field_dict.update(
            {
                "kind": kind,
                "metadata": metadata,
            }
        )
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
        from ..models.training_job_v2_algorithm_request import TrainingJobV2AlgorithmRequest  # noqa: PLC0415
        from ..models.training_job_v2_endpoints_request import TrainingJobV2EndpointsRequest  # noqa: PLC0415
        from ..models.training_job_v2_metadata_request import TrainingJobV2MetadataRequest  # noqa: PLC0415
        from ..models.training_job_v2_spec_request import TrainingJobV2SpecRequest  # noqa: PLC0415
        from ..models.training_job_v2_task_request import TrainingJobV2TaskRequest  # noqa: PLC0415

        d = dict(src_dict)
        kind = TrainingJobV2CreateRequestKind.from_json(d.pop("kind"))

        metadata = TrainingJobV2MetadataRequest.from_dict(d.pop("metadata"))

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: TrainingJobV2AlgorithmRequest | Unset
        if isinstance(_algorithm, Unset) or _algorithm is None:
            algorithm = UNSET
        else:
            algorithm = TrainingJobV2AlgorithmRequest.from_dict(_algorithm)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[TrainingJobV2TaskRequest] | Unset = UNSET
        if _tasks is not UNSET and _tasks is not None:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = TrainingJobV2TaskRequest.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _spec = d.pop("spec", UNSET)
        spec: TrainingJobV2SpecRequest | Unset
        if isinstance(_spec, Unset) or _spec is None:
            spec = UNSET
        else:
            spec = TrainingJobV2SpecRequest.from_dict(_spec)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: TrainingJobV2EndpointsRequest | Unset
        if isinstance(_endpoints, Unset) or _endpoints is None:
            endpoints = UNSET
        else:
            endpoints = TrainingJobV2EndpointsRequest.from_dict(_endpoints)

        training_job_v2_create_request = cls(
            metadata,
            kind,
            algorithm,
            tasks,
            spec,
            endpoints,
        )

        training_job_v2_create_request.additional_properties = d
        return training_job_v2_create_request

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
