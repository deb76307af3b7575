from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_cpu import TrainingJobV2Cpu
    from ..models.training_job_v2_gpu import TrainingJobV2Gpu
    from ..models.training_job_v2_memory import TrainingJobV2Memory
    from ..models.training_job_v2_npu import TrainingJobV2Npu
    from ..models.training_job_v2_task_disk import TrainingJobV2TaskDisk


T = TypeVar("T", bound="TrainingFlavorV2Info")


@_attrs_define
class TrainingFlavorV2Info:
    """Hardware of a flavor.

    Attributes:
        max_num (int | Unset): Largest number of nodes that can be chosen; 1 means no distributed training.
        cpu (TrainingJobV2Cpu | Unset): CPU of a flavor.
        gpu (TrainingJobV2Gpu | Unset): GPUs of a flavor.
        npu (TrainingJobV2Npu | Unset): NPUs of a flavor.
        memory (TrainingJobV2Memory | Unset): Memory of a flavor.
        disk (TrainingJobV2TaskDisk | Unset): Disk of a task's flavor (size as a number).
    """

    max_num: int | Unset = UNSET
    cpu: TrainingJobV2Cpu | Unset = UNSET
    gpu: TrainingJobV2Gpu | Unset = UNSET
    npu: TrainingJobV2Npu | Unset = UNSET
    memory: TrainingJobV2Memory | Unset = UNSET
    disk: TrainingJobV2TaskDisk | Unset = UNSET
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
        from ..models.training_job_v2_cpu import TrainingJobV2Cpu  # noqa: PLC0415
        from ..models.training_job_v2_gpu import TrainingJobV2Gpu  # noqa: PLC0415
        from ..models.training_job_v2_memory import TrainingJobV2Memory  # noqa: PLC0415
        from ..models.training_job_v2_npu import TrainingJobV2Npu  # noqa: PLC0415
        from ..models.training_job_v2_task_disk import TrainingJobV2TaskDisk  # noqa: PLC0415

        d = dict(src_dict)
        max_num = d.pop("max_num", UNSET)

        _cpu = d.pop("cpu", UNSET)
        cpu: TrainingJobV2Cpu | Unset
        if isinstance(_cpu, Unset) or _cpu is None:
            cpu = UNSET
        else:
            cpu = TrainingJobV2Cpu.from_dict(_cpu)

        _gpu = d.pop("gpu", UNSET)
        gpu: TrainingJobV2Gpu | Unset
        if isinstance(_gpu, Unset) or _gpu is None:
            gpu = UNSET
        else:
            gpu = TrainingJobV2Gpu.from_dict(_gpu)

        _npu = d.pop("npu", UNSET)
        npu: TrainingJobV2Npu | Unset
        if isinstance(_npu, Unset) or _npu is None:
            npu = UNSET
        else:
            npu = TrainingJobV2Npu.from_dict(_npu)

        _memory = d.pop("memory", UNSET)
        memory: TrainingJobV2Memory | Unset
        if isinstance(_memory, Unset) or _memory is None:
            memory = UNSET
        else:
            memory = TrainingJobV2Memory.from_dict(_memory)

        _disk = d.pop("disk", UNSET)
        disk: TrainingJobV2TaskDisk | Unset
        if isinstance(_disk, Unset) or _disk is None:
            disk = UNSET
        else:
            disk = TrainingJobV2TaskDisk.from_dict(_disk)

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
