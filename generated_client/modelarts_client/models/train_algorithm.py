from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.train_algorithm_model_usage import TrainAlgorithmModelUsage
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainAlgorithm")


@_attrs_define
class TrainAlgorithm:
    """A built-in algorithm (model).

    Attributes:
        model_id (int | Unset): Model ID; used as `config.model_id` when creating a job.
        model_name (str | Unset): Model name.
        model_usage (TrainAlgorithmModelUsage | Unset): Model usage: 1 image classification, 2 object class and
            location, 3 image semantic segmentation, 4 natural language processing, 5 image embedding.
        model_precision (str | Unset): Model precision, free text, e.g. `80.05%(mAP)`.
        model_size (int | Unset): Model size in bytes.
        model_train_dataset (str | Unset): Dataset the model was trained on.
        model_dataset_format (str | Unset): Dataset format the model expects.
        model_description_url (str | Unset): URL of the model description.
        parameter (str | Unset): Running parameters as a JSON array in a string; each entry has `label`, `value`,
            `required`, and (in the samples) `placeholder_cn`/`placeholder_en` hints. Decode with the schema in `x-json-
            schema`.
        create_time (int | Unset): Creation time, epoch milliseconds.
        engine_id (int | Unset): Engine ID of the model.
        engine_name (str | Unset): Engine name of the model.
        engine_version (str | Unset): Engine version of the model.
    """

    model_id: int | Unset = UNSET
    model_name: str | Unset = UNSET
    model_usage: TrainAlgorithmModelUsage | Unset = UNSET
    model_precision: str | Unset = UNSET
    model_size: int | Unset = UNSET
    model_train_dataset: str | Unset = UNSET
    model_dataset_format: str | Unset = UNSET
    model_description_url: str | Unset = UNSET
    parameter: str | Unset = UNSET
    create_time: int | Unset = UNSET
    engine_id: int | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_usage: int | Unset = UNSET
        if not isinstance(self.model_usage, Unset):
            model_usage = self.model_usage.value

        model_precision = self.model_precision

        model_size = self.model_size

        model_train_dataset = self.model_train_dataset

        model_dataset_format = self.model_dataset_format

        model_description_url = self.model_description_url

        parameter = self.parameter

        create_time = self.create_time

        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_usage is not UNSET:
            field_dict["model_usage"] = model_usage
        if model_precision is not UNSET:
            field_dict["model_precision"] = model_precision
        if model_size is not UNSET:
            field_dict["model_size"] = model_size
        if model_train_dataset is not UNSET:
            field_dict["model_train_dataset"] = model_train_dataset
        if model_dataset_format is not UNSET:
            field_dict["model_dataset_format"] = model_dataset_format
        if model_description_url is not UNSET:
            field_dict["model_description_url"] = model_description_url
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        _model_usage = d.pop("model_usage", UNSET)
        model_usage: TrainAlgorithmModelUsage | Unset
        if isinstance(_model_usage, Unset):
            model_usage = UNSET
        else:
            model_usage = TrainAlgorithmModelUsage.from_json(_model_usage)

        model_precision = d.pop("model_precision", UNSET)

        model_size = d.pop("model_size", UNSET)

        model_train_dataset = d.pop("model_train_dataset", UNSET)

        model_dataset_format = d.pop("model_dataset_format", UNSET)

        model_description_url = d.pop("model_description_url", UNSET)

        parameter = d.pop("parameter", UNSET)

        create_time = d.pop("create_time", UNSET)

        engine_id = d.pop("engine_id", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        train_algorithm = cls(
            model_id,
            model_name,
            model_usage,
            model_precision,
            model_size,
            model_train_dataset,
            model_dataset_format,
            model_description_url,
            parameter,
            create_time,
            engine_id,
            engine_name,
            engine_version,
        )

        train_algorithm.additional_properties = d
        return train_algorithm

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
