from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_action_request_action_type import TrainingJobV2ActionRequestActionType

T = TypeVar("T", bound="TrainingJobV2ActionRequest")


@_attrs_define
class TrainingJobV2ActionRequest:
    """Body of an action on a training job.

    Attributes:
        action_type (TrainingJobV2ActionRequestActionType): Action to take; `terminate` stops the job (the only action
            the reference defines).
    """

    action_type: TrainingJobV2ActionRequestActionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_type = self.action_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action_type": action_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        action_type = TrainingJobV2ActionRequestActionType.from_json(d.pop("action_type"))

        training_job_v2_action_request = cls(
            action_type,
        )

        training_job_v2_action_request.additional_properties = d
        return training_job_v2_action_request

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
