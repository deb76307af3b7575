from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster import Cluster


T = TypeVar("T", bound="ClusterListResponse")


@_attrs_define
class ClusterListResponse:
    """A page of dedicated resource pools.

    Attributes:
        total_count (int | Unset): Number of clusters matching the filters, over all pages.
        count (int | Unset): Number of clusters in this page (equal to total_count without offset and limit).
        clusters (list[Cluster] | Unset): The clusters of this page.
    """

    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    clusters: list[Cluster] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        count = self.count

        clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for clusters_item_data in self.clusters:
                clusters_item = clusters_item_data.to_dict()
                clusters.append(clusters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count
        if clusters is not UNSET:
            field_dict["clusters"] = clusters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.cluster import Cluster  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        count = d.pop("count", UNSET)

        _clusters = d.pop("clusters", UNSET)
        clusters: list[Cluster] | Unset = UNSET
        if _clusters is not UNSET and _clusters is not None:
            clusters = []
            for clusters_item_data in _clusters:
                clusters_item = Cluster.from_dict(clusters_item_data)

                clusters.append(clusters_item)

        cluster_list_response = cls(
            total_count,
            count,
            clusters,
        )

        cluster_list_response.additional_properties = d
        return cluster_list_response

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
