from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_node_affinity import ServiceNodeAffinity


T = TypeVar("T", bound="ServiceAffinity")


@_attrs_define
class ServiceAffinity:
    """Affinity rules for placing the instances of a model.

    Attributes:
        node_affinity (ServiceNodeAffinity | Unset): Node affinity of the instances of a model.
    """

    node_affinity: ServiceNodeAffinity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_affinity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.node_affinity, Unset):
            node_affinity = self.node_affinity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_affinity is not UNSET:
            field_dict["node_affinity"] = node_affinity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_node_affinity import ServiceNodeAffinity  # noqa: PLC0415

        d = dict(src_dict)
        _node_affinity = d.pop("node_affinity", UNSET)
        node_affinity: ServiceNodeAffinity | Unset
        if isinstance(_node_affinity, Unset) or _node_affinity is None:
            node_affinity = UNSET
        else:
            node_affinity = ServiceNodeAffinity.from_dict(_node_affinity)

        service_affinity = cls(
            node_affinity,
        )

        service_affinity.additional_properties = d
        return service_affinity

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
