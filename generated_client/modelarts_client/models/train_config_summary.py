from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainConfigSummary")


@_attrs_define
class TrainConfigSummary:
    """One configuration in a list_training_job_configs page.

    Attributes:
        config_name (str | Unset): Configuration name.
        config_desc (str | Unset): Configuration description.
        create_time (int | Unset): Creation time, epoch milliseconds.
        engine_type (int | Unset): Engine type code (1 TensorFlow, 2 MXNet, 3 Ray, 4 Caffe, 5 Spark_MLlib, 9 XGBoost-
            Sklearn, 10 PyTorch, 12 Horovod).
        engine_name (str | Unset): Engine name.
        engine_id (int | Unset): Engine ID.
        engine_version (str | Unset): Engine version, e.g. `TF-1.4.0-python2.7`.
        user_image_url (str | Unset): SWR address of the custom image, if any.
        user_command (str | Unset): Start command of the custom image container, if any.
    """

    config_name: str | Unset = UNSET
    config_desc: str | Unset = UNSET
    create_time: int | Unset = UNSET
    engine_type: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_version: str | Unset = UNSET
    user_image_url: str | Unset = UNSET
    user_command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_name = self.config_name

        config_desc = self.config_desc

        create_time = self.create_time

        engine_type = self.engine_type

        engine_name = self.engine_name

        engine_id = self.engine_id

        engine_version = self.engine_version

        user_image_url = self.user_image_url

        user_command = self.user_command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config_name is not UNSET:
            field_dict["config_name"] = config_name
        if config_desc is not UNSET:
            field_dict["config_desc"] = config_desc
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if engine_type is not UNSET:
            field_dict["engine_type"] = engine_type
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if user_image_url is not UNSET:
            field_dict["user_image_url"] = user_image_url
        if user_command is not UNSET:
            field_dict["user_command"] = user_command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        config_name = d.pop("config_name", UNSET)

        config_desc = d.pop("config_desc", UNSET)

        create_time = d.pop("create_time", UNSET)

        engine_type = d.pop("engine_type", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_id = d.pop("engine_id", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        user_image_url = d.pop("user_image_url", UNSET)

        user_command = d.pop("user_command", UNSET)

        train_config_summary = cls(
            config_name,
            config_desc,
            create_time,
            engine_type,
            engine_name,
            engine_id,
            engine_version,
            user_image_url,
            user_command,
        )

        train_config_summary.additional_properties = d
        return train_config_summary

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
