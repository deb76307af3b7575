from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_update_log_result import ServiceUpdateLogResult
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_update_log_config import ServiceUpdateLogConfig
    from ..models.service_update_log_node_result import ServiceUpdateLogNodeResult


T = TypeVar("T", bound="ServiceUpdateLog")


@_attrs_define
class ServiceUpdateLog:
    """One update of a service.

    Attributes:
        update_time (int | Unset): Time of the update. Epoch milliseconds (UTC).
        result (ServiceUpdateLogResult | Unset): Outcome of the update.
        config (list[ServiceUpdateLogConfig] | Unset): Configuration applied by the update.
        success_num (int | Unset): Nodes updated successfully (edge).
        failed_num (int | Unset): Nodes that failed (edge).
        result_detail (list[ServiceUpdateLogNodeResult] | Unset): Per-node results (edge).
        cluster_id (str | Unset): Dedicated resource pool.
        extend_config (list[Any] | Unset): Personalised configuration items.
    """

    update_time: int | Unset = UNSET
    result: ServiceUpdateLogResult | Unset = UNSET
    config: list[ServiceUpdateLogConfig] | Unset = UNSET
    success_num: int | Unset = UNSET
    failed_num: int | Unset = UNSET
    result_detail: list[ServiceUpdateLogNodeResult] | Unset = UNSET
    cluster_id: str | Unset = UNSET
    extend_config: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_time = self.update_time

        result: str | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.value

        config: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = []
            for config_item_data in self.config:
                config_item = config_item_data.to_dict()
                config.append(config_item)

        success_num = self.success_num

        failed_num = self.failed_num

        result_detail: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result_detail, Unset):
            result_detail = []
            for result_detail_item_data in self.result_detail:
                result_detail_item = result_detail_item_data.to_dict()
                result_detail.append(result_detail_item)

        cluster_id = self.cluster_id

        extend_config: list[Any] | Unset = UNSET
        if not isinstance(self.extend_config, Unset):
            extend_config = self.extend_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if result is not UNSET:
            field_dict["result"] = result
        if config is not UNSET:
            field_dict["config"] = config
        if success_num is not UNSET:
            field_dict["success_num"] = success_num
        if failed_num is not UNSET:
            field_dict["failed_num"] = failed_num
        if result_detail is not UNSET:
            field_dict["result_detail"] = result_detail
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if extend_config is not UNSET:
            field_dict["extend_config"] = extend_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_update_log_config import ServiceUpdateLogConfig  # noqa: PLC0415
        from ..models.service_update_log_node_result import ServiceUpdateLogNodeResult  # noqa: PLC0415

        d = dict(src_dict)
        update_time = d.pop("update_time", UNSET)

        _result = d.pop("result", UNSET)
        result: ServiceUpdateLogResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ServiceUpdateLogResult.from_json(_result)

        _config = d.pop("config", UNSET)
        config: list[ServiceUpdateLogConfig] | Unset = UNSET
        if _config is not UNSET and _config is not None:
            config = []
            for config_item_data in _config:
                config_item = ServiceUpdateLogConfig.from_dict(config_item_data)

                config.append(config_item)

        success_num = d.pop("success_num", UNSET)

        failed_num = d.pop("failed_num", UNSET)

        _result_detail = d.pop("result_detail", UNSET)
        result_detail: list[ServiceUpdateLogNodeResult] | Unset = UNSET
        if _result_detail is not UNSET and _result_detail is not None:
            result_detail = []
            for result_detail_item_data in _result_detail:
                result_detail_item = ServiceUpdateLogNodeResult.from_dict(result_detail_item_data)

                result_detail.append(result_detail_item)

        cluster_id = d.pop("cluster_id", UNSET)

        extend_config = cast(list[Any], d.pop("extend_config", UNSET))

        service_update_log = cls(
            update_time,
            result,
            config,
            success_num,
            failed_num,
            result_detail,
            cluster_id,
            extend_config,
        )

        service_update_log.additional_properties = d
        return service_update_log

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
