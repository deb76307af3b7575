from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_model_additional_properties import ServiceModelAdditionalProperties
    from ..models.service_update_log_config_envs import ServiceUpdateLogConfigEnvs


T = TypeVar("T", bound="ServiceUpdateLogConfig")


@_attrs_define
class ServiceUpdateLogConfig:
    """A model configuration recorded in an update log.

    Attributes:
        model_id (str | Unset): Model ID.
        model_name (str | Unset): Model name.
        model_version (str | Unset): Model version.
        weight (int | Unset): Traffic share in percent (real-time).
        specification (str | Unset): Resource flavor (real-time and edge).
        custom_spec (ServiceCustomSpec | Unset): Custom resource amounts of an instance, used with `specification:
            custom` in a dedicated resource pool. The current edition documents cpu (at least 0.01), memory and gpu_p4 (at
            least 0), cpu and memory mandatory, with two decimals kept; ascend_a310 is known only from the 2020 samples.
        instance_count (int | Unset): Number of instances (real-time).
        scaling (bool | Unset): Whether auto scaling is enabled.
        envs (ServiceUpdateLogConfigEnvs | Unset): Environment variables set for the model at run time.
        cluster_id (str | Unset): Dedicated resource pool.
        additional_properties (ServiceModelAdditionalProperties | Unset): Extra deployment attributes of one model of a
            service (rolling upgrade, graceful stop, mounted volumes). Other keys are kept as given.
    """

    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    weight: int | Unset = UNSET
    specification: str | Unset = UNSET
    custom_spec: ServiceCustomSpec | Unset = UNSET
    instance_count: int | Unset = UNSET
    scaling: bool | Unset = UNSET
    envs: ServiceUpdateLogConfigEnvs | Unset = UNSET
    cluster_id: str | Unset = UNSET
    additional_properties: ServiceModelAdditionalProperties | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        weight = self.weight

        specification = self.specification

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        instance_count = self.instance_count

        scaling = self.scaling

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        cluster_id = self.cluster_id

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.extra_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if weight is not UNSET:
            field_dict["weight"] = weight
        if specification is not UNSET:
            field_dict["specification"] = specification
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if scaling is not UNSET:
            field_dict["scaling"] = scaling
        if envs is not UNSET:
            field_dict["envs"] = envs
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_custom_spec import ServiceCustomSpec  # noqa: PLC0415
        from ..models.service_model_additional_properties import ServiceModelAdditionalProperties  # noqa: PLC0415
        from ..models.service_update_log_config_envs import ServiceUpdateLogConfigEnvs  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        model_version = d.pop("model_version", UNSET)

        weight = d.pop("weight", UNSET)

        specification = d.pop("specification", UNSET)

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: ServiceCustomSpec | Unset
        if isinstance(_custom_spec, Unset) or _custom_spec is None:
            custom_spec = UNSET
        else:
            custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        instance_count = d.pop("instance_count", UNSET)

        scaling = d.pop("scaling", UNSET)

        _envs = d.pop("envs", UNSET)
        envs: ServiceUpdateLogConfigEnvs | Unset
        if isinstance(_envs, Unset) or _envs is None:
            envs = UNSET
        else:
            envs = ServiceUpdateLogConfigEnvs.from_dict(_envs)

        cluster_id = d.pop("cluster_id", UNSET)

        _additional_properties = d.pop("additional_properties", UNSET)
        additional_properties: ServiceModelAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset) or _additional_properties is None:
            additional_properties = UNSET
        else:
            additional_properties = ServiceModelAdditionalProperties.from_dict(_additional_properties)

        service_update_log_config = cls(
            model_id,
            model_name,
            model_version,
            weight,
            specification,
            custom_spec,
            instance_count,
            scaling,
            envs,
            cluster_id,
            additional_properties,
        )

        service_update_log_config.extra_properties = d
        return service_update_log_config

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
