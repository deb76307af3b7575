from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_auto_stop_update import DevEnvAutoStopUpdate


T = TypeVar("T", bound="DevEnvUpdateSpec")


@_attrs_define
class DevEnvUpdateSpec:
    """Instance settings that can be changed.

    Attributes:
        auto_stop (DevEnvAutoStopUpdate | Unset): Auto-stop settings to change. Only the fields sent are changed; the
            others keep their
            current values. Declared without `default`s (unlike `DevEnvAutoStop`) so that a client
            changing only `duration` does not also send `enable: false` and switch auto-stop off.
    """

    auto_stop: DevEnvAutoStopUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_auto_stop_update import DevEnvAutoStopUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _auto_stop = d.pop("auto_stop", UNSET)
        auto_stop: DevEnvAutoStopUpdate | Unset
        if isinstance(_auto_stop, Unset) or _auto_stop is None:
            auto_stop = UNSET
        else:
            auto_stop = DevEnvAutoStopUpdate.from_dict(_auto_stop)

        dev_env_update_spec = cls(
            auto_stop,
        )

        dev_env_update_spec.additional_properties = d
        return dev_env_update_spec

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
