from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_scope_status_scope_type import PoolV2ScopeStatusScopeType
from ..models.pool_v2_scope_status_state import PoolV2ScopeStatusState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_scope_plugin_phase import PoolV2ScopePluginPhase


T = TypeVar("T", bound="PoolV2ScopeStatus")


@_attrs_define
class PoolV2ScopeStatus:
    """State of one job type on the pool.

    Attributes:
        scope_type (PoolV2ScopeStatusScopeType | Unset): Job type: Train, Infer or Notebook.
        state (PoolV2ScopeStatusState | Unset): State of the job type: Enabling, Enabled, EnableFailed, Disabling,
            Disabled.
        plugins (list[PoolV2ScopePluginPhase] | Unset): State of the plug-ins of this job type.
        message (str | Unset): Why enabling or disabling failed.
    """

    scope_type: PoolV2ScopeStatusScopeType | Unset = UNSET
    state: PoolV2ScopeStatusState | Unset = UNSET
    plugins: list[PoolV2ScopePluginPhase] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope_type: str | Unset = UNSET
        if not isinstance(self.scope_type, Unset):
            scope_type = self.scope_type.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        plugins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = []
            for plugins_item_data in self.plugins:
                plugins_item = plugins_item_data.to_dict()
                plugins.append(plugins_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope_type is not UNSET:
            field_dict["scopeType"] = scope_type
        if state is not UNSET:
            field_dict["state"] = state
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_scope_plugin_phase import PoolV2ScopePluginPhase  # noqa: PLC0415

        d = dict(src_dict)
        _scope_type = d.pop("scopeType", UNSET)
        scope_type: PoolV2ScopeStatusScopeType | Unset
        if isinstance(_scope_type, Unset):
            scope_type = UNSET
        else:
            scope_type = PoolV2ScopeStatusScopeType.from_json(_scope_type)

        _state = d.pop("state", UNSET)
        state: PoolV2ScopeStatusState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = PoolV2ScopeStatusState.from_json(_state)

        _plugins = d.pop("plugins", UNSET)
        plugins: list[PoolV2ScopePluginPhase] | Unset = UNSET
        if _plugins is not UNSET and _plugins is not None:
            plugins = []
            for plugins_item_data in _plugins:
                plugins_item = PoolV2ScopePluginPhase.from_dict(plugins_item_data)

                plugins.append(plugins_item)

        message = d.pop("message", UNSET)

        pool_v2_scope_status = cls(
            scope_type,
            state,
            plugins,
            message,
        )

        pool_v2_scope_status.additional_properties = d
        return pool_v2_scope_status

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
