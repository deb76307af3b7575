from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_job_version_config import TrainJobVersionConfig


T = TypeVar("T", bound="TrainJobVersionCreateRequest")


@_attrs_define
class TrainJobVersionCreateRequest:
    """Body of `create_training_job_version`.

    Attributes:
        config (TrainJobVersionConfig): Configuration of a new job version. Code source alternatives: either `model_id`
            (built-in algorithm), or `app_url` + `boot_file_url` (+ `engine_id`), or a custom image (`user_image_url` +
            `user_command`). Data alternatives, exactly one of: `data_url`; `dataset_id` + `dataset_version_id`;
            `data_source`. None of the alternatives is marked required; the service enforces the rule.
        job_desc (str | Unset): Description, 0 to 256 characters; empty by default.
    """

    config: TrainJobVersionConfig
    job_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        job_desc = self.job_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_job_version_config import TrainJobVersionConfig  # noqa: PLC0415

        d = dict(src_dict)
        config = TrainJobVersionConfig.from_dict(d.pop("config"))

        job_desc = d.pop("job_desc", UNSET)

        train_job_version_create_request = cls(
            config,
            job_desc,
        )

        train_job_version_create_request.additional_properties = d
        return train_job_version_create_request

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
