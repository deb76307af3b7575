from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_pool_owner import DevEnvPoolOwner


T = TypeVar("T", bound="DevEnvPool")


@_attrs_define
class DevEnvPool:
    """Dedicated resource pool the instance runs in.

    Attributes:
        id (str): Resource pool ID.
        name (str | Unset): Resource pool name.
        type_ (str | Unset): Resource pool type; USER_DEFINED is a dedicated pool.
        owner (DevEnvPoolOwner | Unset): Owner of a dedicated pool; given when the pool type is USER_DEFINED.
    """

    id: str
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    owner: DevEnvPoolOwner | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_pool_owner import DevEnvPoolOwner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: DevEnvPoolOwner | Unset
        if isinstance(_owner, Unset) or _owner is None:
            owner = UNSET
        else:
            owner = DevEnvPoolOwner.from_dict(_owner)

        dev_env_pool = cls(
            id,
            name,
            type_,
            owner,
        )

        dev_env_pool.additional_properties = d
        return dev_env_pool

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
