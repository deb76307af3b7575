from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_profile_labels import DevEnvProfileLabels
    from ..models.dev_env_provision import DevEnvProvision


T = TypeVar("T", bound="DevEnvProfile")


@_attrs_define
class DevEnvProfile:
    """Configuration (image profile) of the instance.

    Attributes:
        id (str | Unset): Configuration ID.
        name (str | Unset): Configuration name.
        description (str | Unset): Configuration description.
        de_type (str | Unset): Development environment type; only Notebook at present.
        flavor_type (str | Unset): Hardware kind, such as CPU, GPU or Ascend.
        provision (DevEnvProvision | Unset): How the instance is deployed.
        labels (DevEnvProfileLabels | Unset): Labels of the configuration.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    de_type: str | Unset = UNSET
    flavor_type: str | Unset = UNSET
    provision: DevEnvProvision | Unset = UNSET
    labels: DevEnvProfileLabels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        de_type = self.de_type

        flavor_type = self.flavor_type

        provision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provision, Unset):
            provision = self.provision.to_dict()

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if de_type is not UNSET:
            field_dict["de_type"] = de_type
        if flavor_type is not UNSET:
            field_dict["flavor_type"] = flavor_type
        if provision is not UNSET:
            field_dict["provision"] = provision
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_profile_labels import DevEnvProfileLabels  # noqa: PLC0415
        from ..models.dev_env_provision import DevEnvProvision  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        de_type = d.pop("de_type", UNSET)

        flavor_type = d.pop("flavor_type", UNSET)

        _provision = d.pop("provision", UNSET)
        provision: DevEnvProvision | Unset
        if isinstance(_provision, Unset) or _provision is None:
            provision = UNSET
        else:
            provision = DevEnvProvision.from_dict(_provision)

        _labels = d.pop("labels", UNSET)
        labels: DevEnvProfileLabels | Unset
        if isinstance(_labels, Unset) or _labels is None:
            labels = UNSET
        else:
            labels = DevEnvProfileLabels.from_dict(_labels)

        dev_env_profile = cls(
            id,
            name,
            description,
            de_type,
            flavor_type,
            provision,
            labels,
        )

        dev_env_profile.additional_properties = d
        return dev_env_profile

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
