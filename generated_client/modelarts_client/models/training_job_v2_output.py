from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_remote import TrainingJobV2Remote


T = TypeVar("T", bound="TrainingJobV2Output")


@_attrs_define
class TrainingJobV2Output:
    """A data output channel of a job.

    Attributes:
        name (str | Unset): Channel name.
        description (str | Unset): Channel description.
        local_dir (str | Unset): Container directory the channel is mapped to.
        remote (TrainingJobV2Remote | Unset): Where data is stored in OBS.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    remote: TrainingJobV2Remote | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        local_dir = self.local_dir

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_remote import TrainingJobV2Remote  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        local_dir = d.pop("local_dir", UNSET)

        _remote = d.pop("remote", UNSET)
        remote: TrainingJobV2Remote | Unset
        if isinstance(_remote, Unset) or _remote is None:
            remote = UNSET
        else:
            remote = TrainingJobV2Remote.from_dict(_remote)

        training_job_v2_output = cls(
            name,
            description,
            local_dir,
            remote,
        )

        training_job_v2_output.additional_properties = d
        return training_job_v2_output

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
