from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_specification import ServiceSpecification


T = TypeVar("T", bound="ServiceSpecificationListResponse")


@_attrs_define
class ServiceSpecificationListResponse:
    """A page of the flavors available for deploying services.

    Attributes:
        specifications (list[ServiceSpecification] | Unset): The flavors.
        total_count (int | Unset): Number of flavors, over all pages.
        count (int | Unset): Number of flavors in this page.
    """

    specifications: list[ServiceSpecification] | Unset = UNSET
    total_count: int | Unset = UNSET
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        specifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.specifications, Unset):
            specifications = []
            for specifications_item_data in self.specifications:
                specifications_item = specifications_item_data.to_dict()
                specifications.append(specifications_item)

        total_count = self.total_count

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if specifications is not UNSET:
            field_dict["specifications"] = specifications
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_specification import ServiceSpecification  # noqa: PLC0415

        d = dict(src_dict)
        _specifications = d.pop("specifications", UNSET)
        specifications: list[ServiceSpecification] | Unset = UNSET
        if _specifications is not UNSET and _specifications is not None:
            specifications = []
            for specifications_item_data in _specifications:
                specifications_item = ServiceSpecification.from_dict(specifications_item_data)

                specifications.append(specifications_item)

        total_count = d.pop("total_count", UNSET)

        count = d.pop("count", UNSET)

        service_specification_list_response = cls(
            specifications,
            total_count,
            count,
        )

        service_specification_list_response.additional_properties = d
        return service_specification_list_response

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
