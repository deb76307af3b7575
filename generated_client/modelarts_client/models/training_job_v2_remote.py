from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_obs_url import TrainingJobV2ObsUrl


T = TypeVar("T", bound="TrainingJobV2Remote")


@_attrs_define
class TrainingJobV2Remote:
    """Where data is stored in OBS.

    Attributes:
        obs (TrainingJobV2ObsUrl | Unset): An OBS location of job data.
    """

    obs: TrainingJobV2ObsUrl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.obs, Unset):
            obs = self.obs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obs is not UNSET:
            field_dict["obs"] = obs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_obs_url import TrainingJobV2ObsUrl  # noqa: PLC0415

        d = dict(src_dict)
        _obs = d.pop("obs", UNSET)
        obs: TrainingJobV2ObsUrl | Unset
        if isinstance(_obs, Unset) or _obs is None:
            obs = UNSET
        else:
            obs = TrainingJobV2ObsUrl.from_dict(_obs)

        training_job_v2_remote = cls(
            obs,
        )

        training_job_v2_remote.additional_properties = d
        return training_job_v2_remote

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
