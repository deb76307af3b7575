from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_flavor_detail import TrainingJobV2FlavorDetail


T = TypeVar("T", bound="TrainingJobV2Resource")


@_attrs_define
class TrainingJobV2Resource:
    """Resources of a job: `flavor_id`, or `pool_id` with an optional `flavor_id`.

    Attributes:
        policy (str | Unset): Resource mode, e.g. `regular` (standard); samples also show `economic`.
        flavor_id (str | Unset): Resource flavor ID; for dedicated GPU pools modelarts.pool.visual.xlarge, .2xlarge,
            .4xlarge or .8xlarge (1, 2, 4, 8 cards).
        flavor_name (str | Unset): Flavor name, filled in by the service when `flavor_id` is used.
        node_count (int | Unset): Number of replicas.
        pool_id (str | Unset): Resource pool ID.
        flavor_detail (TrainingJobV2FlavorDetail | Unset): Details of a public-pool flavor.
    """

    policy: str | Unset = UNSET
    flavor_id: str | Unset = UNSET
    flavor_name: str | Unset = UNSET
    node_count: int | Unset = UNSET
    pool_id: str | Unset = UNSET
    flavor_detail: TrainingJobV2FlavorDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy = self.policy

        flavor_id = self.flavor_id

        flavor_name = self.flavor_name

        node_count = self.node_count

        pool_id = self.pool_id

        flavor_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_detail, Unset):
            flavor_detail = self.flavor_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if policy is not UNSET:
            field_dict["policy"] = policy
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id
        if flavor_name is not UNSET:
            field_dict["flavor_name"] = flavor_name
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if flavor_detail is not UNSET:
            field_dict["flavor_detail"] = flavor_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_flavor_detail import TrainingJobV2FlavorDetail  # noqa: PLC0415

        d = dict(src_dict)
        policy = d.pop("policy", UNSET)

        flavor_id = d.pop("flavor_id", UNSET)

        flavor_name = d.pop("flavor_name", UNSET)

        node_count = d.pop("node_count", UNSET)

        pool_id = d.pop("pool_id", UNSET)

        _flavor_detail = d.pop("flavor_detail", UNSET)
        flavor_detail: TrainingJobV2FlavorDetail | Unset
        if isinstance(_flavor_detail, Unset) or _flavor_detail is None:
            flavor_detail = UNSET
        else:
            flavor_detail = TrainingJobV2FlavorDetail.from_dict(_flavor_detail)

        training_job_v2_resource = cls(
            policy,
            flavor_id,
            flavor_name,
            node_count,
            pool_id,
            flavor_detail,
        )

        training_job_v2_resource.additional_properties = d
        return training_job_v2_resource

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
