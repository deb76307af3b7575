from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_sample_v2_update_item import DatasetSampleV2UpdateItem


T = TypeVar("T", bound="DatasetSampleV2UpdateRequest")


@_attrs_define
class DatasetSampleV2UpdateRequest:
    """New labels for several samples.

    Attributes:
        email (str | Unset): Email address of the labeling team member making the change.
        samples (list[DatasetSampleV2UpdateItem] | Unset): The samples to update.
    """

    email: str | Unset = UNSET
    samples: list[DatasetSampleV2UpdateItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_sample_v2_update_item import DatasetSampleV2UpdateItem  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        _samples = d.pop("samples", UNSET)
        samples: list[DatasetSampleV2UpdateItem] | Unset = UNSET
        if _samples is not UNSET and _samples is not None:
            samples = []
            for samples_item_data in _samples:
                samples_item = DatasetSampleV2UpdateItem.from_dict(samples_item_data)

                samples.append(samples_item)

        dataset_sample_v2_update_request = cls(
            email,
            samples,
        )

        dataset_sample_v2_update_request.additional_properties = d
        return dataset_sample_v2_update_request

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
