from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task_output_webhook_headers import ServiceTaskOutputWebhookHeaders


T = TypeVar("T", bound="ServiceTaskOutputWebhook")


@_attrs_define
class ServiceTaskOutputWebhook:
    """Results posted to a callback URL.

    Attributes:
        url (str | Unset): Callback URL.
        headers (ServiceTaskOutputWebhookHeaders | Unset): Headers sent with each callback.
        data_category (list[str] | Unset): Result types output.
    """

    url: str | Unset = UNSET
    headers: ServiceTaskOutputWebhookHeaders | Unset = UNSET
    data_category: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        data_category: list[str] | Unset = UNSET
        if not isinstance(self.data_category, Unset):
            data_category = self.data_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if data_category is not UNSET:
            field_dict["data_category"] = data_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_task_output_webhook_headers import ServiceTaskOutputWebhookHeaders  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ServiceTaskOutputWebhookHeaders | Unset
        if isinstance(_headers, Unset) or _headers is None:
            headers = UNSET
        else:
            headers = ServiceTaskOutputWebhookHeaders.from_dict(_headers)

        data_category = cast(list[str], d.pop("data_category", UNSET))

        service_task_output_webhook = cls(
            url,
            headers,
            data_category,
        )

        service_task_output_webhook.additional_properties = d
        return service_task_output_webhook

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
