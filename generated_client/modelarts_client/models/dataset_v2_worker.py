from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_worker_role import DatasetV2WorkerRole
from ..models.dataset_v2_worker_status import DatasetV2WorkerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetV2Worker")


@_attrs_define
class DatasetV2Worker:
    """A member of a labeling team.

    Attributes:
        worker_id (str | Unset): ID of the member.
        workforce_id (str | Unset): ID of the labeling team.
        email (str | Unset): Email address of the member.
        description (str | Unset): Description of the member, 0 to 256 characters, none of ^ ! < > = & " '.
        role (DatasetV2WorkerRole | Unset): Role of the member. 0: labeler, 1: reviewer, 2: team administrator, 3:
            dataset owner.
        status (DatasetV2WorkerStatus | Unset): Login status of the member. 0: invitation email not sent, 1: invitation
            sent, never logged in, 2: logged in, 3: member deleted.
        create_time (int | Unset): When the member was added, Unix epoch milliseconds.
        update_time (int | Unset): Last update of the member, Unix epoch milliseconds.
    """

    worker_id: str | Unset = UNSET
    workforce_id: str | Unset = UNSET
    email: str | Unset = UNSET
    description: str | Unset = UNSET
    role: DatasetV2WorkerRole | Unset = UNSET
    status: DatasetV2WorkerStatus | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_id = self.worker_id

        workforce_id = self.workforce_id

        email = self.email

        description = self.description

        role: int | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worker_id is not UNSET:
            field_dict["worker_id"] = worker_id
        if workforce_id is not UNSET:
            field_dict["workforce_id"] = workforce_id
        if email is not UNSET:
            field_dict["email"] = email
        if description is not UNSET:
            field_dict["description"] = description
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        worker_id = d.pop("worker_id", UNSET)

        workforce_id = d.pop("workforce_id", UNSET)

        email = d.pop("email", UNSET)

        description = d.pop("description", UNSET)

        _role = d.pop("role", UNSET)
        role: DatasetV2WorkerRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = DatasetV2WorkerRole.from_json(_role)

        _status = d.pop("status", UNSET)
        status: DatasetV2WorkerStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetV2WorkerStatus.from_json(_status)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        dataset_v2_worker = cls(
            worker_id,
            workforce_id,
            email,
            description,
            role,
            status,
            create_time,
            update_time,
        )

        dataset_v2_worker.additional_properties = d
        return dataset_v2_worker

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
