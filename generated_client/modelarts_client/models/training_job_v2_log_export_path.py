from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingJobV2LogExportPath")


@_attrs_define
class TrainingJobV2LogExportPath:
    """Where the job's logs are exported.

    Attributes:
        obs_url (str | Unset): OBS path for the logs, e.g. obs://example/path.
        host_path (str | Unset): Host path for the logs, e.g. /example/path.
    """

    obs_url: str | Unset = UNSET
    host_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        obs_url = self.obs_url

        host_path = self.host_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if obs_url is not UNSET:
            field_dict["obs_url"] = obs_url
        if host_path is not UNSET:
            field_dict["host_path"] = host_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        obs_url = d.pop("obs_url", UNSET)

        host_path = d.pop("host_path", UNSET)

        training_job_v2_log_export_path = cls(
            obs_url,
            host_path,
        )

        training_job_v2_log_export_path.additional_properties = d
        return training_job_v2_log_export_path

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
