from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_export_task_v2_search_labels_op import DatasetExportTaskV2SearchLabelsOp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_export_task_v2_search_label import DatasetExportTaskV2SearchLabel


T = TypeVar("T", bound="DatasetExportTaskV2SearchLabels")


@_attrs_define
class DatasetExportTaskV2SearchLabels:
    """Label criteria of a search condition.

    Attributes:
        labels (list[DatasetExportTaskV2SearchLabel] | Unset): The label criteria.
        op (DatasetExportTaskV2SearchLabelsOp | Unset): How the label criteria combine: OR or AND. Needed when there are
            several criteria, may be left out for one.
    """

    labels: list[DatasetExportTaskV2SearchLabel] | Unset = UNSET
    op: DatasetExportTaskV2SearchLabelsOp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        op: str | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if labels is not UNSET:
            field_dict["labels"] = labels
        if op is not UNSET:
            field_dict["op"] = op

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_export_task_v2_search_label import DatasetExportTaskV2SearchLabel  # noqa: PLC0415

        d = dict(src_dict)
        _labels = d.pop("labels", UNSET)
        labels: list[DatasetExportTaskV2SearchLabel] | Unset = UNSET
        if _labels is not UNSET and _labels is not None:
            labels = []
            for labels_item_data in _labels:
                labels_item = DatasetExportTaskV2SearchLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        _op = d.pop("op", UNSET)
        op: DatasetExportTaskV2SearchLabelsOp | Unset
        if isinstance(_op, Unset):
            op = UNSET
        else:
            op = DatasetExportTaskV2SearchLabelsOp.from_json(_op)

        dataset_export_task_v2_search_labels = cls(
            labels,
            op,
        )

        dataset_export_task_v2_search_labels.additional_properties = d
        return dataset_export_task_v2_search_labels

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
