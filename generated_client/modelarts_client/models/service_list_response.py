from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_summary import ServiceSummary


T = TypeVar("T", bound="ServiceListResponse")


@_attrs_define
class ServiceListResponse:
    """A page of services.

    Attributes:
        total_count (int | Unset): Number of services matching the filters, over all pages.
        count (int | Unset): Number of services in this page (equal to total_count without offset and limit).
        services (list[ServiceSummary] | Unset): The services of this page.
    """

    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    services: list[ServiceSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        count = self.count

        services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.to_dict()
                services.append(services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_summary import ServiceSummary  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        count = d.pop("count", UNSET)

        _services = d.pop("services", UNSET)
        services: list[ServiceSummary] | Unset = UNSET
        if _services is not UNSET and _services is not None:
            services = []
            for services_item_data in _services:
                services_item = ServiceSummary.from_dict(services_item_data)

                services.append(services_item)

        service_list_response = cls(
            total_count,
            count,
            services,
        )

        service_list_response.additional_properties = d
        return service_list_response

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
