from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_job_v2_list_order import TrainingJobV2ListOrder
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2 import TrainingJobV2


T = TypeVar("T", bound="TrainingJobV2List")


@_attrs_define
class TrainingJobV2List:
    """One page of a training-job search: the jobs are in `items`; `count` is the number matching the search, `total` all
    jobs of the user.

        Attributes:
            total (int | Unset): Number of all training jobs of the user, whatever the filters.
            count (int | Unset): Number of the user's jobs that match the search.
            limit (int | Unset): Jobs per page, 1 to 50.
            offset (int | Unset): Page returned, counting from 0.
            sort_by (str | Unset): Field the jobs are sorted by. Default: 'create_time'.
            order (TrainingJobV2ListOrder | Unset): Sort order. Default: TrainingJobV2ListOrder.DESC.
            group_by (str | Unset): Field the jobs are grouped by.
            workspace_id (str | Unset): Workspace searched. Default: '0'.
            ai_project (str | Unset): AI project of the jobs. Default: 'default-ai-project'.
            items (list[TrainingJobV2] | Unset): The jobs on this page.
    """

    total: int | Unset = UNSET
    count: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    sort_by: str | Unset = "create_time"
    order: TrainingJobV2ListOrder | Unset = TrainingJobV2ListOrder.DESC
    group_by: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    ai_project: str | Unset = "default-ai-project"
    items: list[TrainingJobV2] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        limit = self.limit

        offset = self.offset

        sort_by = self.sort_by

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        group_by = self.group_by

        workspace_id = self.workspace_id

        ai_project = self.ai_project

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if count is not UNSET:
            field_dict["count"] = count
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if order is not UNSET:
            field_dict["order"] = order
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2 import TrainingJobV2  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        count = d.pop("count", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        sort_by = d.pop("sort_by", UNSET)

        _order = d.pop("order", UNSET)
        order: TrainingJobV2ListOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = TrainingJobV2ListOrder.from_json(_order)

        group_by = d.pop("group_by", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        ai_project = d.pop("ai_project", UNSET)

        _items = d.pop("items", UNSET)
        items: list[TrainingJobV2] | Unset = UNSET
        if _items is not UNSET and _items is not None:
            items = []
            for items_item_data in _items:
                items_item = TrainingJobV2.from_dict(items_item_data)

                items.append(items_item)

        training_job_v2_list = cls(
            total,
            count,
            limit,
            offset,
            sort_by,
            order,
            group_by,
            workspace_id,
            ai_project,
            items,
        )

        training_job_v2_list.additional_properties = d
        return training_job_v2_list

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
