from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_task_v2_metric import TrainingTaskV2Metric


T = TypeVar("T", bound="TrainingTaskV2MetricsResponse")


@_attrs_define
class TrainingTaskV2MetricsResponse:
    """Resource usage series of one task.

    Attributes:
        metrics (list[TrainingTaskV2Metric] | Unset): One series per metric.
    """

    metrics: list[TrainingTaskV2Metric] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.to_dict()
                metrics.append(metrics_item)

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
        from ..models.training_task_v2_metric import TrainingTaskV2Metric  # noqa: PLC0415

        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: list[TrainingTaskV2Metric] | Unset = UNSET
        if _metrics is not UNSET and _metrics is not None:
            metrics = []
            for metrics_item_data in _metrics:
                metrics_item = TrainingTaskV2Metric.from_dict(metrics_item_data)

                metrics.append(metrics_item)

        training_task_v2_metrics_response = cls(
            metrics,
        )

        training_task_v2_metrics_response.additional_properties = d
        return training_task_v2_metrics_response

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
