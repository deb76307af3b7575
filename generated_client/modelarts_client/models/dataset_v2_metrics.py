from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_metrics_metrics import DatasetV2MetricsMetrics


T = TypeVar("T", bound="DatasetV2Metrics")


@_attrs_define
class DatasetV2Metrics:
    """Answer of `get_dataset_metrics_v2`: monitoring series of a dataset.

    Attributes:
        metrics (DatasetV2MetricsMetrics | Unset): One series per category (e.g. total, un_annotation,
            manual_annotation, queuing, success, failed, failed_user, failed_system, unfinished); each maps a measurement
            time (milliseconds since 1970-01-01 UTC, written as a string key) to a sample count.
    """

    metrics: DatasetV2MetricsMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_metrics_metrics import DatasetV2MetricsMetrics  # noqa: PLC0415

        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: DatasetV2MetricsMetrics | Unset
        if isinstance(_metrics, Unset) or _metrics is None:
            metrics = UNSET
        else:
            metrics = DatasetV2MetricsMetrics.from_dict(_metrics)

        dataset_v2_metrics = cls(
            metrics,
        )

        dataset_v2_metrics.additional_properties = d
        return dataset_v2_metrics

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
