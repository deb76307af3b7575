from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_update_spec import DevEnvUpdateSpec


T = TypeVar("T", bound="DevEnvUpdateInstanceRequest")


@_attrs_define
class DevEnvUpdateInstanceRequest:
    """Body of the modify-instance request.

    Attributes:
        description (str | Unset): New instance description, up to 512 characters, without any of `&<>"'/`.
        spec (DevEnvUpdateSpec | Unset): Instance settings that can be changed.
    """

    description: str | Unset = UNSET
    spec: DevEnvUpdateSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_update_spec import DevEnvUpdateSpec  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _spec = d.pop("spec", UNSET)
        spec: DevEnvUpdateSpec | Unset
        if isinstance(_spec, Unset) or _spec is None:
            spec = UNSET
        else:
            spec = DevEnvUpdateSpec.from_dict(_spec)

        dev_env_update_instance_request = cls(
            description,
            spec,
        )

        dev_env_update_instance_request.additional_properties = d
        return dev_env_update_instance_request

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
