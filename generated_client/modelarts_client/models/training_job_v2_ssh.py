from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_task_url import TrainingJobV2TaskUrl


T = TypeVar("T", bound="TrainingJobV2Ssh")


@_attrs_define
class TrainingJobV2Ssh:
    """SSH access to a job.

    Attributes:
        key_pair_names (list[str] | Unset): Names of ECS key pairs allowed to log in.
        task_urls (list[TrainingJobV2TaskUrl] | Unset): SSH addresses of the tasks.
    """

    key_pair_names: list[str] | Unset = UNSET
    task_urls: list[TrainingJobV2TaskUrl] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_pair_names: list[str] | Unset = UNSET
        if not isinstance(self.key_pair_names, Unset):
            key_pair_names = self.key_pair_names

        task_urls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.task_urls, Unset):
            task_urls = []
            for task_urls_item_data in self.task_urls:
                task_urls_item = task_urls_item_data.to_dict()
                task_urls.append(task_urls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key_pair_names is not UNSET:
            field_dict["key_pair_names"] = key_pair_names
        if task_urls is not UNSET:
            field_dict["task_urls"] = task_urls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_task_url import TrainingJobV2TaskUrl  # noqa: PLC0415

        d = dict(src_dict)
        key_pair_names = cast(list[str], d.pop("key_pair_names", UNSET))

        _task_urls = d.pop("task_urls", UNSET)
        task_urls: list[TrainingJobV2TaskUrl] | Unset = UNSET
        if _task_urls is not UNSET and _task_urls is not None:
            task_urls = []
            for task_urls_item_data in _task_urls:
                task_urls_item = TrainingJobV2TaskUrl.from_dict(task_urls_item_data)

                task_urls.append(task_urls_item)

        training_job_v2_ssh = cls(
            key_pair_names,
            task_urls,
        )

        training_job_v2_ssh.additional_properties = d
        return training_job_v2_ssh

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
