from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_package_info import ModelPackageInfo


T = TypeVar("T", bound="ModelDependencyInfo")


@_attrs_define
class ModelDependencyInfo:
    """A group of packages a model needs, as returned by the details operation.

    Attributes:
        installer (str | Unset): Installation tool (pip).
        packages (list[ModelPackageInfo] | Unset): Packages.
    """

    installer: str | Unset = UNSET
    packages: list[ModelPackageInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installer = self.installer

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if installer is not UNSET:
            field_dict["installer"] = installer
        if packages is not UNSET:
            field_dict["packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_package_info import ModelPackageInfo  # noqa: PLC0415

        d = dict(src_dict)
        installer = d.pop("installer", UNSET)

        _packages = d.pop("packages", UNSET)
        packages: list[ModelPackageInfo] | Unset = UNSET
        if _packages is not UNSET and _packages is not None:
            packages = []
            for packages_item_data in _packages:
                packages_item = ModelPackageInfo.from_dict(packages_item_data)

                packages.append(packages_item)

        model_dependency_info = cls(
            installer,
            packages,
        )

        model_dependency_info.additional_properties = d
        return model_dependency_info

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
