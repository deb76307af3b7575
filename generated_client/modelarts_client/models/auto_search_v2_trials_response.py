from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_search_v2_trial_table import AutoSearchV2TrialTable


T = TypeVar("T", bound="AutoSearchV2TrialsResponse")


@_attrs_define
class AutoSearchV2TrialsResponse:
    """One slice of the trials of an auto search job.

    Attributes:
        total (int | Unset): Number of trials the job has in all.
        count (int | Unset): Number of trials in this slice.
        limit (int | Unset): Largest number of trials a slice holds (the limit applied).
        offset (int | Unset): Offset this slice starts at (the offset applied).
        group_by (str | Unset): Grouping mode (empty in the sample).
        items (AutoSearchV2TrialTable | Unset): Trials as a table: `header` names the columns, each row of `data` holds
            one value per column.
            Cells are strings except the `config` cell, an object of the sampled hyperparameters.
    """

    total: int | Unset = UNSET
    count: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    group_by: str | Unset = UNSET
    items: AutoSearchV2TrialTable | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        count = self.count

        limit = self.limit

        offset = self.offset

        group_by = self.group_by

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

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
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.auto_search_v2_trial_table import AutoSearchV2TrialTable  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        count = d.pop("count", UNSET)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        group_by = d.pop("group_by", UNSET)

        _items = d.pop("items", UNSET)
        items: AutoSearchV2TrialTable | Unset
        if isinstance(_items, Unset) or _items is None:
            items = UNSET
        else:
            items = AutoSearchV2TrialTable.from_dict(_items)

        auto_search_v2_trials_response = cls(
            total,
            count,
            limit,
            offset,
            group_by,
            items,
        )

        auto_search_v2_trials_response.additional_properties = d
        return auto_search_v2_trials_response

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
