from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_input_data_info import TrainingJobV2InputDataInfo
    from ..models.training_job_v2_remote_constraint import TrainingJobV2RemoteConstraint


T = TypeVar("T", bound="TrainingJobV2Input")


@_attrs_define
class TrainingJobV2Input:
    """A data input channel of a job.

    Attributes:
        name (str | Unset): Channel name.
        description (str | Unset): Channel description.
        local_dir (str | Unset): Container directory the channel is mapped to, e.g. /home/ma-
            user/modelarts/inputs/data_url_0.
        remote (TrainingJobV2InputDataInfo | Unset): Where the input data lives: a dataset (`dataset`) or an OBS path
            (`obs`).
        remote_constraint (list[TrainingJobV2RemoteConstraint] | Unset): Constraints on the input data.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    remote: TrainingJobV2InputDataInfo | Unset = UNSET
    remote_constraint: list[TrainingJobV2RemoteConstraint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        local_dir = self.local_dir

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        remote_constraint: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remote_constraint, Unset):
            remote_constraint = []
            for remote_constraint_item_data in self.remote_constraint:
                remote_constraint_item = remote_constraint_item_data.to_dict()
                remote_constraint.append(remote_constraint_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir
        if remote is not UNSET:
            field_dict["remote"] = remote
        if remote_constraint is not UNSET:
            field_dict["remote_constraint"] = remote_constraint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_input_data_info import TrainingJobV2InputDataInfo  # noqa: PLC0415
        from ..models.training_job_v2_remote_constraint import TrainingJobV2RemoteConstraint  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        local_dir = d.pop("local_dir", UNSET)

        _remote = d.pop("remote", UNSET)
        remote: TrainingJobV2InputDataInfo | Unset
        if isinstance(_remote, Unset) or _remote is None:
            remote = UNSET
        else:
            remote = TrainingJobV2InputDataInfo.from_dict(_remote)

        _remote_constraint = d.pop("remote_constraint", UNSET)
        remote_constraint: list[TrainingJobV2RemoteConstraint] | Unset = UNSET
        if _remote_constraint is not UNSET and _remote_constraint is not None:
            remote_constraint = []
            for remote_constraint_item_data in _remote_constraint:
                remote_constraint_item = TrainingJobV2RemoteConstraint.from_dict(remote_constraint_item_data)

                remote_constraint.append(remote_constraint_item)

        training_job_v2_input = cls(
            name,
            description,
            local_dir,
            remote,
            remote_constraint,
        )

        training_job_v2_input.additional_properties = d
        return training_job_v2_input

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
