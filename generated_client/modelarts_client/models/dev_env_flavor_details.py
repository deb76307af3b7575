from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_env_flavor_details_promo_type import DevEnvFlavorDetailsPromoType
from ..models.dev_env_flavor_details_status import DevEnvFlavorDetailsStatus
from ..models.dev_env_flavor_details_storage_list_item import DevEnvFlavorDetailsStorageListItem
from ..models.dev_env_flavor_details_type import DevEnvFlavorDetailsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_flavor_details_params import DevEnvFlavorDetailsParams


T = TypeVar("T", bound="DevEnvFlavorDetails")


@_attrs_define
class DevEnvFlavorDetails:
    """Flavor of the instance and its availability.

    Attributes:
        name (str): Flavor name.
        status (DevEnvFlavorDetailsStatus): Whether the flavor is on sale or sold out.
        type_ (DevEnvFlavorDetailsType): Hardware kind of the flavor.
        params (DevEnvFlavorDetailsParams): Flavor parameters, such as CPU and GPU counts, gpu_type and memory.
        queuing_num (int | Unset): Queue length; given for a sold-out flavor with promo_type Free.
        queue_left_time (int | Unset): Remaining queuing time in seconds; given for a sold-out flavor with promo_type
            Free.
        storage_list (list[DevEnvFlavorDetailsStorageListItem] | Unset): Storage types the flavor supports.
        is_permitted (str | Unset): Whether the current user may use this flavor.
        promo_type (DevEnvFlavorDetailsPromoType | Unset): Promotion type.
        instance_num (int | Unset): Number of instances of this flavor the user has created.
        duration (int | Unset): Auto-stop time after start, in seconds.
        store_time (int | Unset): Hours an inactive instance of this flavor is kept; -1 keeps it forever. Default: -1.
        billing_flavor (str | Unset): Flavor billed for; when empty the flavor name is billed.
        billing_params (int | Unset): Billing ratio; given when billing_flavor is.
    """

    name: str
    status: DevEnvFlavorDetailsStatus
    type_: DevEnvFlavorDetailsType
    params: DevEnvFlavorDetailsParams
    queuing_num: int | Unset = UNSET
    queue_left_time: int | Unset = UNSET
    storage_list: list[DevEnvFlavorDetailsStorageListItem] | Unset = UNSET
    is_permitted: str | Unset = UNSET
    promo_type: DevEnvFlavorDetailsPromoType | Unset = UNSET
    instance_num: int | Unset = UNSET
    duration: int | Unset = UNSET
    store_time: int | Unset = -1
    billing_flavor: str | Unset = UNSET
    billing_params: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status = self.status.value

        type_ = self.type_.value

        params = self.params.to_dict()

        queuing_num = self.queuing_num

        queue_left_time = self.queue_left_time

        storage_list: list[str] | Unset = UNSET
        if not isinstance(self.storage_list, Unset):
            storage_list = []
            for storage_list_item_data in self.storage_list:
                storage_list_item = storage_list_item_data.value
                storage_list.append(storage_list_item)

        is_permitted = self.is_permitted

        promo_type: str | Unset = UNSET
        if not isinstance(self.promo_type, Unset):
            promo_type = self.promo_type.value

        instance_num = self.instance_num

        duration = self.duration

        store_time = self.store_time

        billing_flavor = self.billing_flavor

        billing_params = self.billing_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "type": type_,
                "params": params,
            }
        )
        if queuing_num is not UNSET:
            field_dict["queuing_num"] = queuing_num
        if queue_left_time is not UNSET:
            field_dict["queue_left_time"] = queue_left_time
        if storage_list is not UNSET:
            field_dict["storage_list"] = storage_list
        if is_permitted is not UNSET:
            field_dict["is_permitted"] = is_permitted
        if promo_type is not UNSET:
            field_dict["promo_type"] = promo_type
        if instance_num is not UNSET:
            field_dict["instance_num"] = instance_num
        if duration is not UNSET:
            field_dict["duration"] = duration
        if store_time is not UNSET:
            field_dict["store_time"] = store_time
        if billing_flavor is not UNSET:
            field_dict["billing_flavor"] = billing_flavor
        if billing_params is not UNSET:
            field_dict["billing_params"] = billing_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_flavor_details_params import DevEnvFlavorDetailsParams  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        status = DevEnvFlavorDetailsStatus.from_json(d.pop("status"))

        type_ = DevEnvFlavorDetailsType.from_json(d.pop("type"))

        params = DevEnvFlavorDetailsParams.from_dict(d.pop("params"))

        queuing_num = d.pop("queuing_num", UNSET)

        queue_left_time = d.pop("queue_left_time", UNSET)

        _storage_list = d.pop("storage_list", UNSET)
        storage_list: list[DevEnvFlavorDetailsStorageListItem] | Unset = UNSET
        if _storage_list is not UNSET and _storage_list is not None:
            storage_list = []
            for storage_list_item_data in _storage_list:
                storage_list_item = DevEnvFlavorDetailsStorageListItem.from_json(storage_list_item_data)

                storage_list.append(storage_list_item)

        is_permitted = d.pop("is_permitted", UNSET)

        _promo_type = d.pop("promo_type", UNSET)
        promo_type: DevEnvFlavorDetailsPromoType | Unset
        if isinstance(_promo_type, Unset):
            promo_type = UNSET
        else:
            promo_type = DevEnvFlavorDetailsPromoType.from_json(_promo_type)

        instance_num = d.pop("instance_num", UNSET)

        duration = d.pop("duration", UNSET)

        store_time = d.pop("store_time", UNSET)

        billing_flavor = d.pop("billing_flavor", UNSET)

        billing_params = d.pop("billing_params", UNSET)

        dev_env_flavor_details = cls(
            name,
            status,
            type_,
            params,
            queuing_num,
            queue_left_time,
            storage_list,
            is_permitted,
            promo_type,
            instance_num,
            duration,
            store_time,
            billing_flavor,
            billing_params,
        )

        dev_env_flavor_details.additional_properties = d
        return dev_env_flavor_details

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
