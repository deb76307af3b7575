from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoSearchV2TrialEarlyStopResponse")


@_attrs_define
class AutoSearchV2TrialEarlyStopResponse:
    """Result of stopping a trial early.

    Attributes:
        earlystop_trial (str | Unset): ID of the trial that was stopped.
    """

    earlystop_trial: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earlystop_trial = self.earlystop_trial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earlystop_trial is not UNSET:
            field_dict["earlystop_trial"] = earlystop_trial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        earlystop_trial = d.pop("earlystop_trial", UNSET)

        auto_search_v2_trial_early_stop_response = cls(
            earlystop_trial,
        )

        auto_search_v2_trial_early_stop_response.additional_properties = d
        return auto_search_v2_trial_early_stop_response

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
