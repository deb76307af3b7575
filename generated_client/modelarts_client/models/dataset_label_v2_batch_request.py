from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_label import DatasetV2Label


T = TypeVar("T", bound="DatasetLabelV2BatchRequest")


@_attrs_define
class DatasetLabelV2BatchRequest:
    """Labels to create, modify or delete in one call. To modify, `name` picks the label and `property` carries the new
    values (`@modelarts:rename_to` renames it); to delete, `name` is enough.

        Attributes:
            labels (list[DatasetV2Label] | Unset): The labels the operation applies to.
    """

    labels: list[DatasetV2Label] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_label import DatasetV2Label  # noqa: PLC0415

        d = dict(src_dict)
        _labels = d.pop("labels", UNSET)
        labels: list[DatasetV2Label] | Unset = UNSET
        if _labels is not UNSET and _labels is not None:
            labels = []
            for labels_item_data in _labels:
                labels_item = DatasetV2Label.from_dict(labels_item_data)

                labels.append(labels_item)

        dataset_label_v2_batch_request = cls(
            labels,
        )

        dataset_label_v2_batch_request.additional_properties = d
        return dataset_label_v2_batch_request

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
