from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_summary_request_log_type import TrainingJobV2SummaryRequestLogType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_data_source_request import TrainingJobV2DataSourceRequest
    from ..models.training_job_v2_log_dir_request import TrainingJobV2LogDirRequest


T = TypeVar("T", bound="TrainingJobV2SummaryRequest")


@_attrs_define
class TrainingJobV2SummaryRequest:
    """Visualization log settings of a job to create.

    Attributes:
        log_type (TrainingJobV2SummaryRequestLogType | Unset): Visualization log type; once set, the job can feed a
            visualization job.
        log_dir (TrainingJobV2LogDirRequest | Unset): Where visualization logs are written; needed when `log_type` is
            set.
        data_sources (list[TrainingJobV2DataSourceRequest] | Unset): Log inputs of a visualization or debug job; needed
            when the `tensorboard/enable` or `mindstudio-insight/enable` annotation is true.
    """

    log_type: TrainingJobV2SummaryRequestLogType | Unset = UNSET
    log_dir: TrainingJobV2LogDirRequest | Unset = UNSET
    data_sources: list[TrainingJobV2DataSourceRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_type: str | Unset = UNSET
        if not isinstance(self.log_type, Unset):
            log_type = self.log_type.value

        log_dir: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_dir, Unset):
            log_dir = self.log_dir.to_dict()

        data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = []
            for data_sources_item_data in self.data_sources:
                data_sources_item = data_sources_item_data.to_dict()
                data_sources.append(data_sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_type is not UNSET:
            field_dict["log_type"] = log_type
        if log_dir is not UNSET:
            field_dict["log_dir"] = log_dir
        if data_sources is not UNSET:
            field_dict["data_sources"] = data_sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_data_source_request import TrainingJobV2DataSourceRequest  # noqa: PLC0415
        from ..models.training_job_v2_log_dir_request import TrainingJobV2LogDirRequest  # noqa: PLC0415

        d = dict(src_dict)
        _log_type = d.pop("log_type", UNSET)
        log_type: TrainingJobV2SummaryRequestLogType | Unset
        if isinstance(_log_type, Unset):
            log_type = UNSET
        else:
            log_type = TrainingJobV2SummaryRequestLogType.from_json(_log_type)

        _log_dir = d.pop("log_dir", UNSET)
        log_dir: TrainingJobV2LogDirRequest | Unset
        if isinstance(_log_dir, Unset) or _log_dir is None:
            log_dir = UNSET
        else:
            log_dir = TrainingJobV2LogDirRequest.from_dict(_log_dir)

        _data_sources = d.pop("data_sources", UNSET)
        data_sources: list[TrainingJobV2DataSourceRequest] | Unset = UNSET
        if _data_sources is not UNSET and _data_sources is not None:
            data_sources = []
            for data_sources_item_data in _data_sources:
                data_sources_item = TrainingJobV2DataSourceRequest.from_dict(data_sources_item_data)

                data_sources.append(data_sources_item)

        training_job_v2_summary_request = cls(
            log_type,
            log_dir,
            data_sources,
        )

        training_job_v2_summary_request.additional_properties = d
        return training_job_v2_summary_request

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
