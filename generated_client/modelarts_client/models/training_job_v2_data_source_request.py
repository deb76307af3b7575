from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.training_job_v2_job_summary_request import TrainingJobV2JobSummaryRequest


T = TypeVar("T", bound="TrainingJobV2DataSourceRequest")


@_attrs_define
class TrainingJobV2DataSourceRequest:
    """A visualization log input.

    Attributes:
        job (TrainingJobV2JobSummaryRequest): A training job used as visualization log input.
    """

    job: TrainingJobV2JobSummaryRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_job_summary_request import TrainingJobV2JobSummaryRequest  # noqa: PLC0415

        d = dict(src_dict)
        job = TrainingJobV2JobSummaryRequest.from_dict(d.pop("job"))

        training_job_v2_data_source_request = cls(
            job,
        )

        training_job_v2_data_source_request.additional_properties = d
        return training_job_v2_data_source_request

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
