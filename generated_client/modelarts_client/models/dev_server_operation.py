from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_server_operation_operation_status import DevServerOperationOperationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_server_operation_error import DevServerOperationError


T = TypeVar("T", bound="DevServerOperation")


@_attrs_define
class DevServerOperation:
    """An asynchronous operation on a Lite Server and how far it has got.

    Attributes:
        operation_id (str | Unset): Operation ID, 8 to 36 characters.
        operation_status (DevServerOperationOperationStatus | Unset): State of the operation: pending (queued), running,
            success or failed.
        operation_type (str | Unset): Kind of operation, 8 to 36 characters, such as node_attach_volume.
        operation_error (DevServerOperationError | Unset): Why an operation failed.
    """

    operation_id: str | Unset = UNSET
    operation_status: DevServerOperationOperationStatus | Unset = UNSET
    operation_type: str | Unset = UNSET
    operation_error: DevServerOperationError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        operation_status: str | Unset = UNSET
        if not isinstance(self.operation_status, Unset):
            operation_status = self.operation_status.value

        operation_type = self.operation_type

        operation_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_error, Unset):
            operation_error = self.operation_error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if operation_status is not UNSET:
            field_dict["operation_status"] = operation_status
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if operation_error is not UNSET:
            field_dict["operation_error"] = operation_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_server_operation_error import DevServerOperationError  # noqa: PLC0415

        d = dict(src_dict)
        operation_id = d.pop("operation_id", UNSET)

        _operation_status = d.pop("operation_status", UNSET)
        operation_status: DevServerOperationOperationStatus | Unset
        if isinstance(_operation_status, Unset):
            operation_status = UNSET
        else:
            operation_status = DevServerOperationOperationStatus.from_json(_operation_status)

        operation_type = d.pop("operation_type", UNSET)

        _operation_error = d.pop("operation_error", UNSET)
        operation_error: DevServerOperationError | Unset
        if isinstance(_operation_error, Unset) or _operation_error is None:
            operation_error = UNSET
        else:
            operation_error = DevServerOperationError.from_dict(_operation_error)

        dev_server_operation = cls(
            operation_id,
            operation_status,
            operation_type,
            operation_error,
        )

        dev_server_operation.additional_properties = d
        return dev_server_operation

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
