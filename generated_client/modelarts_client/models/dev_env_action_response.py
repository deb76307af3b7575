from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_env_instance_status import DevEnvInstanceStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevEnvActionResponse")


@_attrs_define
class DevEnvActionResponse:
    """Status change caused by the action.

    Attributes:
        current_status (DevEnvInstanceStatus | Unset): Instance status. CREATE_QUEUING / START_QUEUING: waiting for free
            resources to create /
            start; CREATING, CREATE_FAILED; READY_TO_START: free resources waiting to be started;
            STARTING, RESTARTING, START_FAILED, RUNNING, STOPPING, STOPPED; UNAVAILABLE; DELETED;
            RESIZING / RESIZE_FAILED: flavor change in progress / failed.
        previous_state (DevEnvInstanceStatus | Unset): Instance status. CREATE_QUEUING / START_QUEUING: waiting for free
            resources to create /
            start; CREATING, CREATE_FAILED; READY_TO_START: free resources waiting to be started;
            STARTING, RESTARTING, START_FAILED, RUNNING, STOPPING, STOPPED; UNAVAILABLE; DELETED;
            RESIZING / RESIZE_FAILED: flavor change in progress / failed.
    """

    current_status: DevEnvInstanceStatus | Unset = UNSET
    previous_state: DevEnvInstanceStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_status: str | Unset = UNSET
        if not isinstance(self.current_status, Unset):
            current_status = self.current_status.value

        previous_state: str | Unset = UNSET
        if not isinstance(self.previous_state, Unset):
            previous_state = self.previous_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_status is not UNSET:
            field_dict["current_status"] = current_status
        if previous_state is not UNSET:
            field_dict["previous_state"] = previous_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _current_status = d.pop("current_status", UNSET)
        current_status: DevEnvInstanceStatus | Unset
        if isinstance(_current_status, Unset):
            current_status = UNSET
        else:
            current_status = DevEnvInstanceStatus.from_json(_current_status)

        _previous_state = d.pop("previous_state", UNSET)
        previous_state: DevEnvInstanceStatus | Unset
        if isinstance(_previous_state, Unset):
            previous_state = UNSET
        else:
            previous_state = DevEnvInstanceStatus.from_json(_previous_state)

        dev_env_action_response = cls(
            current_status,
            previous_state,
        )

        dev_env_action_response.additional_properties = d
        return dev_env_action_response

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
