from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_affinity import ServiceAffinity
    from ..models.service_config_real_time_envs import ServiceConfigRealTimeEnvs
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_model_additional_properties import ServiceModelAdditionalProperties


T = TypeVar("T", bound="ServiceConfigRealTime")


@_attrs_define
class ServiceConfigRealTime:
    """One model of a real-time service (infer_type real-time). Several models may be given, each with a traffic weight;
    their versions must differ and the weights must add up to 100.

        Attributes:
            model_id (str): Model ID.
            weight (int): Share of the traffic (percent) sent to this model.
            specification (str): Resource flavor of the instances. Flavors named in the 2020 reference: modelarts.vm.cpu.2u,
                modelarts.vm.gpu.0.25p4, modelarts.vm.gpu.0.5p4, modelarts.vm.gpu.p4, modelarts.vm.gpu.0.25t4,
                modelarts.vm.gpu.0.5t4, modelarts.vm.gpu.t4, modelarts.vm.arm.d310.3u6g, modelarts.vm.ai1.a310,
                modelarts.vm.cpu.free, modelarts.vm.gpu.free, and `custom` (with custom_spec) in a dedicated pool; the current
                edition names modelarts.vm.gpu.pnt004 and modelarts.vm.ai1.snt3 (both on request). The list varies over time;
                query list_service_specifications.
            instance_count (int): Number of instances of the model; at least 1, and at most 128 unless raised through a
                service ticket.
            custom_spec (ServiceCustomSpec | Unset): Custom resource amounts of an instance, used with `specification:
                custom` in a dedicated resource pool. The current edition documents cpu (at least 0.01), memory and gpu_p4 (at
                least 0), cpu and memory mandatory, with two decimals kept; ascend_a310 is known only from the 2020 samples.
            envs (ServiceConfigRealTimeEnvs | Unset): Environment variables set for the model at run time.
            cluster_id (str | Unset): Dedicated resource pool (old generation) to run this model in; its network settings
                then apply and vpc_id is ignored. Takes precedence over the service-level cluster_id; pool_name takes precedence
                over it.
            additional_properties (ServiceModelAdditionalProperties | Unset): Extra deployment attributes of one model of a
                service (rolling upgrade, graceful stop, mounted volumes). Other keys are kept as given.
            pool_name (str | Unset): Dedicated resource pool (elastic cluster of the new-generation pools, see
                list_pools_v2) to run this model in; its status must be normal. Takes precedence over cluster_id and over the
                service-level cluster_id and pool_name. Real-time and batch services.
            deploy_timeout_in_seconds (int | Unset): Seconds allowed for deploying one instance of the model.
            affinity (ServiceAffinity | Unset): Affinity rules for placing the instances of a model.
    """

    model_id: str
    weight: int
    specification: str
    instance_count: int
    custom_spec: ServiceCustomSpec | Unset = UNSET
    envs: ServiceConfigRealTimeEnvs | Unset = UNSET
    cluster_id: str | Unset = UNSET
    additional_properties: ServiceModelAdditionalProperties | Unset = UNSET
    pool_name: str | Unset = UNSET
    deploy_timeout_in_seconds: int | Unset = UNSET
    affinity: ServiceAffinity | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        weight = self.weight

        specification = self.specification

        instance_count = self.instance_count

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        cluster_id = self.cluster_id

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        pool_name = self.pool_name

        deploy_timeout_in_seconds = self.deploy_timeout_in_seconds

        affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affinity, Unset):
            affinity = self.affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.extra_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "weight": weight,
                "specification": specification,
                "instance_count": instance_count,
            }
        )
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if envs is not UNSET:
            field_dict["envs"] = envs
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if deploy_timeout_in_seconds is not UNSET:
            field_dict["deploy_timeout_in_seconds"] = deploy_timeout_in_seconds
        if affinity is not UNSET:
            field_dict["affinity"] = affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_affinity import ServiceAffinity  # noqa: PLC0415
        from ..models.service_config_real_time_envs import ServiceConfigRealTimeEnvs  # noqa: PLC0415
        from ..models.service_custom_spec import ServiceCustomSpec  # noqa: PLC0415
        from ..models.service_model_additional_properties import ServiceModelAdditionalProperties  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        weight = d.pop("weight")

        specification = d.pop("specification")

        instance_count = d.pop("instance_count")

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: ServiceCustomSpec | Unset
        if isinstance(_custom_spec, Unset) or _custom_spec is None:
            custom_spec = UNSET
        else:
            custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        _envs = d.pop("envs", UNSET)
        envs: ServiceConfigRealTimeEnvs | Unset
        if isinstance(_envs, Unset) or _envs is None:
            envs = UNSET
        else:
            envs = ServiceConfigRealTimeEnvs.from_dict(_envs)

        cluster_id = d.pop("cluster_id", UNSET)

        _additional_properties = d.pop("additional_properties", UNSET)
        additional_properties: ServiceModelAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset) or _additional_properties is None:
            additional_properties = UNSET
        else:
            additional_properties = ServiceModelAdditionalProperties.from_dict(_additional_properties)

        pool_name = d.pop("pool_name", UNSET)

        deploy_timeout_in_seconds = d.pop("deploy_timeout_in_seconds", UNSET)

        _affinity = d.pop("affinity", UNSET)
        affinity: ServiceAffinity | Unset
        if isinstance(_affinity, Unset) or _affinity is None:
            affinity = UNSET
        else:
            affinity = ServiceAffinity.from_dict(_affinity)

        service_config_real_time = cls(
            model_id,
            weight,
            specification,
            instance_count,
            custom_spec,
            envs,
            cluster_id,
            additional_properties,
            pool_name,
            deploy_timeout_in_seconds,
            affinity,
        )

        service_config_real_time.extra_properties = d
        return service_config_real_time

    @property
    def additional_keys(self) -> list[str]:
        return list(self.extra_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.extra_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.extra_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.extra_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.extra_properties
