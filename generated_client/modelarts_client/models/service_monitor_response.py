from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_monitor_edge import ServiceMonitorEdge
    from ..models.service_monitor_real_time import ServiceMonitorRealTime


T = TypeVar("T", bound="ServiceMonitorResponse")


@_attrs_define
class ServiceMonitorResponse:
    """Monitoring information of a real-time or edge service.

    Attributes:
        service_id (str | Unset): Service ID.
        service_name (str | Unset): Service name.
        monitors (list[ServiceMonitorEdge | ServiceMonitorRealTime] | Unset): One item per model (real-time) or per node
            (edge). anyOf because the shape follows the service's infer_type: edge items carry node_id, real-time items
            model_id.
        service_running_instance_count (int | Unset): Number of running instances of the service.
        service_instance_count (int | Unset): Number of instances of the service.
        req_count_per_min (int | Unset): Number of calls to the service in the last minute.
    """

    service_id: str | Unset = UNSET
    service_name: str | Unset = UNSET
    monitors: list[ServiceMonitorEdge | ServiceMonitorRealTime] | Unset = UNSET
    service_running_instance_count: int | Unset = UNSET
    service_instance_count: int | Unset = UNSET
    req_count_per_min: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_monitor_edge import ServiceMonitorEdge  # noqa: PLC0415

        service_id = self.service_id

        service_name = self.service_name

        monitors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.monitors, Unset):
            monitors = []
            for monitors_item_data in self.monitors:
                monitors_item: dict[str, Any]
                if isinstance(monitors_item_data, ServiceMonitorEdge):
                    monitors_item = monitors_item_data.to_dict()
                else:
                    monitors_item = monitors_item_data.to_dict()

                monitors.append(monitors_item)

        service_running_instance_count = self.service_running_instance_count

        service_instance_count = self.service_instance_count

        req_count_per_min = self.req_count_per_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if service_name is not UNSET:
            field_dict["service_name"] = service_name
        if monitors is not UNSET:
            field_dict["monitors"] = monitors
        if service_running_instance_count is not UNSET:
            field_dict["service_running_instance_count"] = service_running_instance_count
        if service_instance_count is not UNSET:
            field_dict["service_instance_count"] = service_instance_count
        if req_count_per_min is not UNSET:
            field_dict["req_count_per_min"] = req_count_per_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_monitor_edge import ServiceMonitorEdge  # noqa: PLC0415
        from ..models.service_monitor_real_time import ServiceMonitorRealTime  # noqa: PLC0415

        d = dict(src_dict)
        service_id = d.pop("service_id", UNSET)

        service_name = d.pop("service_name", UNSET)

        _monitors = d.pop("monitors", UNSET)
        monitors: list[ServiceMonitorEdge | ServiceMonitorRealTime] | Unset = UNSET
        if _monitors is not UNSET and _monitors is not None:
            monitors = []
            for monitors_item_data in _monitors:

                def _parse_monitors_item(data: object) -> ServiceMonitorEdge | ServiceMonitorRealTime:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        monitors_item_type_0 = ServiceMonitorEdge.from_dict(data)

                        return monitors_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    monitors_item_type_1 = ServiceMonitorRealTime.from_dict(data)

                    return monitors_item_type_1

                monitors_item = _parse_monitors_item(monitors_item_data)

                monitors.append(monitors_item)

        service_running_instance_count = d.pop("service_running_instance_count", UNSET)

        service_instance_count = d.pop("service_instance_count", UNSET)

        req_count_per_min = d.pop("req_count_per_min", UNSET)

        service_monitor_response = cls(
            service_id,
            service_name,
            monitors,
            service_running_instance_count,
            service_instance_count,
            req_count_per_min,
        )

        service_monitor_response.additional_properties = d
        return service_monitor_response

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
