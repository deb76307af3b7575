from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.train_algorithm import TrainAlgorithm


T = TypeVar("T", bound="TrainAlgorithmListResponse")


@_attrs_define
class TrainAlgorithmListResponse:
    """Body answered by `list_builtin_algorithms`.

    Attributes:
        is_success (bool): Whether the request succeeded.
        error_message (str | Unset): Error message of a failed call; absent on success.
        error_code (str | Unset): Error code of a failed call (chapter 10.2); absent on success.
        model_total_count (int | Unset): Total number of built-in models matching the query.
        models (list[TrainAlgorithm] | Unset): Models on this page.
    """

    is_success: bool
    error_message: str | Unset = UNSET
    error_code: str | Unset = UNSET
    model_total_count: int | Unset = UNSET
    models: list[TrainAlgorithm] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_success = self.is_success

        error_message = self.error_message

        error_code = self.error_code

        model_total_count = self.model_total_count

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

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
        if model_total_count is not UNSET:
            field_dict["model_total_count"] = model_total_count
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.train_algorithm import TrainAlgorithm  # noqa: PLC0415

        d = dict(src_dict)
        is_success = d.pop("is_success")

        error_message = d.pop("error_message", UNSET)

        error_code = d.pop("error_code", UNSET)

        model_total_count = d.pop("model_total_count", UNSET)

        _models = d.pop("models", UNSET)
        models: list[TrainAlgorithm] | Unset = UNSET
        if _models is not UNSET and _models is not None:
            models = []
            for models_item_data in _models:
                models_item = TrainAlgorithm.from_dict(models_item_data)

                models.append(models_item)

        train_algorithm_list_response = cls(
            is_success,
            error_message,
            error_code,
            model_total_count,
            models,
        )

        train_algorithm_list_response.additional_properties = d
        return train_algorithm_list_response

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
