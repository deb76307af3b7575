from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_specification_source_type import ServiceSpecificationSourceType
from ..models.service_specification_spec_status import ServiceSpecificationSpecStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_specification_cpu_info import ServiceSpecificationCpuInfo
    from ..models.service_specification_gpu_info import ServiceSpecificationGpuInfo
    from ..models.service_specification_memory_info import ServiceSpecificationMemoryInfo
    from ..models.service_specification_npu_info import ServiceSpecificationNpuInfo


T = TypeVar("T", bound="ServiceSpecification")


@_attrs_define
class ServiceSpecification:
    """A flavor services can be deployed with.

    Attributes:
        specification (str | Unset): Flavor ID.
        billing_spec (str | Unset): Billing flavor ID.
        spec_status (ServiceSpecificationSpecStatus | Unset): `normal`, or `sellout` when sold out and unusable for
            deployment.
        is_open (bool | Unset): Whether the flavor is open to the user; when false it must be requested through a
            service ticket. True by default. Default: True.
        source_type (ServiceSpecificationSourceType | Unset): Kind of model the flavor is for: `auto` for ExeML models
            (billed differently); absent (the reference says empty) for the user's own models.
        is_free (bool | Unset): Whether the flavor is free of charge.
        over_quota (bool | Unset): Whether the quota is exceeded.
        extend_params (int | Unset): Billing item.
        category (str | Unset): Kind of flavor; the samples show CPU, GPU and NPU.
        cpu_info (ServiceSpecificationCpuInfo | Unset): CPUs of a flavor.
        memory_info (ServiceSpecificationMemoryInfo | Unset): Memory of a flavor.
        gpu_info (ServiceSpecificationGpuInfo | Unset): GPUs of a flavor.
        npu_info (ServiceSpecificationNpuInfo | Unset): NPUs of a flavor.
        display_en (str | Unset): Description of the flavor in English.
        display_cn (str | Unset): Description of the flavor in Chinese (the English reference's samples show English
            text).
    """

    specification: str | Unset = UNSET
    billing_spec: str | Unset = UNSET
    spec_status: ServiceSpecificationSpecStatus | Unset = UNSET
    is_open: bool | Unset = True
    source_type: ServiceSpecificationSourceType | Unset = UNSET
    is_free: bool | Unset = UNSET
    over_quota: bool | Unset = UNSET
    extend_params: int | Unset = UNSET
    category: str | Unset = UNSET
    cpu_info: ServiceSpecificationCpuInfo | Unset = UNSET
    memory_info: ServiceSpecificationMemoryInfo | Unset = UNSET
    gpu_info: ServiceSpecificationGpuInfo | Unset = UNSET
    npu_info: ServiceSpecificationNpuInfo | Unset = UNSET
    display_en: str | Unset = UNSET
    display_cn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        specification = self.specification

        billing_spec = self.billing_spec

        spec_status: str | Unset = UNSET
        if not isinstance(self.spec_status, Unset):
            spec_status = self.spec_status.value

        is_open = self.is_open

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        is_free = self.is_free

        over_quota = self.over_quota

        extend_params = self.extend_params

        category = self.category

        cpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_info, Unset):
            cpu_info = self.cpu_info.to_dict()

        memory_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_info, Unset):
            memory_info = self.memory_info.to_dict()

        gpu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gpu_info, Unset):
            gpu_info = self.gpu_info.to_dict()

        npu_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.npu_info, Unset):
            npu_info = self.npu_info.to_dict()

        display_en = self.display_en

        display_cn = self.display_cn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if specification is not UNSET:
            field_dict["specification"] = specification
        if billing_spec is not UNSET:
            field_dict["billing_spec"] = billing_spec
        if spec_status is not UNSET:
            field_dict["spec_status"] = spec_status
        if is_open is not UNSET:
            field_dict["is_open"] = is_open
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if over_quota is not UNSET:
            field_dict["over_quota"] = over_quota
        if extend_params is not UNSET:
            field_dict["extend_params"] = extend_params
        if category is not UNSET:
            field_dict["category"] = category
        if cpu_info is not UNSET:
            field_dict["cpu_info"] = cpu_info
        if memory_info is not UNSET:
            field_dict["memory_info"] = memory_info
        if gpu_info is not UNSET:
            field_dict["gpu_info"] = gpu_info
        if npu_info is not UNSET:
            field_dict["npu_info"] = npu_info
        if display_en is not UNSET:
            field_dict["display_en"] = display_en
        if display_cn is not UNSET:
            field_dict["display_cn"] = display_cn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_specification_cpu_info import ServiceSpecificationCpuInfo  # noqa: PLC0415
        from ..models.service_specification_gpu_info import ServiceSpecificationGpuInfo  # noqa: PLC0415
        from ..models.service_specification_memory_info import ServiceSpecificationMemoryInfo  # noqa: PLC0415
        from ..models.service_specification_npu_info import ServiceSpecificationNpuInfo  # noqa: PLC0415

        d = dict(src_dict)
        specification = d.pop("specification", UNSET)

        billing_spec = d.pop("billing_spec", UNSET)

        _spec_status = d.pop("spec_status", UNSET)
        spec_status: ServiceSpecificationSpecStatus | Unset
        if isinstance(_spec_status, Unset):
            spec_status = UNSET
        else:
            spec_status = ServiceSpecificationSpecStatus.from_json(_spec_status)

        is_open = d.pop("is_open", UNSET)

        _source_type = d.pop("source_type", UNSET)
        source_type: ServiceSpecificationSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = ServiceSpecificationSourceType.from_json(_source_type)

        is_free = d.pop("is_free", UNSET)

        over_quota = d.pop("over_quota", UNSET)

        extend_params = d.pop("extend_params", UNSET)

        category = d.pop("category", UNSET)

        _cpu_info = d.pop("cpu_info", UNSET)
        cpu_info: ServiceSpecificationCpuInfo | Unset
        if isinstance(_cpu_info, Unset) or _cpu_info is None:
            cpu_info = UNSET
        else:
            cpu_info = ServiceSpecificationCpuInfo.from_dict(_cpu_info)

        _memory_info = d.pop("memory_info", UNSET)
        memory_info: ServiceSpecificationMemoryInfo | Unset
        if isinstance(_memory_info, Unset) or _memory_info is None:
            memory_info = UNSET
        else:
            memory_info = ServiceSpecificationMemoryInfo.from_dict(_memory_info)

        _gpu_info = d.pop("gpu_info", UNSET)
        gpu_info: ServiceSpecificationGpuInfo | Unset
        if isinstance(_gpu_info, Unset) or _gpu_info is None:
            gpu_info = UNSET
        else:
            gpu_info = ServiceSpecificationGpuInfo.from_dict(_gpu_info)

        _npu_info = d.pop("npu_info", UNSET)
        npu_info: ServiceSpecificationNpuInfo | Unset
        if isinstance(_npu_info, Unset) or _npu_info is None:
            npu_info = UNSET
        else:
            npu_info = ServiceSpecificationNpuInfo.from_dict(_npu_info)

        display_en = d.pop("display_en", UNSET)

        display_cn = d.pop("display_cn", UNSET)

        service_specification = cls(
            specification,
            billing_spec,
            spec_status,
            is_open,
            source_type,
            is_free,
            over_quota,
            extend_params,
            category,
            cpu_info,
            memory_info,
            gpu_info,
            npu_info,
            display_en,
            display_cn,
        )

        service_specification.additional_properties = d
        return service_specification

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
