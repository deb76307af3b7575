from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2_auto_search import AlgorithmV2AutoSearch


T = TypeVar("T", bound="AlgorithmV2AdvancedConfig")


@_attrs_define
class AlgorithmV2AdvancedConfig:
    """Advanced policies of the algorithm, as answered (empty when none are set).

    Attributes:
        auto_search (AlgorithmV2AutoSearch | Unset): Hyperparameter search policy, as answered.
    """

    auto_search: AlgorithmV2AutoSearch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_search, Unset):
            auto_search = self.auto_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_search is not UNSET:
            field_dict["auto_search"] = auto_search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.algorithm_v2_auto_search import AlgorithmV2AutoSearch  # noqa: PLC0415

        d = dict(src_dict)
        _auto_search = d.pop("auto_search", UNSET)
        auto_search: AlgorithmV2AutoSearch | Unset
        if isinstance(_auto_search, Unset) or _auto_search is None:
            auto_search = UNSET
        else:
            auto_search = AlgorithmV2AutoSearch.from_dict(_auto_search)

        algorithm_v2_advanced_config = cls(
            auto_search,
        )

        algorithm_v2_advanced_config.additional_properties = d
        return algorithm_v2_advanced_config

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
