from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_env_storage_type import DevEnvStorageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_storage_location import DevEnvStorageLocation


T = TypeVar("T", bound="DevEnvStorage")


@_attrs_define
class DevEnvStorage:
    """Storage of the notebook's work directory.

    Attributes:
        type_ (DevEnvStorageType): Storage type.
        location (DevEnvStorageLocation | Unset): Where the storage lives. Needed when the storage type is obs.
    """

    type_: DevEnvStorageType
    location: DevEnvStorageLocation | Unset = UNSET
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
        from ..models.dev_env_storage_location import DevEnvStorageLocation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = DevEnvStorageType(d.pop("type"))

        _location = d.pop("location", UNSET)
        location: DevEnvStorageLocation | Unset
        if isinstance(_location, Unset) or _location is None:
            location = UNSET
        else:
            location = DevEnvStorageLocation.from_dict(_location)

        dev_env_storage = cls(
            type_=type_,
            location=location,
        )

        dev_env_storage.additional_properties = d
        return dev_env_storage

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
