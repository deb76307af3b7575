from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_driver_update_strategy import PoolV2DriverUpdateStrategy
from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolV2Driver")


@_attrs_define
class PoolV2Driver:
    """Driver settings of the pool.

    Attributes:
        gpu_version (str | Unset): GPU driver version (physical pools with GPUs), e.g. 440.33.
        npu_version (str | Unset): NPU driver version.
        update_strategy (PoolV2DriverUpdateStrategy | Unset): Driver upgrade policy: force (immediately, may disturb
            running jobs) or idle (when no job runs on the node).
    """

    gpu_version: str | Unset = UNSET
    npu_version: str | Unset = UNSET
    update_strategy: PoolV2DriverUpdateStrategy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_version = self.gpu_version

        npu_version = self.npu_version

        update_strategy: str | Unset = UNSET
        if not isinstance(self.update_strategy, Unset):
            update_strategy = self.update_strategy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_version is not UNSET:
            field_dict["gpuVersion"] = gpu_version
        if npu_version is not UNSET:
            field_dict["npuVersion"] = npu_version
        if update_strategy is not UNSET:
            field_dict["updateStrategy"] = update_strategy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        gpu_version = d.pop("gpuVersion", UNSET)

        npu_version = d.pop("npuVersion", UNSET)

        _update_strategy = d.pop("updateStrategy", UNSET)
        update_strategy: PoolV2DriverUpdateStrategy | Unset
        if isinstance(_update_strategy, Unset):
            update_strategy = UNSET
        else:
            update_strategy = PoolV2DriverUpdateStrategy.from_json(_update_strategy)

        pool_v2_driver = cls(
            gpu_version,
            npu_version,
            update_strategy,
        )

        pool_v2_driver.additional_properties = d
        return pool_v2_driver

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
