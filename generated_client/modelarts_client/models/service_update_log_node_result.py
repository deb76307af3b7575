from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_update_log_node_result_operation import ServiceUpdateLogNodeResultOperation
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceUpdateLogNodeResult")


@_attrs_define
class ServiceUpdateLogNodeResult:
    """Outcome of an edge update on one node.

    Attributes:
        node_id (str | Unset): Node ID.
        node_name (str | Unset): Node name.
        operation (ServiceUpdateLogNodeResultOperation | Unset): Operation done on the node.
        result (bool | Unset): Whether the operation succeeded.
    """

    node_id: str | Unset = UNSET
    node_name: str | Unset = UNSET
    operation: ServiceUpdateLogNodeResultOperation | Unset = UNSET
    result: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        node_name = self.node_name

        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if node_name is not UNSET:
            field_dict["node_name"] = node_name
        if operation is not UNSET:
            field_dict["operation"] = operation
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        node_id = d.pop("node_id", UNSET)

        node_name = d.pop("node_name", UNSET)

        _operation = d.pop("operation", UNSET)
        operation: ServiceUpdateLogNodeResultOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = ServiceUpdateLogNodeResultOperation.from_json(_operation)

        result = d.pop("result", UNSET)

        service_update_log_node_result = cls(
            node_id,
            node_name,
            operation,
            result,
        )

        service_update_log_node_result.additional_properties = d
        return service_update_log_node_result

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
