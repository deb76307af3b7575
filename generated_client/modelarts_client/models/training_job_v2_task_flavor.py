from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_billing import TrainingJobV2Billing
    from ..models.training_job_v2_task_flavor_attributes import TrainingJobV2TaskFlavorAttributes
    from ..models.training_job_v2_task_flavor_info import TrainingJobV2TaskFlavorInfo


T = TypeVar("T", bound="TrainingJobV2TaskFlavor")


@_attrs_define
class TrainingJobV2TaskFlavor:
    """Resource flavor of a task.

    Attributes:
        flavor_id (str | Unset): Flavor ID.
        flavor_name (str | Unset): Flavor name.
        max_num (int | Unset): Largest number of nodes of the flavor.
        flavor_type (str | Unset): Flavor type, e.g. CPU or GPU.
        billing (TrainingJobV2Billing | Unset): Billing of a flavor.
        flavor_info (TrainingJobV2TaskFlavorInfo | Unset): Hardware of a task's flavor.
        attributes (TrainingJobV2TaskFlavorAttributes | Unset): Other flavor attributes.
    """

    flavor_id: str | Unset = UNSET
    flavor_name: str | Unset = UNSET
    max_num: int | Unset = UNSET
    flavor_type: str | Unset = UNSET
    billing: TrainingJobV2Billing | Unset = UNSET
    flavor_info: TrainingJobV2TaskFlavorInfo | Unset = UNSET
    attributes: TrainingJobV2TaskFlavorAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flavor_id = self.flavor_id

        flavor_name = self.flavor_name

        max_num = self.max_num

        flavor_type = self.flavor_type

        billing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = self.billing.to_dict()

        flavor_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_info, Unset):
            flavor_info = self.flavor_info.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_billing import TrainingJobV2Billing  # noqa: PLC0415
        from ..models.training_job_v2_task_flavor_attributes import TrainingJobV2TaskFlavorAttributes  # noqa: PLC0415
        from ..models.training_job_v2_task_flavor_info import TrainingJobV2TaskFlavorInfo  # noqa: PLC0415

        d = dict(src_dict)
        flavor_id = d.pop("flavor_id", UNSET)

        flavor_name = d.pop("flavor_name", UNSET)

        max_num = d.pop("max_num", UNSET)

        flavor_type = d.pop("flavor_type", UNSET)

        _billing = d.pop("billing", UNSET)
        billing: TrainingJobV2Billing | Unset
        if isinstance(_billing, Unset) or _billing is None:
            billing = UNSET
        else:
            billing = TrainingJobV2Billing.from_dict(_billing)

        _flavor_info = d.pop("flavor_info", UNSET)
        flavor_info: TrainingJobV2TaskFlavorInfo | Unset
        if isinstance(_flavor_info, Unset) or _flavor_info is None:
            flavor_info = UNSET
        else:
            flavor_info = TrainingJobV2TaskFlavorInfo.from_dict(_flavor_info)

        _attributes = d.pop("attributes", UNSET)
        attributes: TrainingJobV2TaskFlavorAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = TrainingJobV2TaskFlavorAttributes.from_dict(_attributes)

        training_job_v2_task_flavor = cls(
            flavor_id,
            flavor_name,
            max_num,
            flavor_type,
            billing,
            flavor_info,
            attributes,
        )

        training_job_v2_task_flavor.additional_properties = d
        return training_job_v2_task_flavor

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
