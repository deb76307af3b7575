from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_job_create_config import TrainJobCreateConfig


T = TypeVar("T", bound="TrainJobCreateRequest")


@_attrs_define
class TrainJobCreateRequest:
    """Body of `create_training_job`.

    Attributes:
        job_name (str): Job name: 1 to 64 letters, digits, underscores or hyphens.
        config (TrainJobCreateConfig): Configuration of a new training job. Code source alternatives: either `model_id`
            (built-in algorithm), or `app_url` + `boot_file_url` (+ `engine_id`), or a custom image (`user_image_url` +
            `user_command`). Data alternatives, exactly one of: `data_url`; `dataset_id` + `dataset_version_id`;
            `data_source`. None of the alternatives is marked required; the service enforces the rule.
        job_desc (str | Unset): Job description, 0 to 256 characters; empty by default.
        workspace_id (str | Unset): Workspace of the job. Default: '0'.
    """

    job_name: str
    config: TrainJobCreateConfig
    job_desc: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_name = self.job_name

        config = self.config.to_dict()

        job_desc = self.job_desc

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_name": job_name,
                "config": config,
            }
        )
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_job_create_config import TrainJobCreateConfig  # noqa: PLC0415

        d = dict(src_dict)
        job_name = d.pop("job_name")

        config = TrainJobCreateConfig.from_dict(d.pop("config"))

        job_desc = d.pop("job_desc", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        train_job_create_request = cls(
            job_name,
            config,
            job_desc,
            workspace_id,
        )

        train_job_create_request.additional_properties = d
        return train_job_create_request

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
