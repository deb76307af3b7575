from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_package_info_restraint import ModelPackageInfoRestraint
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelPackageInfo")


@_attrs_define
class ModelPackageInfo:
    """One package a model needs, as returned by the details operation.

    Attributes:
        package_name (str | Unset): Package name.
        package_version (str | Unset): Package version.
        restraint (ModelPackageInfoRestraint | Unset): How package_version constrains the version.
    """

    package_name: str | Unset = UNSET
    package_version: str | Unset = UNSET
    restraint: ModelPackageInfoRestraint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        package_version = self.package_version

        restraint: str | Unset = UNSET
        if not isinstance(self.restraint, Unset):
            restraint = self.restraint.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if package_version is not UNSET:
            field_dict["package_version"] = package_version
        if restraint is not UNSET:
            field_dict["restraint"] = restraint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        package_name = d.pop("package_name", UNSET)

        package_version = d.pop("package_version", UNSET)

        _restraint = d.pop("restraint", UNSET)
        restraint: ModelPackageInfoRestraint | Unset
        if isinstance(_restraint, Unset):
            restraint = UNSET
        else:
            restraint = ModelPackageInfoRestraint.from_json(_restraint)

        model_package_info = cls(
            package_name,
            package_version,
            restraint,
        )

        model_package_info.additional_properties = d
        return model_package_info

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
