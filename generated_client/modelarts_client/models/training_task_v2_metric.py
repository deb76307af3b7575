from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_task_v2_metric_metric import TrainingTaskV2MetricMetric
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingTaskV2Metric")


@_attrs_define
class TrainingTaskV2Metric:
    """One resource usage metric of a task, as one-minute averages.

    Attributes:
        metric (TrainingTaskV2MetricMetric | Unset): The metric: cpuUsage (CPU), memUsage (physical memory), gpuUtil
            (GPU), gpuMemUsage (GPU memory), npuUtil (NPU), npuMemUsage (NPU memory).
        value (list[float] | Unset): One average per minute, oldest first; the samples show -1 where no value was
            collected.
    """

    metric: TrainingTaskV2MetricMetric | Unset = UNSET
    value: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        value: list[float] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _metric = d.pop("metric", UNSET)
        metric: TrainingTaskV2MetricMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = TrainingTaskV2MetricMetric.from_json(_metric)

        value = cast(list[float], d.pop("value", UNSET))

        training_task_v2_metric = cls(
            metric,
            value,
        )

        training_task_v2_metric.additional_properties = d
        return training_task_v2_metric

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
