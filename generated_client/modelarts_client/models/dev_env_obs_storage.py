from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_env_obs_storage_type import DevEnvObsStorageType

if TYPE_CHECKING:
    from ..models.dev_env_obs_storage_location import DevEnvObsStorageLocation


T = TypeVar("T", bound="DevEnvObsStorage")


@_attrs_define
class DevEnvObsStorage:
    """The notebook's work directory in OBS; `location.path` names it.

    Attributes:
        type_ (DevEnvObsStorageType): Storage type.
        location (DevEnvObsStorageLocation): The OBS directory of an obs storage.
    """

    type_: DevEnvObsStorageType
    location: DevEnvObsStorageLocation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "location": location,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_obs_storage_location import DevEnvObsStorageLocation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = DevEnvObsStorageType.from_json(d.pop("type"))

        location = DevEnvObsStorageLocation.from_dict(d.pop("location"))

        dev_env_obs_storage = cls(
            type_,
            location,
        )

        dev_env_obs_storage.additional_properties = d
        return dev_env_obs_storage

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
