from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_summary import ModelSummary


T = TypeVar("T", bound="ModelListResponse")


@_attrs_define
class ModelListResponse:
    """One page of models.

    Attributes:
        total_count (int | Unset): Number of models matching the filters, over all pages.
        count (int | Unset): Number of models on this page.
        models (list[ModelSummary] | Unset): The models on this page.
    """

    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    models: list[ModelSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        count = self.count

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_summary import ModelSummary  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        count = d.pop("count", UNSET)

        _models = d.pop("models", UNSET)
        models: list[ModelSummary] | Unset = UNSET
        if _models is not UNSET and _models is not None:
            models = []
            for models_item_data in _models:
                models_item = ModelSummary.from_dict(models_item_data)

                models.append(models_item)

        model_list_response = cls(
            total_count,
            count,
            models,
        )

        model_list_response.additional_properties = d
        return model_list_response

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
