from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_workforce_config import DatasetV2WorkforceConfig


T = TypeVar("T", bound="DatasetV2WorkforcesConfig")


@_attrs_define
class DatasetV2WorkforcesConfig:
    """Who assigns the work of a team labeling task, and to which teams.

    Attributes:
        agency (str | Unset): Administrator the assignment is delegated to.
        workforces (list[DatasetV2WorkforceConfig] | Unset): Teams that label.
    """

    agency: str | Unset = UNSET
    workforces: list[DatasetV2WorkforceConfig] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agency = self.agency

        workforces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workforces, Unset):
            workforces = []
            for workforces_item_data in self.workforces:
                workforces_item = workforces_item_data.to_dict()
                workforces.append(workforces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agency is not UNSET:
            field_dict["agency"] = agency
        if workforces is not UNSET:
            field_dict["workforces"] = workforces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_workforce_config import DatasetV2WorkforceConfig  # noqa: PLC0415

        d = dict(src_dict)
        agency = d.pop("agency", UNSET)

        _workforces = d.pop("workforces", UNSET)
        workforces: list[DatasetV2WorkforceConfig] | Unset = UNSET
        if _workforces is not UNSET and _workforces is not None:
            workforces = []
            for workforces_item_data in _workforces:
                workforces_item = DatasetV2WorkforceConfig.from_dict(workforces_item_data)

                workforces.append(workforces_item)

        dataset_v2_workforces_config = cls(
            agency,
            workforces,
        )

        dataset_v2_workforces_config.additional_properties = d
        return dataset_v2_workforces_config

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
