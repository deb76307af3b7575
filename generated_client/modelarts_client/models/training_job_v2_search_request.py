from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_search_request_order import TrainingJobV2SearchRequestOrder
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_search_filter import TrainingJobV2SearchFilter


T = TypeVar("T", bound="TrainingJobV2SearchRequest")


@_attrs_define
class TrainingJobV2SearchRequest:
    """Body of a training-job search. `offset` counts pages, not records (0 is the first page of `limit` jobs).

    Attributes:
        offset (int | Unset): Page to return, counting from 0 (a page index, not a record count).
        limit (int | Unset): Jobs per page, 1 to 50.
        sort_by (str | Unset): Field to sort by. Default: 'create_time'.
        order (TrainingJobV2SearchRequestOrder | Unset): Sort order. Default: TrainingJobV2SearchRequestOrder.DESC.
        group_by (str | Unset): Field to group the jobs by.
        workspace_id (str | Unset): Workspace to search: 0 (the default workspace) or a 32-character workspace ID (from
            the vendor SDK, see errata). Default: '0'.
        filters (list[TrainingJobV2SearchFilter] | Unset): Conditions the jobs must meet.
    """

    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    sort_by: str | Unset = "create_time"
    order: TrainingJobV2SearchRequestOrder | Unset = TrainingJobV2SearchRequestOrder.DESC
    group_by: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    filters: list[TrainingJobV2SearchFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offset = self.offset

        limit = self.limit

        sort_by = self.sort_by

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        group_by = self.group_by

        workspace_id = self.workspace_id

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if order is not UNSET:
            field_dict["order"] = order
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_search_filter import TrainingJobV2SearchFilter  # noqa: PLC0415

        d = dict(src_dict)
        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        _order = d.pop("order", UNSET)
        order: TrainingJobV2SearchRequestOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = TrainingJobV2SearchRequestOrder.from_json(_order)

        group_by = d.pop("group_by", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: list[TrainingJobV2SearchFilter] | Unset = UNSET
        if _filters is not UNSET and _filters is not None:
            filters = []
            for filters_item_data in _filters:
                filters_item = TrainingJobV2SearchFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        training_job_v2_search_request = cls(
            offset,
            limit,
            sort_by,
            order,
            group_by,
            workspace_id,
            filters,
        )

        training_job_v2_search_request.additional_properties = d
        return training_job_v2_search_request

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
