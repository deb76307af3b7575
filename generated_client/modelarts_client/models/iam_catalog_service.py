from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.iam_catalog_endpoint import IamCatalogEndpoint


T = TypeVar("T", bound="IamCatalogService")


@_attrs_define
class IamCatalogService:
    """One service of the catalog.

    Attributes:
        id (str | Unset): Service ID.
        name (str | Unset): Service name.
        type_ (str | Unset): Service type.
        endpoints (list[IamCatalogEndpoint] | Unset): Endpoints of the service.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    endpoints: list[IamCatalogEndpoint] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.iam_catalog_endpoint import IamCatalogEndpoint  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[IamCatalogEndpoint] | Unset = UNSET
        if _endpoints is not UNSET and _endpoints is not None:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = IamCatalogEndpoint.from_dict(endpoints_item_data)

                endpoints.append(endpoints_item)

        iam_catalog_service = cls(
            id,
            name,
            type_,
            endpoints,
        )

        iam_catalog_service.additional_properties = d
        return iam_catalog_service

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
