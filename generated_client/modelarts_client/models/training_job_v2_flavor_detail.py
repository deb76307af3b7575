from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_billing import TrainingJobV2Billing
    from ..models.training_job_v2_flavor_info import TrainingJobV2FlavorInfo


T = TypeVar("T", bound="TrainingJobV2FlavorDetail")


@_attrs_define
class TrainingJobV2FlavorDetail:
    """Details of a public-pool flavor.

    Attributes:
        flavor_type (str | Unset): Flavor type, e.g. CPU or GPU.
        billing (TrainingJobV2Billing | Unset): Billing of a flavor.
        flavor_info (TrainingJobV2FlavorInfo | Unset): Hardware of a flavor.
    """

    flavor_type: str | Unset = UNSET
    billing: TrainingJobV2Billing | Unset = UNSET
    flavor_info: TrainingJobV2FlavorInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor_type = self.flavor_type

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        flavor_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_info, Unset):
            flavor_info = self.flavor_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flavor_type is not UNSET:
            field_dict["flavor_type"] = flavor_type
        if billing is not UNSET:
            field_dict["billing"] = billing
        if flavor_info is not UNSET:
            field_dict["flavor_info"] = flavor_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_billing import TrainingJobV2Billing  # noqa: PLC0415
        from ..models.training_job_v2_flavor_info import TrainingJobV2FlavorInfo  # noqa: PLC0415

        d = dict(src_dict)
        flavor_type = d.pop("flavor_type", UNSET)

        _billing = d.pop("billing", UNSET)
        billing: TrainingJobV2Billing | Unset
        if isinstance(_billing, Unset) or _billing is None:
            billing = UNSET
        else:
            billing = TrainingJobV2Billing.from_dict(_billing)

        _flavor_info = d.pop("flavor_info", UNSET)
        flavor_info: TrainingJobV2FlavorInfo | Unset
        if isinstance(_flavor_info, Unset) or _flavor_info is None:
            flavor_info = UNSET
        else:
            flavor_info = TrainingJobV2FlavorInfo.from_dict(_flavor_info)

        training_job_v2_flavor_detail = cls(
            flavor_type,
            billing,
            flavor_info,
        )

        training_job_v2_flavor_detail.additional_properties = d
        return training_job_v2_flavor_detail

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
