from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_config_summary import TrainConfigSummary


T = TypeVar("T", bound="TrainConfigList")


@_attrs_define
class TrainConfigList:
    """Response of list_training_job_configs.

    Attributes:
        is_success (bool | Unset): Whether the request succeeded.
        error_code (str | Unset): Error code of a failed call; absent on success.
        error_message (str | Unset): Error message of a failed call; absent on success.
        config_total_count (int | Unset): Number of configurations matching the query (all pages).
        configs (list[TrainConfigSummary] | Unset): Configurations on this page.
    """

    is_success: bool | Unset = UNSET
    error_code: str | Unset = UNSET
    error_message: str | Unset = UNSET
    config_total_count: int | Unset = UNSET
    configs: list[TrainConfigSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_code = self.error_code

        error_message = self.error_message

        config_total_count = self.config_total_count

        configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configs, Unset):
            configs = []
            for configs_item_data in self.configs:
                configs_item = configs_item_data.to_dict()
                configs.append(configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_success is not UNSET:
            field_dict["is_success"] = is_success
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if config_total_count is not UNSET:
            field_dict["config_total_count"] = config_total_count
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_config_summary import TrainConfigSummary  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("is_success", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_message = d.pop("error_message", UNSET)

        config_total_count = d.pop("config_total_count", UNSET)

        _configs = d.pop("configs", UNSET)
        configs: list[TrainConfigSummary] | Unset = UNSET
        if _configs is not UNSET and _configs is not None:
            configs = []
            for configs_item_data in _configs:
                configs_item = TrainConfigSummary.from_dict(configs_item_data)

                configs.append(configs_item)

        train_config_list = cls(
            is_success,
            error_code,
            error_message,
            config_total_count,
            configs,
        )

        train_config_list.additional_properties = d
        return train_config_list

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
