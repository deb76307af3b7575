from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_remote_constraint_attributes import TrainingJobV2RemoteConstraintAttributes
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2RemoteConstraint")


@_attrs_define
class TrainingJobV2RemoteConstraint:
    """A constraint on input data.

    Attributes:
        data_type (str | Unset): Input type: storage location or dataset.
        attributes (TrainingJobV2RemoteConstraintAttributes | Unset): Dataset attribute the constraint is on:
            `data_format`, `data_segmentation` or `dataset_type` (labeling type).
    """

    data_type: str | Unset = UNSET
    attributes: TrainingJobV2RemoteConstraintAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type

        attributes: str | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        data_type = d.pop("data_type", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: TrainingJobV2RemoteConstraintAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = TrainingJobV2RemoteConstraintAttributes.from_json(_attributes)

        training_job_v2_remote_constraint = cls(
            data_type,
            attributes,
        )

        training_job_v2_remote_constraint.additional_properties = d
        return training_job_v2_remote_constraint

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
