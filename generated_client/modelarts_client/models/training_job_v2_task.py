from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_task_algorithm import TrainingJobV2TaskAlgorithm
    from ..models.training_job_v2_task_flavor import TrainingJobV2TaskFlavor


T = TypeVar("T", bound="TrainingJobV2Task")


@_attrs_define
class TrainingJobV2Task:
    """A task of a heterogeneous job.

    Attributes:
        role (str | Unset): Task role; not supported yet.
        algorithm (TrainingJobV2TaskAlgorithm | Unset): Algorithm of a task.
        task_resource (TrainingJobV2TaskFlavor | Unset): Resource flavor of a task.
    """

    role: str | Unset = UNSET
    algorithm: TrainingJobV2TaskAlgorithm | Unset = UNSET
    task_resource: TrainingJobV2TaskFlavor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        task_resource: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task_resource, Unset):
            task_resource = self.task_resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if task_resource is not UNSET:
            field_dict["task_resource"] = task_resource

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_task_algorithm import TrainingJobV2TaskAlgorithm  # noqa: PLC0415
        from ..models.training_job_v2_task_flavor import TrainingJobV2TaskFlavor  # noqa: PLC0415

        d = dict(src_dict)
        role = d.pop("role", UNSET)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: TrainingJobV2TaskAlgorithm | Unset
        if isinstance(_algorithm, Unset) or _algorithm is None:
            algorithm = UNSET
        else:
            algorithm = TrainingJobV2TaskAlgorithm.from_dict(_algorithm)

        _task_resource = d.pop("task_resource", UNSET)
        task_resource: TrainingJobV2TaskFlavor | Unset
        if isinstance(_task_resource, Unset) or _task_resource is None:
            task_resource = UNSET
        else:
            task_resource = TrainingJobV2TaskFlavor.from_dict(_task_resource)

        training_job_v2_task = cls(
            role,
            algorithm,
            task_resource,
        )

        training_job_v2_task.additional_properties = d
        return training_job_v2_task

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
