from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_engine_v2 import TrainingEngineV2


T = TypeVar("T", bound="TrainingEngineV2ListResponse")


@_attrs_define
class TrainingEngineV2ListResponse:
    """The preset AI engines for training jobs.

    Attributes:
        total (int | Unset): Number of engines.
        items (list[TrainingEngineV2] | Unset): The engines.
    """

    total: int | Unset = UNSET
    items: list[TrainingEngineV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_engine_v2 import TrainingEngineV2  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        _items = d.pop("items", UNSET)
        items: list[TrainingEngineV2] | Unset = UNSET
        if _items is not UNSET and _items is not None:
            items = []
            for items_item_data in _items:
                items_item = TrainingEngineV2.from_dict(items_item_data)

                items.append(items_item)

        training_engine_v2_list_response = cls(
            total,
            items,
        )

        training_engine_v2_list_response.additional_properties = d
        return training_engine_v2_list_response

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
