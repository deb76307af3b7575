from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_task_input_remote_request import TrainingJobV2TaskInputRemoteRequest


T = TypeVar("T", bound="TrainingJobV2TaskInputRequest")


@_attrs_define
class TrainingJobV2TaskInputRequest:
    """A data input channel of a task.

    Attributes:
        name (str): Channel name.
        remote (TrainingJobV2TaskInputRemoteRequest): Where a task's input data lives.
        description (str | Unset): Channel description.
        local_dir (str | Unset): Container directory the channel is mapped to.
    """

    name: str
    remote: TrainingJobV2TaskInputRemoteRequest
    description: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        remote = self.remote.to_dict()

        description = self.description

        local_dir = self.local_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "remote": remote,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_task_input_remote_request import TrainingJobV2TaskInputRemoteRequest  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        remote = TrainingJobV2TaskInputRemoteRequest.from_dict(d.pop("remote"))

        description = d.pop("description", UNSET)

        local_dir = d.pop("local_dir", UNSET)

        training_job_v2_task_input_request = cls(
            name,
            remote,
            description,
            local_dir,
        )

        training_job_v2_task_input_request.additional_properties = d
        return training_job_v2_task_input_request

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
