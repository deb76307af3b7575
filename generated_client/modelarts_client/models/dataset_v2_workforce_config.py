from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_worker import DatasetV2Worker


T = TypeVar("T", bound="DatasetV2WorkforceConfig")


@_attrs_define
class DatasetV2WorkforceConfig:
    """One labeling team of a team labeling task, with its members.

    Attributes:
        workforce_id (str | Unset): ID of the labeling team.
        workforce_name (str | Unset): Name of the labeling team, 0 to 1024 characters, none of ! < > = & " '.
        workers (list[DatasetV2Worker] | Unset): Members of the team.
    """

    workforce_id: str | Unset = UNSET
    workforce_name: str | Unset = UNSET
    workers: list[DatasetV2Worker] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workforce_id = self.workforce_id

        workforce_name = self.workforce_name

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workforce_id is not UNSET:
            field_dict["workforce_id"] = workforce_id
        if workforce_name is not UNSET:
            field_dict["workforce_name"] = workforce_name
        if workers is not UNSET:
            field_dict["workers"] = workers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_worker import DatasetV2Worker  # noqa: PLC0415

        d = dict(src_dict)
        workforce_id = d.pop("workforce_id", UNSET)

        workforce_name = d.pop("workforce_name", UNSET)

        _workers = d.pop("workers", UNSET)
        workers: list[DatasetV2Worker] | Unset = UNSET
        if _workers is not UNSET and _workers is not None:
            workers = []
            for workers_item_data in _workers:
                workers_item = DatasetV2Worker.from_dict(workers_item_data)

                workers.append(workers_item)

        dataset_v2_workforce_config = cls(
            workforce_id,
            workforce_name,
            workers,
        )

        dataset_v2_workforce_config.additional_properties = d
        return dataset_v2_workforce_config

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
