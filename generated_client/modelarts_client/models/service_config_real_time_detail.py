from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_config_real_time_detail_source_type import ServiceConfigRealTimeDetailSourceType
from ..models.service_config_real_time_detail_status import ServiceConfigRealTimeDetailStatus
from ..models.service_infer_type import ServiceInferType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_affinity import ServiceAffinity
    from ..models.service_config_real_time_detail_envs import ServiceConfigRealTimeDetailEnvs
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_model_additional_properties import ServiceModelAdditionalProperties


T = TypeVar("T", bound="ServiceConfigRealTimeDetail")


@_attrs_define
class ServiceConfigRealTimeDetail:
    """A model of a real-time service as returned. Also the shape of the config of a shared service, of which only
    model_id, model_name, model_version and infer_type are returned.

        Attributes:
            model_id (str | Unset): Model ID.
            model_name (str | Unset): Model name.
            model_version (str | Unset): Model version.
            infer_type (ServiceInferType | Unset): Inference mode: `real-time` (long-running service), `batch` (runs its
                tasks, then stops by itself), `edge` (deployed on Intelligent EdgeFabric nodes created beforehand).
            source_type (ServiceConfigRealTimeDetailSourceType | Unset): Model source; `auto` for a model made by an ExeML
                project, absent otherwise.
            status (ServiceConfigRealTimeDetailStatus | Unset): Status of the model's instances. The 2020 edition gives
                `ready` (all instances started), `concerning` (some started), `notReady` (none started); the current edition
                gives the service statuses `running`, `deploying`, `concerning`, `failed`, `stopped`, `finished`. Both lists are
                accepted.
            weight (int | Unset): Share of the traffic (percent) sent to this model.
            specification (str | Unset): Resource flavor (for example modelarts.vm.cpu.2u, or custom).
            custom_spec (ServiceCustomSpec | Unset): Custom resource amounts of an instance, used with `specification:
                custom` in a dedicated resource pool. The current edition documents cpu (at least 0.01), memory and gpu_p4 (at
                least 0), cpu and memory mandatory, with two decimals kept; ascend_a310 is known only from the 2020 samples.
            envs (ServiceConfigRealTimeDetailEnvs | Unset): Environment variables set for the model at run time.
            instance_count (int | Unset): Number of instances.
            scaling (bool | Unset): Whether auto scaling is enabled.
            cluster_id (str | Unset): Dedicated resource pool of the instances; present only when one is used.
            support_debug (bool | Unset): Whether the model supports online debugging.
            additional_properties (ServiceModelAdditionalProperties | Unset): Extra deployment attributes of one model of a
                service (rolling upgrade, graceful stop, mounted volumes). Other keys are kept as given.
            pool_name (str | Unset): Dedicated resource pool (new generation) of the instances; present only when one is
                used.
            affinity (ServiceAffinity | Unset): Affinity rules for placing the instances of a model.
    """

    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    infer_type: ServiceInferType | Unset = UNSET
    source_type: ServiceConfigRealTimeDetailSourceType | Unset = UNSET
    status: ServiceConfigRealTimeDetailStatus | Unset = UNSET
    weight: int | Unset = UNSET
    specification: str | Unset = UNSET
    custom_spec: ServiceCustomSpec | Unset = UNSET
    envs: ServiceConfigRealTimeDetailEnvs | Unset = UNSET
    instance_count: int | Unset = UNSET
    scaling: bool | Unset = UNSET
    cluster_id: str | Unset = UNSET
    support_debug: bool | Unset = UNSET
    additional_properties: ServiceModelAdditionalProperties | Unset = UNSET
    pool_name: str | Unset = UNSET
    affinity: ServiceAffinity | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        infer_type: str | Unset = UNSET
        if not isinstance(self.infer_type, Unset):
            infer_type = self.infer_type.value

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        weight = self.weight

        specification = self.specification

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        instance_count = self.instance_count

        scaling = self.scaling

        cluster_id = self.cluster_id

        support_debug = self.support_debug

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        pool_name = self.pool_name

        affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affinity, Unset):
            affinity = self.affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.extra_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if infer_type is not UNSET:
            field_dict["infer_type"] = infer_type
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if status is not UNSET:
            field_dict["status"] = status
        if weight is not UNSET:
            field_dict["weight"] = weight
        if specification is not UNSET:
            field_dict["specification"] = specification
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if envs is not UNSET:
            field_dict["envs"] = envs
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if support_debug is not UNSET:
            field_dict["support_debug"] = support_debug
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if affinity is not UNSET:
            field_dict["affinity"] = affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_affinity import ServiceAffinity  # noqa: PLC0415
        from ..models.service_config_real_time_detail_envs import ServiceConfigRealTimeDetailEnvs  # noqa: PLC0415
        from ..models.service_custom_spec import ServiceCustomSpec  # noqa: PLC0415
        from ..models.service_model_additional_properties import ServiceModelAdditionalProperties  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        model_version = d.pop("model_version", UNSET)

        _infer_type = d.pop("infer_type", UNSET)
        infer_type: ServiceInferType | Unset
        if isinstance(_infer_type, Unset):
            infer_type = UNSET
        else:
            infer_type = ServiceInferType.from_json(_infer_type)

        _source_type = d.pop("source_type", UNSET)
        source_type: ServiceConfigRealTimeDetailSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = ServiceConfigRealTimeDetailSourceType.from_json(_source_type)

        _status = d.pop("status", UNSET)
        status: ServiceConfigRealTimeDetailStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ServiceConfigRealTimeDetailStatus.from_json(_status)

        weight = d.pop("weight", UNSET)

        specification = d.pop("specification", UNSET)

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: ServiceCustomSpec | Unset
        if isinstance(_custom_spec, Unset) or _custom_spec is None:
            custom_spec = UNSET
        else:
            custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        _envs = d.pop("envs", UNSET)
        envs: ServiceConfigRealTimeDetailEnvs | Unset
        if isinstance(_envs, Unset) or _envs is None:
            envs = UNSET
        else:
            envs = ServiceConfigRealTimeDetailEnvs.from_dict(_envs)

        instance_count = d.pop("instance_count", UNSET)

        scaling = d.pop("scaling", UNSET)

        cluster_id = d.pop("cluster_id", UNSET)

        support_debug = d.pop("support_debug", UNSET)

        _additional_properties = d.pop("additional_properties", UNSET)
        additional_properties: ServiceModelAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset) or _additional_properties is None:
            additional_properties = UNSET
        else:
            additional_properties = ServiceModelAdditionalProperties.from_dict(_additional_properties)

        pool_name = d.pop("pool_name", UNSET)

        _affinity = d.pop("affinity", UNSET)
        affinity: ServiceAffinity | Unset
        if isinstance(_affinity, Unset) or _affinity is None:
            affinity = UNSET
        else:
            affinity = ServiceAffinity.from_dict(_affinity)

        service_config_real_time_detail = cls(
            model_id,
            model_name,
            model_version,
            infer_type,
            source_type,
            status,
            weight,
            specification,
            custom_spec,
            envs,
            instance_count,
            scaling,
            cluster_id,
            support_debug,
            additional_properties,
            pool_name,
            affinity,
        )

        service_config_real_time_detail.extra_properties = d
        return service_config_real_time_detail

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
