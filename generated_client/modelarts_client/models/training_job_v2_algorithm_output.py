from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_remote import TrainingJobV2Remote


T = TypeVar("T", bound="TrainingJobV2AlgorithmOutput")


@_attrs_define
class TrainingJobV2AlgorithmOutput:
    """Output channel of a task's algorithm.

    Attributes:
        name (str | Unset): Channel name.
        local_dir (str | Unset): Container directory the channel is mapped to.
        remote (TrainingJobV2Remote | Unset): Where data is stored in OBS.
        mode (str | Unset): Transfer mode. Default: 'upload_periodically'.
        period (str | Unset): Transfer period. Default: '30s'.
    """

    name: str | Unset = UNSET
    local_dir: str | Unset = UNSET
    remote: TrainingJobV2Remote | Unset = UNSET
    mode: str | Unset = "upload_periodically"
    period: str | Unset = "30s"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        local_dir = self.local_dir

        remote: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remote, Unset):
            remote = self.remote.to_dict()

        mode = self.mode

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if local_dir is not UNSET:
            field_dict["local_dir"] = local_dir
        if remote is not UNSET:
            field_dict["remote"] = remote
        if mode is not UNSET:
            field_dict["mode"] = mode
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_remote import TrainingJobV2Remote  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        local_dir = d.pop("local_dir", UNSET)

        _remote = d.pop("remote", UNSET)
        remote: TrainingJobV2Remote | Unset
        if isinstance(_remote, Unset) or _remote is None:
            remote = UNSET
        else:
            remote = TrainingJobV2Remote.from_dict(_remote)

        mode = d.pop("mode", UNSET)

        period = d.pop("period", UNSET)

        training_job_v2_algorithm_output = cls(
            name,
            local_dir,
            remote,
            mode,
            period,
        )

        training_job_v2_algorithm_output.additional_properties = d
        return training_job_v2_algorithm_output

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
