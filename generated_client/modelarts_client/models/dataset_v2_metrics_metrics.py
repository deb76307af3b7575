from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_v2_metrics_metrics_additional_property import DatasetV2MetricsMetricsAdditionalProperty


T = TypeVar("T", bound="DatasetV2MetricsMetrics")


@_attrs_define
class DatasetV2MetricsMetrics:
    """One series per category (e.g. total, un_annotation, manual_annotation, queuing, success, failed, failed_user,
    failed_system, unfinished); each maps a measurement time (milliseconds since 1970-01-01 UTC, written as a string
    key) to a sample count.

    """

    additional_properties: dict[str, DatasetV2MetricsMetricsAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_metrics_metrics_additional_property import DatasetV2MetricsMetricsAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        dataset_v2_metrics_metrics = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DatasetV2MetricsMetricsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        dataset_v2_metrics_metrics.additional_properties = additional_properties
        return dataset_v2_metrics_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DatasetV2MetricsMetricsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DatasetV2MetricsMetricsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
