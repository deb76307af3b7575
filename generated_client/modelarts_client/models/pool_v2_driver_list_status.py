from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_driver_status import PoolV2DriverStatus


T = TypeVar("T", bound="PoolV2DriverListStatus")


@_attrs_define
class PoolV2DriverListStatus:
    """Driver state of the pool by accelerator.

    Attributes:
        gpu (PoolV2DriverStatus | Unset): Version and state of one driver.
        npu (PoolV2DriverStatus | Unset): Version and state of one driver.
    """

    gpu: PoolV2DriverStatus | Unset = UNSET
    npu: PoolV2DriverStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        npu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.npu, Unset):
            npu = self.npu.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if npu is not UNSET:
            field_dict["npu"] = npu

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_driver_status import PoolV2DriverStatus  # noqa: PLC0415

        d = dict(src_dict)
        _gpu = d.pop("gpu", UNSET)
        gpu: PoolV2DriverStatus | Unset
        if isinstance(_gpu, Unset) or _gpu is None:
            gpu = UNSET
        else:
            gpu = PoolV2DriverStatus.from_dict(_gpu)

        _npu = d.pop("npu", UNSET)
        npu: PoolV2DriverStatus | Unset
        if isinstance(_npu, Unset) or _npu is None:
            npu = UNSET
        else:
            npu = PoolV2DriverStatus.from_dict(_npu)

        pool_v2_driver_list_status = cls(
            gpu,
            npu,
        )

        pool_v2_driver_list_status.additional_properties = d
        return pool_v2_driver_list_status

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
