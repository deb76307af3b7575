from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_infer_type import ServiceInferType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_config_edge_detail_envs import ServiceConfigEdgeDetailEnvs
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
    """

    nodes: list[ServiceNode]
    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    infer_type: ServiceInferType | Unset = UNSET
    specification: str | Unset = UNSET
    envs: ServiceConfigEdgeDetailEnvs | Unset = UNSET
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_config_edge_detail_envs import ServiceConfigEdgeDetailEnvs  # noqa: PLC0415
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

        service_config_edge_detail = cls(
            nodes,
            model_id,
            model_name,
            model_version,
            infer_type,
            specification,
            envs,
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
