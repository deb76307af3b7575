from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_scope_plugin_phase_phase import PoolV2ScopePluginPhasePhase
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2ScopePluginPhase")


@_attrs_define
class PoolV2ScopePluginPhase:
    """State of one plug-in.

    Attributes:
        name (str | Unset): Plug-in type.
        phase (PoolV2ScopePluginPhasePhase | Unset): Plug-in state: Pending, Running, Updating, Abnormal, Deleting.
    """

    name: str | Unset = UNSET
    phase: PoolV2ScopePluginPhasePhase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _phase = d.pop("phase", UNSET)
        phase: PoolV2ScopePluginPhasePhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = PoolV2ScopePluginPhasePhase.from_json(_phase)

        pool_v2_scope_plugin_phase = cls(
            name,
            phase,
        )

        pool_v2_scope_plugin_phase.additional_properties = d
        return pool_v2_scope_plugin_phase

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
