from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_config_batch_detail_src_type import ServiceConfigBatchDetailSrcType
from ..models.service_infer_type import ServiceInferType
from ..models.service_mapping_type import ServiceMappingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_config_batch_detail_envs import ServiceConfigBatchDetailEnvs
    from ..models.service_config_batch_detail_mapping_rule import ServiceConfigBatchDetailMappingRule


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_config_batch_detail_envs import ServiceConfigBatchDetailEnvs  # noqa: PLC0415
        from ..models.service_config_batch_detail_mapping_rule import ServiceConfigBatchDetailMappingRule  # noqa: PLC0415

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
        )

        service_config_batch_detail.additional_properties = d
        return service_config_batch_detail

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
