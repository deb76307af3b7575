from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_specification_source_type import ServiceSpecificationSourceType
from ..models.service_specification_spec_status import ServiceSpecificationSpecStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceSpecification")


@_attrs_define
class ServiceSpecification:
    """A flavor services can be deployed with.

    Attributes:
        specification (str | Unset): Flavor ID.
        billing_spec (str | Unset): Billing flavor ID.
        spec_status (ServiceSpecificationSpecStatus | Unset): `normal`, or `sellout` when sold out and unusable for
            deployment.
        is_open (bool | Unset): Whether the flavor is open to the user; when false it must be requested through a
            service ticket. True by default. Default: True.
        source_type (ServiceSpecificationSourceType | Unset): Kind of model the flavor is for: `auto` for ExeML models
            (billed differently); absent for the user's own models.
        is_free (bool | Unset): Whether the flavor is free of charge.
        over_quota (bool | Unset): Whether the quota is exceeded.
        extend_params (int | Unset): Billing item.
    """

    specification: str | Unset = UNSET
    billing_spec: str | Unset = UNSET
    spec_status: ServiceSpecificationSpecStatus | Unset = UNSET
    is_open: bool | Unset = True
    source_type: ServiceSpecificationSourceType | Unset = UNSET
    is_free: bool | Unset = UNSET
    over_quota: bool | Unset = UNSET
    extend_params: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        specification = self.specification

        billing_spec = self.billing_spec

        spec_status: str | Unset = UNSET
        if not isinstance(self.spec_status, Unset):
            spec_status = self.spec_status.value

        is_open = self.is_open

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        is_free = self.is_free

        over_quota = self.over_quota

        extend_params = self.extend_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if specification is not UNSET:
            field_dict["specification"] = specification
        if billing_spec is not UNSET:
            field_dict["billing_spec"] = billing_spec
        if spec_status is not UNSET:
            field_dict["spec_status"] = spec_status
        if is_open is not UNSET:
            field_dict["is_open"] = is_open
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if is_free is not UNSET:
            field_dict["is_free"] = is_free
        if over_quota is not UNSET:
            field_dict["over_quota"] = over_quota
        if extend_params is not UNSET:
            field_dict["extend_params"] = extend_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        specification = d.pop("specification", UNSET)

        billing_spec = d.pop("billing_spec", UNSET)

        _spec_status = d.pop("spec_status", UNSET)
        spec_status: ServiceSpecificationSpecStatus | Unset
        if isinstance(_spec_status, Unset):
            spec_status = UNSET
        else:
            spec_status = ServiceSpecificationSpecStatus.from_json(_spec_status)

        is_open = d.pop("is_open", UNSET)

        _source_type = d.pop("source_type", UNSET)
        source_type: ServiceSpecificationSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = ServiceSpecificationSourceType.from_json(_source_type)

        is_free = d.pop("is_free", UNSET)

        over_quota = d.pop("over_quota", UNSET)

        extend_params = d.pop("extend_params", UNSET)

        service_specification = cls(
            specification,
            billing_spec,
            spec_status,
            is_open,
            source_type,
            is_free,
            over_quota,
            extend_params,
        )

        service_specification.additional_properties = d
        return service_specification

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
