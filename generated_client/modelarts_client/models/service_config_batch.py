from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_config_batch_src_type import ServiceConfigBatchSrcType
from ..models.service_mapping_type import ServiceMappingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_affinity import ServiceAffinity
    from ..models.service_config_batch_envs import ServiceConfigBatchEnvs
    from ..models.service_config_batch_mapping_rule import ServiceConfigBatchMappingRule
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_model_additional_properties import ServiceModelAdditionalProperties


T = TypeVar("T", bound="ServiceConfigBatch")


@_attrs_define
class ServiceConfigBatch:
    """The model of a batch service (infer_type batch); only one model is used.

    Attributes:
        model_id (str): Model ID.
        specification (str): Resource flavor, for example modelarts.vm.cpu.2u or modelarts.vm.gpu.p4 (the flavors the
            reference names); query list_service_specifications for the current list.
        instance_count (int): Number of instances of the model; at most 128 unless raised through a service ticket.
        src_path (str): OBS path of the input data.
        dest_path (str): OBS path for the output data.
        req_uri (str): Inference path of the model called for each request; it decides the input parameters and data.
        mapping_type (ServiceMappingType): How batch input is mapped to inference requests. `file`: one request per
            input file (the model's req_uri must take a single file parameter); `csv`: one request per CSV row, using
            mapping_rule to place each column.
        envs (ServiceConfigBatchEnvs | Unset): Environment variables set for the model at run time.
        src_type (ServiceConfigBatchSrcType | Unset): Data source type. Absent: every file under src_path is read.
            `ManifestFile`: src_path names a manifest file listing the input paths.
        mapping_rule (ServiceConfigBatchMappingRule | Unset): Maps the model's input parameters (input_params of
            config.json) to CSV columns: for each string/number/integer/boolean parameter give an `index` (0-based column;
            -1 ignores the parameter). Needed when mapping_type is csv.
        custom_spec (ServiceCustomSpec | Unset): Custom resource amounts of an instance, used with `specification:
            custom` in a dedicated resource pool. The current edition documents cpu (at least 0.01), memory and gpu_p4 (at
            least 0), cpu and memory mandatory, with two decimals kept; ascend_a310 is known only from the 2020 samples.
        cluster_id (str | Unset): Dedicated resource pool (old generation) to run this model in. Overrides the service-
            level cluster_id; pool_name takes precedence over it.
        pool_name (str | Unset): Dedicated resource pool (elastic cluster of the new-generation pools, see
            list_pools_v2) to run this model in; its status must be normal. Takes precedence over cluster_id and over the
            service-level cluster_id and pool_name. Real-time and batch services.
        deploy_timeout_in_seconds (int | Unset): Seconds allowed for deploying one instance of the model.
        additional_properties (ServiceModelAdditionalProperties | Unset): Extra deployment attributes of one model of a
            service (rolling upgrade, graceful stop, mounted volumes). Other keys are kept as given.
        affinity (ServiceAffinity | Unset): Affinity rules for placing the instances of a model.
    """

    model_id: str
    specification: str
    instance_count: int
    src_path: str
    dest_path: str
    req_uri: str
    mapping_type: ServiceMappingType
    envs: ServiceConfigBatchEnvs | Unset = UNSET
    src_type: ServiceConfigBatchSrcType | Unset = UNSET
    mapping_rule: ServiceConfigBatchMappingRule | Unset = UNSET
    custom_spec: ServiceCustomSpec | Unset = UNSET
    cluster_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    deploy_timeout_in_seconds: int | Unset = UNSET
    additional_properties: ServiceModelAdditionalProperties | Unset = UNSET
    affinity: ServiceAffinity | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        specification = self.specification

        instance_count = self.instance_count

        src_path = self.src_path

        dest_path = self.dest_path

        req_uri = self.req_uri

        mapping_type = self.mapping_type.value

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        src_type: str | Unset = UNSET
        if not isinstance(self.src_type, Unset):
            src_type = self.src_type.value

        mapping_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping_rule, Unset):
            mapping_rule = self.mapping_rule.to_dict()

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        cluster_id = self.cluster_id

        pool_name = self.pool_name

        deploy_timeout_in_seconds = self.deploy_timeout_in_seconds

        additional_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_properties, Unset):
            additional_properties = self.additional_properties.to_dict()

        affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.affinity, Unset):
            affinity = self.affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.extra_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "specification": specification,
                "instance_count": instance_count,
                "src_path": src_path,
                "dest_path": dest_path,
                "req_uri": req_uri,
                "mapping_type": mapping_type,
            }
        )
        if envs is not UNSET:
            field_dict["envs"] = envs
        if src_type is not UNSET:
            field_dict["src_type"] = src_type
        if mapping_rule is not UNSET:
            field_dict["mapping_rule"] = mapping_rule
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
        if deploy_timeout_in_seconds is not UNSET:
            field_dict["deploy_timeout_in_seconds"] = deploy_timeout_in_seconds
        if additional_properties is not UNSET:
            field_dict["additional_properties"] = additional_properties
        if affinity is not UNSET:
            field_dict["affinity"] = affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_affinity import ServiceAffinity  # noqa: PLC0415
        from ..models.service_config_batch_envs import ServiceConfigBatchEnvs  # noqa: PLC0415
        from ..models.service_config_batch_mapping_rule import ServiceConfigBatchMappingRule  # noqa: PLC0415
        from ..models.service_custom_spec import ServiceCustomSpec  # noqa: PLC0415
        from ..models.service_model_additional_properties import ServiceModelAdditionalProperties  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        specification = d.pop("specification")

        instance_count = d.pop("instance_count")

        src_path = d.pop("src_path")

        dest_path = d.pop("dest_path")

        req_uri = d.pop("req_uri")

        mapping_type = ServiceMappingType.from_json(d.pop("mapping_type"))

        _envs = d.pop("envs", UNSET)
        envs: ServiceConfigBatchEnvs | Unset
        if isinstance(_envs, Unset) or _envs is None:
            envs = UNSET
        else:
            envs = ServiceConfigBatchEnvs.from_dict(_envs)

        _src_type = d.pop("src_type", UNSET)
        src_type: ServiceConfigBatchSrcType | Unset
        if isinstance(_src_type, Unset):
            src_type = UNSET
        else:
            src_type = ServiceConfigBatchSrcType.from_json(_src_type)

        _mapping_rule = d.pop("mapping_rule", UNSET)
        mapping_rule: ServiceConfigBatchMappingRule | Unset
        if isinstance(_mapping_rule, Unset) or _mapping_rule is None:
            mapping_rule = UNSET
        else:
            mapping_rule = ServiceConfigBatchMappingRule.from_dict(_mapping_rule)

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: ServiceCustomSpec | Unset
        if isinstance(_custom_spec, Unset) or _custom_spec is None:
            custom_spec = UNSET
        else:
            custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        cluster_id = d.pop("cluster_id", UNSET)

        pool_name = d.pop("pool_name", UNSET)

        deploy_timeout_in_seconds = d.pop("deploy_timeout_in_seconds", UNSET)

        _additional_properties = d.pop("additional_properties", UNSET)
        additional_properties: ServiceModelAdditionalProperties | Unset
        if isinstance(_additional_properties, Unset) or _additional_properties is None:
            additional_properties = UNSET
        else:
            additional_properties = ServiceModelAdditionalProperties.from_dict(_additional_properties)

        _affinity = d.pop("affinity", UNSET)
        affinity: ServiceAffinity | Unset
        if isinstance(_affinity, Unset) or _affinity is None:
            affinity = UNSET
        else:
            affinity = ServiceAffinity.from_dict(_affinity)

        service_config_batch = cls(
            model_id,
            specification,
            instance_count,
            src_path,
            dest_path,
            req_uri,
            mapping_type,
            envs,
            src_type,
            mapping_rule,
            custom_spec,
            cluster_id,
            pool_name,
            deploy_timeout_in_seconds,
            additional_properties,
            affinity,
        )

        service_config_batch.extra_properties = d
        return service_config_batch

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
