from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_parameter_constraint import TrainingJobV2ParameterConstraint
    from ..models.training_job_v2i18n_description import TrainingJobV2I18NDescription


T = TypeVar("T", bound="AlgorithmV2Parameter")


@_attrs_define
class AlgorithmV2Parameter:
    """A running parameter (hyperparameter) of the algorithm.

    Attributes:
        name (str | Unset): Parameter name.
        value (str | Unset): Parameter value.
        description (str | Unset): Parameter description.
        constraint (TrainingJobV2ParameterConstraint | Unset): Constraints on a run parameter.
        i18n_description (TrainingJobV2I18NDescription | Unset): Parameter description in one language.
    """

    name: str | Unset = UNSET
    value: str | Unset = UNSET
    description: str | Unset = UNSET
    constraint: TrainingJobV2ParameterConstraint | Unset = UNSET
    i18n_description: TrainingJobV2I18NDescription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        description = self.description

        constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint, Unset):
            constraint = self.constraint.to_dict()

        i18n_description: dict[str, Any] | Unset = UNSET
        if not isinstance(self.i18n_description, Unset):
            i18n_description = self.i18n_description.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if description is not UNSET:
            field_dict["description"] = description
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if i18n_description is not UNSET:
            field_dict["i18n_description"] = i18n_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_parameter_constraint import TrainingJobV2ParameterConstraint  # noqa: PLC0415
        from ..models.training_job_v2i18n_description import TrainingJobV2I18NDescription  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        description = d.pop("description", UNSET)

        _constraint = d.pop("constraint", UNSET)
        constraint: TrainingJobV2ParameterConstraint | Unset
        if isinstance(_constraint, Unset) or _constraint is None:
            constraint = UNSET
        else:
            constraint = TrainingJobV2ParameterConstraint.from_dict(_constraint)

        _i18n_description = d.pop("i18n_description", UNSET)
        i18n_description: TrainingJobV2I18NDescription | Unset
        if isinstance(_i18n_description, Unset) or _i18n_description is None:
            i18n_description = UNSET
        else:
            i18n_description = TrainingJobV2I18NDescription.from_dict(_i18n_description)

        algorithm_v2_parameter = cls(
            name,
            value,
            description,
            constraint,
            i18n_description,
        )

        algorithm_v2_parameter.additional_properties = d
        return algorithm_v2_parameter

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
