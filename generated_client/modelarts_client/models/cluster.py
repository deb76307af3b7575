from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_period_type import ClusterPeriodType
from ..models.cluster_status import ClusterStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_node import ClusterNode


T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A dedicated resource pool.

    Attributes:
        cluster_id (str | Unset): Cluster ID.
        cluster_name (str | Unset): Cluster name.
        description (str | Unset): Remarks.
        tenant (str | Unset): Tenant owning the cluster.
        project (str | Unset): Project owning the cluster.
        owner (str | Unset): User owning the cluster.
        created_at (int | Unset): Creation time. Epoch milliseconds (UTC).
        status (ClusterStatus | Unset): Status of a dedicated resource pool.
        nodes (list[ClusterNode] | Unset): Nodes, grouped by flavor.
        allocatable_cpu_cores (float | Unset): CPU cores available.
        allocatable_memory (int | Unset): Memory available (MB, by the sample).
        allocatable_gpus (float | Unset): GPUs available.
        product_id (str | Unset): Product ID; yearly/monthly billing only.
        order_id (str | Unset): Order ID; yearly/monthly billing only.
        period_type (ClusterPeriodType | Unset): Subscription period unit; yearly/monthly billing only.
        period_num (int | Unset): Number of subscription periods; yearly/monthly billing only.
    """

    cluster_id: str | Unset = UNSET
    cluster_name: str | Unset = UNSET
    description: str | Unset = UNSET
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    created_at: int | Unset = UNSET
    status: ClusterStatus | Unset = UNSET
    nodes: list[ClusterNode] | Unset = UNSET
    allocatable_cpu_cores: float | Unset = UNSET
    allocatable_memory: int | Unset = UNSET
    allocatable_gpus: float | Unset = UNSET
    product_id: str | Unset = UNSET
    order_id: str | Unset = UNSET
    period_type: ClusterPeriodType | Unset = UNSET
    period_num: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id = self.cluster_id

        cluster_name = self.cluster_name

        description = self.description

        tenant = self.tenant

        project = self.project

        owner = self.owner

        created_at = self.created_at

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        allocatable_cpu_cores = self.allocatable_cpu_cores

        allocatable_memory = self.allocatable_memory

        allocatable_gpus = self.allocatable_gpus

        product_id = self.product_id

        order_id = self.order_id

        period_type: str | Unset = UNSET
        if not isinstance(self.period_type, Unset):
            period_type = self.period_type.value

        period_num = self.period_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if cluster_name is not UNSET:
            field_dict["cluster_name"] = cluster_name
        if description is not UNSET:
            field_dict["description"] = description
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if project is not UNSET:
            field_dict["project"] = project
        if owner is not UNSET:
            field_dict["owner"] = owner
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if allocatable_cpu_cores is not UNSET:
            field_dict["allocatable_cpu_cores"] = allocatable_cpu_cores
        if allocatable_memory is not UNSET:
            field_dict["allocatable_memory"] = allocatable_memory
        if allocatable_gpus is not UNSET:
            field_dict["allocatable_gpus"] = allocatable_gpus
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if period_type is not UNSET:
            field_dict["period_type"] = period_type
        if period_num is not UNSET:
            field_dict["period_num"] = period_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.cluster_node import ClusterNode  # noqa: PLC0415

        d = dict(src_dict)
        cluster_id = d.pop("cluster_id", UNSET)

        cluster_name = d.pop("cluster_name", UNSET)

        description = d.pop("description", UNSET)

        tenant = d.pop("tenant", UNSET)

        project = d.pop("project", UNSET)

        owner = d.pop("owner", UNSET)

        created_at = d.pop("created_at", UNSET)

        _status = d.pop("status", UNSET)
        status: ClusterStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ClusterStatus.from_json(_status)

        _nodes = d.pop("nodes", UNSET)
        nodes: list[ClusterNode] | Unset = UNSET
        if _nodes is not UNSET and _nodes is not None:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = ClusterNode.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        allocatable_cpu_cores = d.pop("allocatable_cpu_cores", UNSET)

        allocatable_memory = d.pop("allocatable_memory", UNSET)

        allocatable_gpus = d.pop("allocatable_gpus", UNSET)

        product_id = d.pop("product_id", UNSET)

        order_id = d.pop("order_id", UNSET)

        _period_type = d.pop("period_type", UNSET)
        period_type: ClusterPeriodType | Unset
        if isinstance(_period_type, Unset):
            period_type = UNSET
        else:
            period_type = ClusterPeriodType.from_json(_period_type)

        period_num = d.pop("period_num", UNSET)

        cluster = cls(
            cluster_id,
            cluster_name,
            description,
            tenant,
            project,
            owner,
            created_at,
            status,
            nodes,
            allocatable_cpu_cores,
            allocatable_memory,
            allocatable_gpus,
            product_id,
            order_id,
            period_type,
            period_num,
        )

        cluster.additional_properties = d
        return cluster

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
