from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_config_batch_detail_source_type import ServiceConfigBatchDetailSourceType
from ..models.service_config_batch_detail_src_type import ServiceConfigBatchDetailSrcType
from ..models.service_config_batch_detail_status import ServiceConfigBatchDetailStatus
from ..models.service_infer_type import ServiceInferType
from ..models.service_mapping_type import ServiceMappingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_affinity import ServiceAffinity
    from ..models.service_config_batch_detail_envs import ServiceConfigBatchDetailEnvs
    from ..models.service_config_batch_detail_mapping_rule import ServiceConfigBatchDetailMappingRule
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_model_additional_properties import ServiceModelAdditionalProperties


T = TypeVar("T", bound="ServiceConfigBatchDetail")


@_attrs_define
class ServiceConfigBatchDetail:
    """The model of a batch service as returned.

    Attributes:
        src_path (str): OBS path of the input data.
        dest_path (str): OBS path of the output data.
        model_id (str | Unset): Model ID.
        model_name (str | Unset): Model name.
        model_version (str | Unset): Model version.
        infer_type (ServiceInferType | Unset): Inference mode: `real-time` (long-running service), `batch` (runs its
            tasks, then stops by itself), `edge` (deployed on Intelligent EdgeFabric nodes created beforehand).
        specification (str | Unset): Resource flavor.
        envs (ServiceConfigBatchDetailEnvs | Unset): Environment variables set for the model at run time.
        instance_count (int | Unset): Number of instances.
        src_type (ServiceConfigBatchDetailSrcType | Unset): Data source type; present only when it is ManifestFile.
        req_uri (str | Unset): Inference path called for each request.
        mapping_type (ServiceMappingType | Unset): How batch input is mapped to inference requests. `file`: one request
            per input file (the model's req_uri must take a single file parameter); `csv`: one request per CSV row, using
            mapping_rule to place each column.
        mapping_rule (ServiceConfigBatchDetailMappingRule | Unset): Mapping of input parameters to CSV columns
            (mapping_type csv).
        start_time (int | Unset): Task start time; absent until the task starts. Epoch milliseconds (UTC).
        finished_time (int | Unset): Task end time; absent until the task ends. Epoch milliseconds (UTC).
        source_type (ServiceConfigBatchDetailSourceType | Unset): Model source; `auto` for a model made by an ExeML
            project, absent otherwise.
        status (ServiceConfigBatchDetailStatus | Unset): Status of the model's instances. The 2020 edition gives `ready`
            (all instances started), `concerning` (some started), `notReady` (none started); the current edition gives the
            service statuses `running`, `deploying`, `concerning`, `failed`, `stopped`, `finished`. Both lists are accepted.
        custom_spec (ServiceCustomSpec | Unset): Custom resource amounts of an instance, used with `specification:
            custom` in a dedicated resource pool. The current edition documents cpu (at least 0.01), memory and gpu_p4 (at
            least 0), cpu and memory mandatory, with two decimals kept; ascend_a310 is known only from the 2020 samples.
        cluster_id (str | Unset): Dedicated or edge resource pool of the instances; present only when one is used.
        pool_name (str | Unset): Dedicated resource pool (new generation) of the instances; present only when one is
            used.
        additional_properties (ServiceModelAdditionalProperties | Unset): Extra deployment attributes of one model of a
            service (rolling upgrade, graceful stop, mounted volumes). Other keys are kept as given.
        affinity (ServiceAffinity | Unset): Affinity rules for placing the instances of a model.
    """

    src_path: str
    dest_path: str
    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    infer_type: ServiceInferType | Unset = UNSET
    specification: str | Unset = UNSET
    envs: ServiceConfigBatchDetailEnvs | Unset = UNSET
    instance_count: int | Unset = UNSET
    src_type: ServiceConfigBatchDetailSrcType | Unset = UNSET
    req_uri: str | Unset = UNSET
    mapping_type: ServiceMappingType | Unset = UNSET
    mapping_rule: ServiceConfigBatchDetailMappingRule | Unset = UNSET
    start_time: int | Unset = UNSET
    finished_time: int | Unset = UNSET
    source_type: ServiceConfigBatchDetailSourceType | Unset = UNSET
    status: ServiceConfigBatchDetailStatus | Unset = UNSET
    custom_spec: ServiceCustomSpec | Unset = UNSET
    cluster_id: str | Unset = UNSET
    pool_name: str | Unset = UNSET
    additional_properties: ServiceModelAdditionalProperties | Unset = UNSET
    affinity: ServiceAffinity | Unset = UNSET
    extra_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        src_path = self.src_path

        dest_path = self.dest_path

        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        infer_type: str | Unset = UNSET
        if not isinstance(self.infer_type, Unset):
            infer_type = self.infer_type.value

        specification = self.specification

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        instance_count = self.instance_count

        src_type: str | Unset = UNSET
        if not isinstance(self.src_type, Unset):
            src_type = self.src_type.value

        req_uri = self.req_uri

        mapping_type: str | Unset = UNSET
        if not isinstance(self.mapping_type, Unset):
            mapping_type = self.mapping_type.value

        mapping_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping_rule, Unset):
            mapping_rule = self.mapping_rule.to_dict()

        start_time = self.start_time

        finished_time = self.finished_time

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        cluster_id = self.cluster_id

        pool_name = self.pool_name

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
                "src_path": src_path,
                "dest_path": dest_path,
            }
        )
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if infer_type is not UNSET:
            field_dict["infer_type"] = infer_type
        if specification is not UNSET:
            field_dict["specification"] = specification
        if envs is not UNSET:
            field_dict["envs"] = envs
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if src_type is not UNSET:
            field_dict["src_type"] = src_type
        if req_uri is not UNSET:
            field_dict["req_uri"] = req_uri
        if mapping_type is not UNSET:
            field_dict["mapping_type"] = mapping_type
        if mapping_rule is not UNSET:
            field_dict["mapping_rule"] = mapping_rule
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if finished_time is not UNSET:
            field_dict["finished_time"] = finished_time
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if status is not UNSET:
            field_dict["status"] = status
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if pool_name is not UNSET:
            field_dict["pool_name"] = pool_name
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
        from ..models.service_config_batch_detail_envs import ServiceConfigBatchDetailEnvs  # noqa: PLC0415
        from ..models.service_config_batch_detail_mapping_rule import ServiceConfigBatchDetailMappingRule  # noqa: PLC0415
        from ..models.service_custom_spec import ServiceCustomSpec  # noqa: PLC0415
        from ..models.service_model_additional_properties import ServiceModelAdditionalProperties  # noqa: PLC0415

        d = dict(src_dict)
        src_path = d.pop("src_path")

        dest_path = d.pop("dest_path")

        model_id = d.pop("model_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        model_version = d.pop("model_version", UNSET)

        _infer_type = d.pop("infer_type", UNSET)
        infer_type: ServiceInferType | Unset
        if isinstance(_infer_type, Unset):
            infer_type = UNSET
        else:
            infer_type = ServiceInferType.from_json(_infer_type)

        specification = d.pop("specification", UNSET)

        _envs = d.pop("envs", UNSET)
        envs: ServiceConfigBatchDetailEnvs | Unset
        if isinstance(_envs, Unset) or _envs is None:
            envs = UNSET
        else:
            envs = ServiceConfigBatchDetailEnvs.from_dict(_envs)

        instance_count = d.pop("instance_count", UNSET)

        _src_type = d.pop("src_type", UNSET)
        src_type: ServiceConfigBatchDetailSrcType | Unset
        if isinstance(_src_type, Unset):
            src_type = UNSET
        else:
            src_type = ServiceConfigBatchDetailSrcType.from_json(_src_type)

        req_uri = d.pop("req_uri", UNSET)

        _mapping_type = d.pop("mapping_type", UNSET)
        mapping_type: ServiceMappingType | Unset
        if isinstance(_mapping_type, Unset):
            mapping_type = UNSET
        else:
            mapping_type = ServiceMappingType.from_json(_mapping_type)

        _mapping_rule = d.pop("mapping_rule", UNSET)
        mapping_rule: ServiceConfigBatchDetailMappingRule | Unset
        if isinstance(_mapping_rule, Unset) or _mapping_rule is None:
            mapping_rule = UNSET
        else:
            mapping_rule = ServiceConfigBatchDetailMappingRule.from_dict(_mapping_rule)

        start_time = d.pop("start_time", UNSET)

        finished_time = d.pop("finished_time", UNSET)

        _source_type = d.pop("source_type", UNSET)
        source_type: ServiceConfigBatchDetailSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = ServiceConfigBatchDetailSourceType.from_json(_source_type)

        _status = d.pop("status", UNSET)
        status: ServiceConfigBatchDetailStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ServiceConfigBatchDetailStatus.from_json(_status)

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: ServiceCustomSpec | Unset
        if isinstance(_custom_spec, Unset) or _custom_spec is None:
            custom_spec = UNSET
        else:
            custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        cluster_id = d.pop("cluster_id", UNSET)

        pool_name = d.pop("pool_name", UNSET)

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

        service_config_batch_detail = cls(
            src_path,
            dest_path,
            model_id,
            model_name,
            model_version,
            infer_type,
            specification,
            envs,
            instance_count,
            src_type,
            req_uri,
            mapping_type,
            mapping_rule,
            start_time,
            finished_time,
            source_type,
            status,
            custom_spec,
            cluster_id,
            pool_name,
            additional_properties,
            affinity,
        )

        service_config_batch_detail.extra_properties = d
        return service_config_batch_detail

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
