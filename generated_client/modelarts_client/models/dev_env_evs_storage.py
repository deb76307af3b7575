from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_env_evs_storage_type import DevEnvEvsStorageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_evs_storage_location import DevEnvEvsStorageLocation


T = TypeVar("T", bound="DevEnvEvsStorage")


@_attrs_define
class DevEnvEvsStorage:
    """The notebook's work directory on an EVS disk.

    Attributes:
        type_ (DevEnvEvsStorageType): Storage type.
        location (DevEnvEvsStorageLocation | Unset): The EVS disk of an evs storage.
    """

    type_: DevEnvEvsStorageType
    location: DevEnvEvsStorageLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_evs_storage_location import DevEnvEvsStorageLocation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = DevEnvEvsStorageType.from_json(d.pop("type"))

        _location = d.pop("location", UNSET)
        location: DevEnvEvsStorageLocation | Unset
        if isinstance(_location, Unset) or _location is None:
            location = UNSET
        else:
            location = DevEnvEvsStorageLocation.from_dict(_location)

        dev_env_evs_storage = cls(
            type_,
            location,
        )

        dev_env_evs_storage.additional_properties = d
        return dev_env_evs_storage

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
