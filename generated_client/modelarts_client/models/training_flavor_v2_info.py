from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_flavor_v2_cpu import TrainingFlavorV2Cpu
    from ..models.training_flavor_v2_disk import TrainingFlavorV2Disk
    from ..models.training_flavor_v2_gpu import TrainingFlavorV2Gpu
    from ..models.training_flavor_v2_memory import TrainingFlavorV2Memory
    from ..models.training_flavor_v2_npu import TrainingFlavorV2Npu


T = TypeVar("T", bound="TrainingFlavorV2Info")


@_attrs_define
class TrainingFlavorV2Info:
    """Hardware of a flavor.

    Attributes:
        max_num (int | Unset): Largest number of nodes that can be chosen; 1 means no distributed training.
        cpu (TrainingFlavorV2Cpu | Unset): CPUs of a flavor.
        gpu (TrainingFlavorV2Gpu | Unset): GPUs of a flavor.
        npu (TrainingFlavorV2Npu | Unset): NPUs of a flavor.
        memory (TrainingFlavorV2Memory | Unset): Memory of a flavor.
        disk (TrainingFlavorV2Disk | Unset): Disk of a flavor.
    """

    max_num: int | Unset = UNSET
    cpu: TrainingFlavorV2Cpu | Unset = UNSET
    gpu: TrainingFlavorV2Gpu | Unset = UNSET
    npu: TrainingFlavorV2Npu | Unset = UNSET
    memory: TrainingFlavorV2Memory | Unset = UNSET
    disk: TrainingFlavorV2Disk | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_num = self.max_num

        cpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu, Unset):
            cpu = self.cpu.to_dict()

        gpu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu, Unset):
            gpu = self.gpu.to_dict()

        npu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.npu, Unset):
            npu = self.npu.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk, Unset):
            disk = self.disk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_num is not UNSET:
            field_dict["max_num"] = max_num
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if gpu is not UNSET:
            field_dict["gpu"] = gpu
        if npu is not UNSET:
            field_dict["npu"] = npu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if disk is not UNSET:
            field_dict["disk"] = disk

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_flavor_v2_cpu import TrainingFlavorV2Cpu  # noqa: PLC0415
        from ..models.training_flavor_v2_disk import TrainingFlavorV2Disk  # noqa: PLC0415
        from ..models.training_flavor_v2_gpu import TrainingFlavorV2Gpu  # noqa: PLC0415
        from ..models.training_flavor_v2_memory import TrainingFlavorV2Memory  # noqa: PLC0415
        from ..models.training_flavor_v2_npu import TrainingFlavorV2Npu  # noqa: PLC0415

        d = dict(src_dict)
        max_num = d.pop("max_num", UNSET)

        _cpu = d.pop("cpu", UNSET)
        cpu: TrainingFlavorV2Cpu | Unset
        if isinstance(_cpu, Unset) or _cpu is None:
            cpu = UNSET
        else:
            cpu = TrainingFlavorV2Cpu.from_dict(_cpu)

        _gpu = d.pop("gpu", UNSET)
        gpu: TrainingFlavorV2Gpu | Unset
        if isinstance(_gpu, Unset) or _gpu is None:
            gpu = UNSET
        else:
            gpu = TrainingFlavorV2Gpu.from_dict(_gpu)

        _npu = d.pop("npu", UNSET)
        npu: TrainingFlavorV2Npu | Unset
        if isinstance(_npu, Unset) or _npu is None:
            npu = UNSET
        else:
            npu = TrainingFlavorV2Npu.from_dict(_npu)

        _memory = d.pop("memory", UNSET)
        memory: TrainingFlavorV2Memory | Unset
        if isinstance(_memory, Unset) or _memory is None:
            memory = UNSET
        else:
            memory = TrainingFlavorV2Memory.from_dict(_memory)

        _disk = d.pop("disk", UNSET)
        disk: TrainingFlavorV2Disk | Unset
        if isinstance(_disk, Unset) or _disk is None:
            disk = UNSET
        else:
            disk = TrainingFlavorV2Disk.from_dict(_disk)

        training_flavor_v2_info = cls(
            max_num,
            cpu,
            gpu,
            npu,
            memory,
            disk,
        )

        training_flavor_v2_info.additional_properties = d
        return training_flavor_v2_info

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
