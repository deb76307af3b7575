from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2_remote_constraint import AlgorithmV2RemoteConstraint


T = TypeVar("T", bound="AlgorithmV2Input")


@_attrs_define
class AlgorithmV2Input:
    """A data input channel.

    Attributes:
        name (str | Unset): Input channel name.
        description (str | Unset): Input channel description.
        remote_constraints (list[AlgorithmV2RemoteConstraint] | Unset): Constraints on the data fed to the channel.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    remote_constraints: list[AlgorithmV2RemoteConstraint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        remote_constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remote_constraints, Unset):
            remote_constraints = []
            for remote_constraints_item_data in self.remote_constraints:
                remote_constraints_item = remote_constraints_item_data.to_dict()
                remote_constraints.append(remote_constraints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if remote_constraints is not UNSET:
            field_dict["remote_constraints"] = remote_constraints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.algorithm_v2_remote_constraint import AlgorithmV2RemoteConstraint  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _remote_constraints = d.pop("remote_constraints", UNSET)
        remote_constraints: list[AlgorithmV2RemoteConstraint] | Unset = UNSET
        if _remote_constraints is not UNSET and _remote_constraints is not None:
            remote_constraints = []
            for remote_constraints_item_data in _remote_constraints:
                remote_constraints_item = AlgorithmV2RemoteConstraint.from_dict(remote_constraints_item_data)

                remote_constraints.append(remote_constraints_item)

        algorithm_v2_input = cls(
            name,
            description,
            remote_constraints,
        )

        algorithm_v2_input.additional_properties = d
        return algorithm_v2_input

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
