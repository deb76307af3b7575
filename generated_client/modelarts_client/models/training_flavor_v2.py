from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_flavor_v2_flavor_type import TrainingFlavorV2FlavorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_flavor_v2_attributes import TrainingFlavorV2Attributes
    from ..models.training_flavor_v2_info import TrainingFlavorV2Info
    from ..models.training_job_v2_billing import TrainingJobV2Billing


T = TypeVar("T", bound="TrainingFlavorV2")


@_attrs_define
class TrainingFlavorV2:
    """One resource flavor for training jobs.

    Attributes:
        flavor_id (str | Unset): Flavor ID, e.g. modelarts.vm.cpu.2u.
        flavor_name (str | Unset): Display name of the flavor.
        max_num (int | Unset): Largest number of nodes with this flavor.
        flavor_type (TrainingFlavorV2FlavorType | Unset): Flavor type (`Ascend` only in the Huawei Cloud regions that
            offer it).
        billing (TrainingJobV2Billing | Unset): Billing of a flavor.
        flavor_info (TrainingFlavorV2Info | Unset): Hardware of a flavor.
        attributes (TrainingFlavorV2Attributes | Unset): Further flavor attributes.
        pool_id (str | Unset): ID of the resource pool the flavor belongs to (vendor SDK only, not in the reference).
        support_engines (str | Unset): Engines the flavor supports, as a JSON array in a string (vendor SDK only, not in
            the reference).
        support_groups (str | Unset): User groups the flavor is offered to; `public` when empty (vendor SDK only, not in
            the reference).
    """

    flavor_id: str | Unset = UNSET
    flavor_name: str | Unset = UNSET
    max_num: int | Unset = UNSET
    flavor_type: TrainingFlavorV2FlavorType | Unset = UNSET
    billing: TrainingJobV2Billing | Unset = UNSET
    flavor_info: TrainingFlavorV2Info | Unset = UNSET
    attributes: TrainingFlavorV2Attributes | Unset = UNSET
    pool_id: str | Unset = UNSET
    support_engines: str | Unset = UNSET
    support_groups: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor_id = self.flavor_id

        flavor_name = self.flavor_name

        max_num = self.max_num

        flavor_type: str | Unset = UNSET
        if not isinstance(self.flavor_type, Unset):
            flavor_type = self.flavor_type.value

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        flavor_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_info, Unset):
            flavor_info = self.flavor_info.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        pool_id = self.pool_id

        support_engines = self.support_engines

        support_groups = self.support_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flavor_id is not UNSET:
            field_dict["flavor_id"] = flavor_id
        if flavor_name is not UNSET:
            field_dict["flavor_name"] = flavor_name
        if max_num is not UNSET:
            field_dict["max_num"] = max_num
        if flavor_type is not UNSET:
            field_dict["flavor_type"] = flavor_type
        if billing is not UNSET:
            field_dict["billing"] = billing
        if flavor_info is not UNSET:
            field_dict["flavor_info"] = flavor_info
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if pool_id is not UNSET:
            field_dict["pool_id"] = pool_id
        if support_engines is not UNSET:
            field_dict["support_engines"] = support_engines
        if support_groups is not UNSET:
            field_dict["support_groups"] = support_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_flavor_v2_attributes import TrainingFlavorV2Attributes  # noqa: PLC0415
        from ..models.training_flavor_v2_info import TrainingFlavorV2Info  # noqa: PLC0415
        from ..models.training_job_v2_billing import TrainingJobV2Billing  # noqa: PLC0415

        d = dict(src_dict)
        flavor_id = d.pop("flavor_id", UNSET)

        flavor_name = d.pop("flavor_name", UNSET)

        max_num = d.pop("max_num", UNSET)

        _flavor_type = d.pop("flavor_type", UNSET)
        flavor_type: TrainingFlavorV2FlavorType | Unset
        if isinstance(_flavor_type, Unset):
            flavor_type = UNSET
        else:
            flavor_type = TrainingFlavorV2FlavorType.from_json(_flavor_type)

        _billing = d.pop("billing", UNSET)
        billing: TrainingJobV2Billing | Unset
        if isinstance(_billing, Unset) or _billing is None:
            billing = UNSET
        else:
            billing = TrainingJobV2Billing.from_dict(_billing)

        _flavor_info = d.pop("flavor_info", UNSET)
        flavor_info: TrainingFlavorV2Info | Unset
        if isinstance(_flavor_info, Unset) or _flavor_info is None:
            flavor_info = UNSET
        else:
            flavor_info = TrainingFlavorV2Info.from_dict(_flavor_info)

        _attributes = d.pop("attributes", UNSET)
        attributes: TrainingFlavorV2Attributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = TrainingFlavorV2Attributes.from_dict(_attributes)

        pool_id = d.pop("pool_id", UNSET)

        support_engines = d.pop("support_engines", UNSET)

        support_groups = d.pop("support_groups", UNSET)

        training_flavor_v2 = cls(
            flavor_id,
            flavor_name,
            max_num,
            flavor_type,
            billing,
            flavor_info,
            attributes,
            pool_id,
            support_engines,
            support_groups,
        )

        training_flavor_v2.additional_properties = d
        return training_flavor_v2

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
