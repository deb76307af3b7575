from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_job_summary import TrainJobSummary


T = TypeVar("T", bound="TrainJobListResponse")


@_attrs_define
class TrainJobListResponse:
    """Body answered by `list_training_jobs`.

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call (chapter 10.2); absent on success.
        job_total_count (int | Unset): Total number of jobs matching the query.
        job_count_limit (int | Unset): Number of training jobs that can still be created.
        jobs (list[TrainJobSummary] | Unset): Jobs on this page.
        quotas (int | Unset): Maximum number of training jobs.
    """

    is_success: bool
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_total_count: int | Unset = UNSET
    job_count_limit: int | Unset = UNSET
    jobs: list[TrainJobSummary] | Unset = UNSET
    quotas: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        job_total_count = self.job_total_count

        job_count_limit = self.job_count_limit

        jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = []
            for jobs_item_data in self.jobs:
                jobs_item = jobs_item_data.to_dict()
                jobs.append(jobs_item)

        quotas = self.quotas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_success": is_success,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if job_total_count is not UNSET:
            field_dict["job_total_count"] = job_total_count
        if job_count_limit is not UNSET:
            field_dict["job_count_limit"] = job_count_limit
        if jobs is not UNSET:
            field_dict["jobs"] = jobs
        if quotas is not UNSET:
            field_dict["quotas"] = quotas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_job_summary import TrainJobSummary  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        job_total_count = d.pop("job_total_count", UNSET)

        job_count_limit = d.pop("job_count_limit", UNSET)

        _jobs = d.pop("jobs", UNSET)
        jobs: list[TrainJobSummary] | Unset = UNSET
        if _jobs is not UNSET and _jobs is not None:
            jobs = []
            for jobs_item_data in _jobs:
                jobs_item = TrainJobSummary.from_dict(jobs_item_data)

                jobs.append(jobs_item)

        quotas = d.pop("quotas", UNSET)

        train_job_list_response = cls(
            is_success,
            error_message,
            error_code,
            job_total_count,
            job_count_limit,
            jobs,
            quotas,
        )

        train_job_list_response.additional_properties = d
        return train_job_list_response

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
