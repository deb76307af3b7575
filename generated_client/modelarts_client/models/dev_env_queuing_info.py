from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_env_instance_status import DevEnvInstanceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_flavor_details import DevEnvFlavorDetails


T = TypeVar("T", bound="DevEnvQueuingInfo")


@_attrs_define
class DevEnvQueuingInfo:
    """Queue position of an instance waiting for free resources.

    Attributes:
        id (str): Instance ID.
        status (DevEnvInstanceStatus): Instance status. CREATE_QUEUING / START_QUEUING: waiting for free resources to
            create /
            start; CREATING, CREATE_FAILED; READY_TO_START: free resources waiting to be started;
            STARTING, RESTARTING, START_FAILED, RUNNING, STOPPING, STOPPED; UNAVAILABLE; DELETED;
            RESIZING / RESIZE_FAILED: flavor change in progress / failed.
        begin_timestamp (int): When queuing began, epoch milliseconds.
        remain_time (int): Estimated queuing time left, in seconds.
        rank (int): Position of the instance in the queue.
        name (str | Unset): Instance name.
        de_type (str | Unset): Development environment type; only Notebook at present.
        flavor (str | Unset): Instance flavor, such as modelarts.vm.cpu.free or modelarts.vm.gpu.free.
        flavor_details (DevEnvFlavorDetails | Unset): Flavor of the instance and its availability.
        end_timestamp (int | Unset): When queuing ended, epoch milliseconds.
    """

    id: str
    status: DevEnvInstanceStatus
    begin_timestamp: int
    remain_time: int
    rank: int
    name: str | Unset = UNSET
    de_type: str | Unset = UNSET
    flavor: str | Unset = UNSET
    flavor_details: DevEnvFlavorDetails | Unset = UNSET
    end_timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        begin_timestamp = self.begin_timestamp

        remain_time = self.remain_time

        rank = self.rank

        name = self.name

        de_type = self.de_type

        flavor = self.flavor

        flavor_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_details, Unset):
            flavor_details = self.flavor_details.to_dict()

        end_timestamp = self.end_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "begin_timestamp": begin_timestamp,
                "remain_time": remain_time,
                "rank": rank,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if de_type is not UNSET:
            field_dict["de_type"] = de_type
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if flavor_details is not UNSET:
            field_dict["flavor_details"] = flavor_details
        if end_timestamp is not UNSET:
            field_dict["end_timestamp"] = end_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_flavor_details import DevEnvFlavorDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = DevEnvInstanceStatus.from_json(d.pop("status"))

        begin_timestamp = d.pop("begin_timestamp")

        remain_time = d.pop("remain_time")

        rank = d.pop("rank")

        name = d.pop("name", UNSET)

        de_type = d.pop("de_type", UNSET)

        flavor = d.pop("flavor", UNSET)

        _flavor_details = d.pop("flavor_details", UNSET)
        flavor_details: DevEnvFlavorDetails | Unset
        if isinstance(_flavor_details, Unset) or _flavor_details is None:
            flavor_details = UNSET
        else:
            flavor_details = DevEnvFlavorDetails.from_dict(_flavor_details)

        end_timestamp = d.pop("end_timestamp", UNSET)

        dev_env_queuing_info = cls(
            id,
            status,
            begin_timestamp,
            remain_time,
            rank,
            name,
            de_type,
            flavor,
            flavor_details,
            end_timestamp,
        )

        dev_env_queuing_info.additional_properties = d
        return dev_env_queuing_info

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
