from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_job_version import TrainJobVersion


T = TypeVar("T", bound="TrainJobVersionListResponse")


@_attrs_define
class TrainJobVersionListResponse:
    """Body answered by `list_training_job_versions`.

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call (chapter 10.2); absent on success.
        job_id (int | Unset): Training job ID.
        job_name (str | Unset): Training job name.
        job_desc (str | Unset): Job description.
        version_count (int | Unset): Number of versions of the job.
        versions (list[TrainJobVersion] | Unset): Versions on this page.
    """

    is_success: bool
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    job_id: int | Unset = UNSET
    job_name: str | Unset = UNSET
    job_desc: str | Unset = UNSET
    version_count: int | Unset = UNSET
    versions: list[TrainJobVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        job_id = self.job_id

        job_name = self.job_name

        job_desc = self.job_desc

        version_count = self.version_count

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

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
        if job_id is not UNSET:
            field_dict["job_id"] = job_id
        if job_name is not UNSET:
            field_dict["job_name"] = job_name
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if version_count is not UNSET:
            field_dict["version_count"] = version_count
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_job_version import TrainJobVersion  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        job_id = d.pop("job_id", UNSET)

        job_name = d.pop("job_name", UNSET)

        job_desc = d.pop("job_desc", UNSET)

        version_count = d.pop("version_count", UNSET)

        _versions = d.pop("versions", UNSET)
        versions: list[TrainJobVersion] | Unset = UNSET
        if _versions is not UNSET and _versions is not None:
            versions = []
            for versions_item_data in _versions:
                versions_item = TrainJobVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        train_job_version_list_response = cls(
            is_success,
            error_message,
            error_code,
            job_id,
            job_name,
            job_desc,
            version_count,
            versions,
        )

        train_job_version_list_response.additional_properties = d
        return train_job_version_list_response

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
