from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_provision_annotations import DevEnvProvisionAnnotations
    from ..models.dev_env_provision_spec import DevEnvProvisionSpec


T = TypeVar("T", bound="DevEnvProvision")


@_attrs_define
class DevEnvProvision:
    """How the instance is deployed.

    Attributes:
        type_ (str | Unset): Deployment type; only Docker at present.
        spec (DevEnvProvisionSpec | Unset): Deployment details.
        annotations (DevEnvProvisionAnnotations | Unset): Free-form labels of the deployment.
    """

    type_: str | Unset = UNSET
    spec: DevEnvProvisionSpec | Unset = UNSET
    annotations: DevEnvProvisionAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if spec is not UNSET:
            field_dict["spec"] = spec
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_provision_annotations import DevEnvProvisionAnnotations  # noqa: PLC0415
        from ..models.dev_env_provision_spec import DevEnvProvisionSpec  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        _spec = d.pop("spec", UNSET)
        spec: DevEnvProvisionSpec | Unset
        if isinstance(_spec, Unset) or _spec is None:
            spec = UNSET
        else:
            spec = DevEnvProvisionSpec.from_dict(_spec)

        _annotations = d.pop("annotations", UNSET)
        annotations: DevEnvProvisionAnnotations | Unset
        if isinstance(_annotations, Unset) or _annotations is None:
            annotations = UNSET
        else:
            annotations = DevEnvProvisionAnnotations.from_dict(_annotations)

        dev_env_provision = cls(
            type_,
            spec,
            annotations,
        )

        dev_env_provision.additional_properties = d
        return dev_env_provision

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
