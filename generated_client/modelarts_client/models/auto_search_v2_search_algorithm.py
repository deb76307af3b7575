from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_algo_config_parameter import TrainingJobV2AlgoConfigParameter


T = TypeVar("T", bound="AutoSearchV2SearchAlgorithm")


@_attrs_define
class AutoSearchV2SearchAlgorithm:
    """One hyperparameter search algorithm.

    Attributes:
        name (str | Unset): Algorithm name (e.g. bayes_opt_search, tpe_search, anneal_search).
        params (list[TrainingJobV2AlgoConfigParameter] | Unset): The algorithm's parameters.
        description (str | Unset): What the algorithm does.
    """

    name: str | Unset = UNSET
    params: list[TrainingJobV2AlgoConfigParameter] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if params is not UNSET:
            field_dict["params"] = params
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_algo_config_parameter import TrainingJobV2AlgoConfigParameter  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _params = d.pop("params", UNSET)
        params: list[TrainingJobV2AlgoConfigParameter] | Unset = UNSET
        if _params is not UNSET and _params is not None:
            params = []
            for params_item_data in _params:
                params_item = TrainingJobV2AlgoConfigParameter.from_dict(params_item_data)

                params.append(params_item)

        description = d.pop("description", UNSET)

        auto_search_v2_search_algorithm = cls(
            name,
            params,
            description,
        )

        auto_search_v2_search_algorithm.additional_properties = d
        return auto_search_v2_search_algorithm

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
