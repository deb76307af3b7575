from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_required_affinity_affinity_type import TrainingJobV2RequiredAffinityAffinityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2RequiredAffinity")


@_attrs_define
class TrainingJobV2RequiredAffinity:
    """Affinity the scheduler must respect.

    Attributes:
        affinity_type (TrainingJobV2RequiredAffinityAffinityType | Unset): `cabinet` (strict cabinet scheduling) or
            `hyperinstance` (supernode affinity).
        affinity_group_size (int | Unset): Tasks placed together on one supernode; needed with `hyperinstance`; the
            service uses 1 when a supernode-pool job leaves it out.
    """

    affinity_type: TrainingJobV2RequiredAffinityAffinityType | Unset = UNSET
    affinity_group_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        affinity_type: str | Unset = UNSET
        if not isinstance(self.affinity_type, Unset):
            affinity_type = self.affinity_type.value

        affinity_group_size = self.affinity_group_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if affinity_type is not UNSET:
            field_dict["affinity_type"] = affinity_type
        if affinity_group_size is not UNSET:
            field_dict["affinity_group_size"] = affinity_group_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _affinity_type = d.pop("affinity_type", UNSET)
        affinity_type: TrainingJobV2RequiredAffinityAffinityType | Unset
        if isinstance(_affinity_type, Unset):
            affinity_type = UNSET
        else:
            affinity_type = TrainingJobV2RequiredAffinityAffinityType.from_json(_affinity_type)

        affinity_group_size = d.pop("affinity_group_size", UNSET)

        training_job_v2_required_affinity = cls(
            affinity_type,
            affinity_group_size,
        )

        training_job_v2_required_affinity.additional_properties = d
        return training_job_v2_required_affinity

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
