from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_config_edge_envs import ServiceConfigEdgeEnvs
    from ..models.service_custom_spec import ServiceCustomSpec


T = TypeVar("T", bound="ServiceConfigEdge")


@_attrs_define
class ServiceConfigEdge:
    """The model of an edge service (infer_type edge); only one model is used. On update, model_id, specification and envs
    cannot be changed.

        Attributes:
            model_id (str): Model ID.
            specification (str): Resource flavor, for example modelarts.vm.cpu.2u or modelarts.vm.gpu.p4 (the flavors the
                reference names); query list_service_specifications for the current list.
            nodes (list[str]): IDs of the IEF edge nodes to deploy on.
            envs (ServiceConfigEdgeEnvs | Unset): Environment variables set for the model at run time.
            instance_count (int | Unset): Number of instances of the model.
            custom_spec (ServiceCustomSpec | Unset): Custom resource amounts of an instance, used with `specification:
                custom` in a dedicated resource pool. The current edition documents cpu (at least 0.01), memory and gpu_p4 (at
                least 0), cpu and memory mandatory, with two decimals kept; ascend_a310 is known only from the 2020 samples.
            cluster_id (str | Unset): Edge resource pool to run this model in; its status must be normal. Overrides the
                service-level cluster_id.
            deploy_timeout_in_seconds (int | Unset): Seconds allowed for deploying one instance of the model.
    """

    model_id: str
    specification: str
    nodes: list[str]
    envs: ServiceConfigEdgeEnvs | Unset = UNSET
    instance_count: int | Unset = UNSET
    custom_spec: ServiceCustomSpec | Unset = UNSET
    cluster_id: str | Unset = UNSET
    deploy_timeout_in_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        specification = self.specification

        nodes = self.nodes

        envs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envs, Unset):
            envs = self.envs.to_dict()

        instance_count = self.instance_count

        custom_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_spec, Unset):
            custom_spec = self.custom_spec.to_dict()

        cluster_id = self.cluster_id

        deploy_timeout_in_seconds = self.deploy_timeout_in_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "specification": specification,
                "nodes": nodes,
            }
        )
        if envs is not UNSET:
            field_dict["envs"] = envs
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if custom_spec is not UNSET:
            field_dict["custom_spec"] = custom_spec
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if deploy_timeout_in_seconds is not UNSET:
            field_dict["deploy_timeout_in_seconds"] = deploy_timeout_in_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_config_edge_envs import ServiceConfigEdgeEnvs  # noqa: PLC0415
        from ..models.service_custom_spec import ServiceCustomSpec  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id")

        specification = d.pop("specification")

        nodes = cast(list[str], d.pop("nodes"))

        _envs = d.pop("envs", UNSET)
        envs: ServiceConfigEdgeEnvs | Unset
        if isinstance(_envs, Unset) or _envs is None:
            envs = UNSET
        else:
            envs = ServiceConfigEdgeEnvs.from_dict(_envs)

        instance_count = d.pop("instance_count", UNSET)

        _custom_spec = d.pop("custom_spec", UNSET)
        custom_spec: ServiceCustomSpec | Unset
        if isinstance(_custom_spec, Unset) or _custom_spec is None:
            custom_spec = UNSET
        else:
            custom_spec = ServiceCustomSpec.from_dict(_custom_spec)

        cluster_id = d.pop("cluster_id", UNSET)

        deploy_timeout_in_seconds = d.pop("deploy_timeout_in_seconds", UNSET)

        service_config_edge = cls(
            model_id,
            specification,
            nodes,
            envs,
            instance_count,
            custom_spec,
            cluster_id,
            deploy_timeout_in_seconds,
        )

        service_config_edge.additional_properties = d
        return service_config_edge

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
