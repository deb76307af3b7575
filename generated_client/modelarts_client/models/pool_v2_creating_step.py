from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_creating_step_type import PoolV2CreatingStepType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2CreatingStep")


@_attrs_define
class PoolV2CreatingStep:
    """Batch creation settings.

    Attributes:
        step (int | Unset): Creation step.
        type_ (PoolV2CreatingStepType | Unset): Batch type: rack (whole rack) or hyperinstance (supernodes).
    """

    step: int | Unset = UNSET
    type_: PoolV2CreatingStepType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step = self.step

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        step = d.pop("step", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PoolV2CreatingStepType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PoolV2CreatingStepType.from_json(_type_)

        pool_v2_creating_step = cls(
            step,
            type_,
        )

        pool_v2_creating_step.additional_properties = d
        return pool_v2_creating_step

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
