from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_log_report_pipeline import ServiceLogReportPipeline
    from ..models.service_smn_notification import ServiceSmnNotification


T = TypeVar("T", bound="ServiceAdditionalProperties")


@_attrs_define
class ServiceAdditionalProperties:
    """Extra service attributes used for managing the service (a free-form map; the known keys are smn_notification,
    log_report_channels and websocket_upgrade). Absent from responses when never set.

        Attributes:
            smn_notification (ServiceSmnNotification | Unset): Simple Message Notification (SMN) settings for being told
                about service status changes.
            log_report_channels (list[ServiceLogReportPipeline] | Unset): Log channels the service reports to. Absent or
                empty means no LTS log reporting; once enabled it cannot be changed.
            websocket_upgrade (bool | Unset): Whether the service interface is upgraded to WebSocket. Not set: false on
                creation, the previous value on update. Once true it cannot be changed, and it excludes traffic limiting.
    """

    smn_notification: ServiceSmnNotification | Unset = UNSET
    log_report_channels: list[ServiceLogReportPipeline] | Unset = UNSET
    websocket_upgrade: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smn_notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.smn_notification, Unset):
            smn_notification = self.smn_notification.to_dict()

        log_report_channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_report_channels, Unset):
            log_report_channels = []
            for log_report_channels_item_data in self.log_report_channels:
                log_report_channels_item = log_report_channels_item_data.to_dict()
                log_report_channels.append(log_report_channels_item)

        websocket_upgrade = self.websocket_upgrade

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if smn_notification is not UNSET:
            field_dict["smn_notification"] = smn_notification
        if log_report_channels is not UNSET:
            field_dict["log_report_channels"] = log_report_channels
        if websocket_upgrade is not UNSET:
            field_dict["websocket_upgrade"] = websocket_upgrade

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_log_report_pipeline import ServiceLogReportPipeline  # noqa: PLC0415
        from ..models.service_smn_notification import ServiceSmnNotification  # noqa: PLC0415

        d = dict(src_dict)
        _smn_notification = d.pop("smn_notification", UNSET)
        smn_notification: ServiceSmnNotification | Unset
        if isinstance(_smn_notification, Unset) or _smn_notification is None:
            smn_notification = UNSET
        else:
            smn_notification = ServiceSmnNotification.from_dict(_smn_notification)

        _log_report_channels = d.pop("log_report_channels", UNSET)
        log_report_channels: list[ServiceLogReportPipeline] | Unset = UNSET
        if _log_report_channels is not UNSET and _log_report_channels is not None:
            log_report_channels = []
            for log_report_channels_item_data in _log_report_channels:
                log_report_channels_item = ServiceLogReportPipeline.from_dict(log_report_channels_item_data)

                log_report_channels.append(log_report_channels_item)

        websocket_upgrade = d.pop("websocket_upgrade", UNSET)

        service_additional_properties = cls(
            smn_notification,
            log_report_channels,
            websocket_upgrade,
        )

        service_additional_properties.additional_properties = d
        return service_additional_properties

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
