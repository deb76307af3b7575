from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2_algo_config import AlgorithmV2AlgoConfig
    from ..models.training_job_v2_reward_attr import TrainingJobV2RewardAttr
    from ..models.training_job_v2_search_param import TrainingJobV2SearchParam


T = TypeVar("T", bound="AlgorithmV2AutoSearchSpec")


@_attrs_define
class AlgorithmV2AutoSearchSpec:
    """Hyperparameter search policy, as sent.

    Attributes:
        skip_search_params (str | Unset): Hyperparameters to leave out of the search.
        reward_attrs (list[TrainingJobV2RewardAttr] | Unset): Metrics the search optimises.
        search_params (list[TrainingJobV2SearchParam] | Unset): Hyperparameters to search and their ranges.
        algo_configs (list[AlgorithmV2AlgoConfig] | Unset): Search algorithms and their settings.
    """

    skip_search_params: str | Unset = UNSET
    reward_attrs: list[TrainingJobV2RewardAttr] | Unset = UNSET
    search_params: list[TrainingJobV2SearchParam] | Unset = UNSET
    algo_configs: list[AlgorithmV2AlgoConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skip_search_params = self.skip_search_params

        reward_attrs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reward_attrs, Unset):
            reward_attrs = []
            for reward_attrs_item_data in self.reward_attrs:
                reward_attrs_item = reward_attrs_item_data.to_dict()
                reward_attrs.append(reward_attrs_item)

        search_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.search_params, Unset):
            search_params = []
            for search_params_item_data in self.search_params:
                search_params_item = search_params_item_data.to_dict()
                search_params.append(search_params_item)

        algo_configs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.algo_configs, Unset):
            algo_configs = []
            for algo_configs_item_data in self.algo_configs:
                algo_configs_item = algo_configs_item_data.to_dict()
                algo_configs.append(algo_configs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if skip_search_params is not UNSET:
            field_dict["skip_search_params"] = skip_search_params
        if reward_attrs is not UNSET:
            field_dict["reward_attrs"] = reward_attrs
        if search_params is not UNSET:
            field_dict["search_params"] = search_params
        if algo_configs is not UNSET:
            field_dict["algo_configs"] = algo_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.algorithm_v2_algo_config import AlgorithmV2AlgoConfig  # noqa: PLC0415
        from ..models.training_job_v2_reward_attr import TrainingJobV2RewardAttr  # noqa: PLC0415
        from ..models.training_job_v2_search_param import TrainingJobV2SearchParam  # noqa: PLC0415

        d = dict(src_dict)
        skip_search_params = d.pop("skip_search_params", UNSET)

        _reward_attrs = d.pop("reward_attrs", UNSET)
        reward_attrs: list[TrainingJobV2RewardAttr] | Unset = UNSET
        if _reward_attrs is not UNSET and _reward_attrs is not None:
            reward_attrs = []
            for reward_attrs_item_data in _reward_attrs:
                reward_attrs_item = TrainingJobV2RewardAttr.from_dict(reward_attrs_item_data)

                reward_attrs.append(reward_attrs_item)

        _search_params = d.pop("search_params", UNSET)
        search_params: list[TrainingJobV2SearchParam] | Unset = UNSET
        if _search_params is not UNSET and _search_params is not None:
            search_params = []
            for search_params_item_data in _search_params:
                search_params_item = TrainingJobV2SearchParam.from_dict(search_params_item_data)

                search_params.append(search_params_item)

        _algo_configs = d.pop("algo_configs", UNSET)
        algo_configs: list[AlgorithmV2AlgoConfig] | Unset = UNSET
        if _algo_configs is not UNSET and _algo_configs is not None:
            algo_configs = []
            for algo_configs_item_data in _algo_configs:
                algo_configs_item = AlgorithmV2AlgoConfig.from_dict(algo_configs_item_data)

                algo_configs.append(algo_configs_item)

        algorithm_v2_auto_search_spec = cls(
            skip_search_params,
            reward_attrs,
            search_params,
            algo_configs,
        )

        algorithm_v2_auto_search_spec.additional_properties = d
        return algorithm_v2_auto_search_spec

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
