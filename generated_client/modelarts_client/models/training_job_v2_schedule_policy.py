from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_required_affinity import TrainingJobV2RequiredAffinity


T = TypeVar("T", bound="TrainingJobV2SchedulePolicy")


@_attrs_define
class TrainingJobV2SchedulePolicy:
    """Scheduling settings of a job.

    Attributes:
        required_affinity (TrainingJobV2RequiredAffinity | Unset): Affinity the scheduler must respect.
        priority (int | Unset): Job priority.
        preemptible (bool | Unset): Whether the job may be preempted.
    """

    required_affinity: TrainingJobV2RequiredAffinity | Unset = UNSET
    priority: int | Unset = UNSET
    preemptible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        required_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_affinity, Unset):
            required_affinity = self.required_affinity.to_dict()

        priority = self.priority

        preemptible = self.preemptible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if required_affinity is not UNSET:
            field_dict["required_affinity"] = required_affinity
        if priority is not UNSET:
            field_dict["priority"] = priority
        if preemptible is not UNSET:
            field_dict["preemptible"] = preemptible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_required_affinity import TrainingJobV2RequiredAffinity  # noqa: PLC0415

        d = dict(src_dict)
        _required_affinity = d.pop("required_affinity", UNSET)
        required_affinity: TrainingJobV2RequiredAffinity | Unset
        if isinstance(_required_affinity, Unset) or _required_affinity is None:
            required_affinity = UNSET
        else:
            required_affinity = TrainingJobV2RequiredAffinity.from_dict(_required_affinity)

        priority = d.pop("priority", UNSET)

        preemptible = d.pop("preemptible", UNSET)

        training_job_v2_schedule_policy = cls(
            required_affinity,
            priority,
            preemptible,
        )

        training_job_v2_schedule_policy.additional_properties = d
        return training_job_v2_schedule_policy

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
