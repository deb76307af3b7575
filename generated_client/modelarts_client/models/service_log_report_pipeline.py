from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_log_report_pipeline_type import ServiceLogReportPipelineType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_lts_configuration import ServiceLtsConfiguration


T = TypeVar("T", bound="ServiceLogReportPipeline")


@_attrs_define
class ServiceLogReportPipeline:
    """A log channel of a service.

    Attributes:
        type_ (ServiceLogReportPipelineType): Channel type; only `LTS` (Log Tank Service) exists.
        configuration (ServiceLtsConfiguration | Unset): Where in LTS the logs of a service go.
    """

    type_: ServiceLogReportPipelineType
    configuration: ServiceLtsConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_lts_configuration import ServiceLtsConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ServiceLogReportPipelineType.from_json(d.pop("type"))

        _configuration = d.pop("configuration", UNSET)
        configuration: ServiceLtsConfiguration | Unset
        if isinstance(_configuration, Unset) or _configuration is None:
            configuration = UNSET
        else:
            configuration = ServiceLtsConfiguration.from_dict(_configuration)

        service_log_report_pipeline = cls(
            type_,
            configuration,
        )

        service_log_report_pipeline.additional_properties = d
        return service_log_report_pipeline

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
