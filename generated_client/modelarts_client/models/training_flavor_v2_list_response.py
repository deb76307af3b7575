from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_flavor_v2 import TrainingFlavorV2


T = TypeVar("T", bound="TrainingFlavorV2ListResponse")


@_attrs_define
class TrainingFlavorV2ListResponse:
    """The public resource flavors for training jobs.

    Attributes:
        total_count (int | Unset): Number of flavors.
        flavors (list[TrainingFlavorV2] | Unset): The flavors.
    """

    total_count: int | Unset = UNSET
    flavors: list[TrainingFlavorV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        flavors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flavors, Unset):
            flavors = []
            for flavors_item_data in self.flavors:
                flavors_item = flavors_item_data.to_dict()
                flavors.append(flavors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if flavors is not UNSET:
            field_dict["flavors"] = flavors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_flavor_v2 import TrainingFlavorV2  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        _flavors = d.pop("flavors", UNSET)
        flavors: list[TrainingFlavorV2] | Unset = UNSET
        if _flavors is not UNSET and _flavors is not None:
            flavors = []
            for flavors_item_data in _flavors:
                flavors_item = TrainingFlavorV2.from_dict(flavors_item_data)

                flavors.append(flavors_item)

        training_flavor_v2_list_response = cls(
            total_count,
            flavors,
        )

        training_flavor_v2_list_response.additional_properties = d
        return training_flavor_v2_list_response

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
