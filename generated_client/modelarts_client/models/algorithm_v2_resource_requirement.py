from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.algorithm_v2_resource_requirement_key import AlgorithmV2ResourceRequirementKey
from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgorithmV2ResourceRequirement")


@_attrs_define
class AlgorithmV2ResourceRequirement:
    """A resource constraint of the algorithm, as answered (the values are in `value`).

    Attributes:
        key (AlgorithmV2ResourceRequirementKey | Unset): Constraint key: `flavor_type` (values CPU, GPU),
            `device_distributed_mode` (multi-card training: multiple or singular) or `host_distributed_mode` (multi-node
            training: multiple or singular).
        value (list[str] | Unset): Values the key is compared with.
        operator (str | Unset): Relation between the key and its values; the reference names only `in` so far (e.g.
            flavor_type in [CPU, GPU]).
    """

    key: AlgorithmV2ResourceRequirementKey | Unset = UNSET
    value: list[str] | Unset = UNSET
    operator: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: str | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.value

        value: list[str] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _key = d.pop("key", UNSET)
        key: AlgorithmV2ResourceRequirementKey | Unset
        if isinstance(_key, Unset):
            key = UNSET
        else:
            key = AlgorithmV2ResourceRequirementKey.from_json(_key)

        value = cast(list[str], d.pop("value", UNSET))

        operator = d.pop("operator", UNSET)

        algorithm_v2_resource_requirement = cls(
            key,
            value,
            operator,
        )

        algorithm_v2_resource_requirement.additional_properties = d
        return algorithm_v2_resource_requirement

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
