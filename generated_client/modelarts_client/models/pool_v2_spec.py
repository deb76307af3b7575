from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pool_v2_spec_scope_item import PoolV2SpecScopeItem
from ..models.pool_v2_spec_type import PoolV2SpecType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pool_v2_cluster_master import PoolV2ClusterMaster
    from ..models.pool_v2_container_network import PoolV2ContainerNetwork
    from ..models.pool_v2_driver import PoolV2Driver
    from ..models.pool_v2_network import PoolV2Network
    from ..models.pool_v2_resource import PoolV2Resource


T = TypeVar("T", bound="PoolV2Spec")


@_attrs_define
class PoolV2Spec:
    """Desired configuration of a resource pool.

    Attributes:
        type_ (PoolV2SpecType | Unset): Pool type: Dedicate (physical pool with its own network, network connection,
            custom drivers and job types) or Logical (vendor SDK only, see errata).
        scope (list[PoolV2SpecScopeItem] | Unset): Job types enabled on the pool.
        resources (list[PoolV2Resource] | Unset): Flavors in the pool, with node counts and node pool settings.
        network (PoolV2Network | Unset): Network of the pool (required for physical pools).
        container_network (PoolV2ContainerNetwork | Unset): Kubernetes container network of the pool.
        kubernetes_svc_ip_range (str | Unset): CIDR of the Kubernetes service network.
        masters (list[PoolV2ClusterMaster] | Unset): Master node settings (optional for physical pools).
        cluster_flavor (str | Unset): Cluster flavor of a standard pool.
        driver (PoolV2Driver | Unset): Driver settings of the pool.
        job_flavors (list[str] | Unset): Names of the job flavors the pool supports (vendor SDK, not in the reference
            tables).
        control_mode (int | Unset): Restrictions on the pool as a sum of flags: 0 none, 1 conversion to yearly/monthly,
            2 flavor change, 4 service, 8 frozen, 16 frozen for legal reasons (vendor SDK, not in the reference tables).
    """

    type_: PoolV2SpecType | Unset = UNSET
    scope: list[PoolV2SpecScopeItem] | Unset = UNSET
    resources: list[PoolV2Resource] | Unset = UNSET
    network: PoolV2Network | Unset = UNSET
    container_network: PoolV2ContainerNetwork | Unset = UNSET
    kubernetes_svc_ip_range: str | Unset = UNSET
    masters: list[PoolV2ClusterMaster] | Unset = UNSET
    cluster_flavor: str | Unset = UNSET
    driver: PoolV2Driver | Unset = UNSET
    job_flavors: list[str] | Unset = UNSET
    control_mode: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = []
            for scope_item_data in self.scope:
                scope_item = scope_item_data.value
                scope.append(scope_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        container_network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_network, Unset):
            container_network = self.container_network.to_dict()

        kubernetes_svc_ip_range = self.kubernetes_svc_ip_range

        masters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.masters, Unset):
            masters = []
            for masters_item_data in self.masters:
                masters_item = masters_item_data.to_dict()
                masters.append(masters_item)

        cluster_flavor = self.cluster_flavor

        driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.driver, Unset):
            driver = self.driver.to_dict()

        job_flavors: list[str] | Unset = UNSET
        if not isinstance(self.job_flavors, Unset):
            job_flavors = self.job_flavors

        control_mode = self.control_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if scope is not UNSET:
            field_dict["scope"] = scope
        if resources is not UNSET:
            field_dict["resources"] = resources
        if network is not UNSET:
            field_dict["network"] = network
        if container_network is not UNSET:
            field_dict["containerNetwork"] = container_network
        if kubernetes_svc_ip_range is not UNSET:
            field_dict["kubernetesSvcIpRange"] = kubernetes_svc_ip_range
        if masters is not UNSET:
            field_dict["masters"] = masters
        if cluster_flavor is not UNSET:
            field_dict["clusterFlavor"] = cluster_flavor
        if driver is not UNSET:
            field_dict["driver"] = driver
        if job_flavors is not UNSET:
            field_dict["jobFlavors"] = job_flavors
        if control_mode is not UNSET:
            field_dict["controlMode"] = control_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.pool_v2_cluster_master import PoolV2ClusterMaster  # noqa: PLC0415
        from ..models.pool_v2_container_network import PoolV2ContainerNetwork  # noqa: PLC0415
        from ..models.pool_v2_driver import PoolV2Driver  # noqa: PLC0415
        from ..models.pool_v2_network import PoolV2Network  # noqa: PLC0415
        from ..models.pool_v2_resource import PoolV2Resource  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: PoolV2SpecType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PoolV2SpecType.from_json(_type_)

        _scope = d.pop("scope", UNSET)
        scope: list[PoolV2SpecScopeItem] | Unset = UNSET
        if _scope is not UNSET and _scope is not None:
            scope = []
            for scope_item_data in _scope:
                scope_item = PoolV2SpecScopeItem.from_json(scope_item_data)

                scope.append(scope_item)

        _resources = d.pop("resources", UNSET)
        resources: list[PoolV2Resource] | Unset = UNSET
        if _resources is not UNSET and _resources is not None:
            resources = []
            for resources_item_data in _resources:
                resources_item = PoolV2Resource.from_dict(resources_item_data)

                resources.append(resources_item)

        _network = d.pop("network", UNSET)
        network: PoolV2Network | Unset
        if isinstance(_network, Unset) or _network is None:
            network = UNSET
        else:
            network = PoolV2Network.from_dict(_network)

        _container_network = d.pop("containerNetwork", UNSET)
        container_network: PoolV2ContainerNetwork | Unset
        if isinstance(_container_network, Unset) or _container_network is None:
            container_network = UNSET
        else:
            container_network = PoolV2ContainerNetwork.from_dict(_container_network)

        kubernetes_svc_ip_range = d.pop("kubernetesSvcIpRange", UNSET)

        _masters = d.pop("masters", UNSET)
        masters: list[PoolV2ClusterMaster] | Unset = UNSET
        if _masters is not UNSET and _masters is not None:
            masters = []
            for masters_item_data in _masters:
                masters_item = PoolV2ClusterMaster.from_dict(masters_item_data)

                masters.append(masters_item)

        cluster_flavor = d.pop("clusterFlavor", UNSET)

        _driver = d.pop("driver", UNSET)
        driver: PoolV2Driver | Unset
        if isinstance(_driver, Unset) or _driver is None:
            driver = UNSET
        else:
            driver = PoolV2Driver.from_dict(_driver)

        job_flavors = cast(list[str], d.pop("jobFlavors", UNSET))

        control_mode = d.pop("controlMode", UNSET)

        pool_v2_spec = cls(
            type_,
            scope,
            resources,
            network,
            container_network,
            kubernetes_svc_ip_range,
            masters,
            cluster_flavor,
            driver,
            job_flavors,
            control_mode,
        )

        pool_v2_spec.additional_properties = d
        return pool_v2_spec

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
