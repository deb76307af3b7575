from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_instance import DevEnvInstance


T = TypeVar("T", bound="DevEnvInstanceList")


@_attrs_define
class DevEnvInstanceList:
    """Answer to the list request.

    Attributes:
        total_count (int | Unset): Number of instances matching the filters.
        instances (list[DevEnvInstance] | Unset): The instances of this slice.
    """

    total_count: int | Unset = UNSET
    instances: list[DevEnvInstance] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_count = self.total_count

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if instances is not UNSET:
            field_dict["instances"] = instances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_instance import DevEnvInstance  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("total_count", UNSET)

        _instances = d.pop("instances", UNSET)
        instances: list[DevEnvInstance] | Unset = UNSET
        if _instances is not UNSET and _instances is not None:
            instances = []
            for instances_item_data in _instances:
                instances_item = DevEnvInstance.from_dict(instances_item_data)

                instances.append(instances_item)

        dev_env_instance_list = cls(
            total_count,
            instances,
        )

        dev_env_instance_list.additional_properties = d
        return dev_env_instance_list

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
