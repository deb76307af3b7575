from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_config_edge_detail_source_type import ServiceConfigEdgeDetailSourceType
from ..models.service_config_edge_detail_status import ServiceConfigEdgeDetailStatus
from ..models.service_infer_type import ServiceInferType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_config_edge_detail_envs import ServiceConfigEdgeDetailEnvs
    from ..models.service_custom_spec import ServiceCustomSpec
    from ..models.service_node import ServiceNode


T = TypeVar("T", bound="ServiceConfigEdgeDetail")


@_attrs_define
class ServiceConfigEdgeDetail:
    """The model of an edge service as returned.

    Attributes:
        nodes (list[ServiceNode]): Nodes the model is deployed on.
        model_id (str | Unset): Model ID.
        model_name (str | Unset): Model name.
        model_version (str | Unset): Model version.
        infer_type (ServiceInferType | Unset): Inference mode: `real-time` (long-running service), `batch` (runs its
            tasks, then stops by itself), `edge` (deployed on Intelligent EdgeFabric nodes created beforehand).
        specification (str | Unset): Resource flavor.
        envs (ServiceConfigEdgeDetailEnvs | Unset): Environment variables set for the model at run time.
        source_type (ServiceConfigEdgeDetailSourceType | Unset): Model source; `auto` for a model made by an ExeML
            project, absent otherwise.
        status (ServiceConfigEdgeDetailStatus | Unset): Status of the model's instances. The 2020 edition gives `ready`
            (all instances started), `concerning` (some started), `notReady` (none started); the current edition gives the
            service statuses `running`, `deploying`, `concerning`, `failed`, `stopped`, `finished`. Both lists are accepted.
        instance_count (int | Unset): Number of instances.
        custom_spec (ServiceCustomSpec | Unset): Custom resource amounts of an instance, used with `specification:
            custom` in a dedicated resource pool. The current edition documents cpu (at least 0.01), memory and gpu_p4 (at
            least 0), cpu and memory mandatory, with two decimals kept; ascend_a310 is known only from the 2020 samples.
        cluster_id (str | Unset): Dedicated or edge resource pool of the instances; present only when one is used.
    """

    nodes: list[ServiceNode]
    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    infer_type: ServiceInferType | Unset = UNSET
    specification: str | Unset = UNSET
    envs: ServiceConfigEdgeDetailEnvs | Unset = UNSET
    source_type: ServiceConfigEdgeDetailSourceType | Unset = UNSET
    status: ServiceConfigEdgeDetailStatus | Unset = UNSET
    instance_count: int | Unset = UNSET
    custom_spec: ServiceCustomSpec | Unset = UNSET
    cluster_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

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

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        instance_count = self.instance_count

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        cluster_id = self.cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
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
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if status is not UNSET:
            field_dict["status"] = status
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_config_edge_detail_envs import ServiceConfigEdgeDetailEnvs  # noqa: PLC0415
        from ..models.service_custom_spec import ServiceCustomSpec  # noqa: PLC0415
        from ..models.service_node import ServiceNode  # noqa: PLC0415

        d = dict(src_dict)
        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = ServiceNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

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
        envs: ServiceConfigEdgeDetailEnvs | Unset
        if isinstance(_envs, Unset) or _envs is None:
            envs = UNSET
        else:
            envs = ServiceConfigEdgeDetailEnvs.from_dict(_envs)

        _source_type = d.pop("source_type", UNSET)
        source_type: ServiceConfigEdgeDetailSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = ServiceConfigEdgeDetailSourceType.from_json(_source_type)

        _status = d.pop("status", UNSET)
        status: ServiceConfigEdgeDetailStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ServiceConfigEdgeDetailStatus.from_json(_status)

        instance_count = d.pop("instance_count", UNSET)

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: ServiceCustomSpec | Unset
        if isinstance(_custom_spec, Unset) or _custom_spec is None:
            custom_spec = UNSET
        else:
            custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        cluster_id = d.pop("cluster_id", UNSET)

        service_config_edge_detail = cls(
            nodes,
            model_id,
            model_name,
            model_version,
            infer_type,
            specification,
            envs,
            source_type,
            status,
            instance_count,
            custom_spec,
            cluster_id,
        )

        service_config_edge_detail.additional_properties = d
        return service_config_edge_detail

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
