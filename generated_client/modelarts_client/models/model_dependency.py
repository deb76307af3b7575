from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_dependency_installer import ModelDependencyInstaller

if TYPE_CHECKING:
    from ..models.model_package import ModelPackage


T = TypeVar("T", bound="ModelDependency")


@_attrs_define
class ModelDependency:
    """A group of packages to install, in an import request.

    Attributes:
        installer (ModelDependencyInstaller): Installation tool; only pip.
        packages (list[ModelPackage]): Packages to install.
    """

    installer: ModelDependencyInstaller
    packages: list[ModelPackage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installer = self.installer.value

        packages = []
        for packages_item_data in self.packages:
            packages_item = packages_item_data.to_dict()
            packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installer": installer,
                "packages": packages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_package import ModelPackage  # noqa: PLC0415

        d = dict(src_dict)
        installer = ModelDependencyInstaller.from_json(d.pop("installer"))

        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = ModelPackage.from_dict(packages_item_data)

            packages.append(packages_item)

        model_dependency = cls(
            installer,
            packages,
        )

        model_dependency.additional_properties = d
        return model_dependency

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
