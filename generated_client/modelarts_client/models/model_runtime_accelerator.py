from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_runtime_accelerator_type import ModelRuntimeAcceleratorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelRuntimeAccelerator")


@_attrs_define
class ModelRuntimeAccelerator:
    """Accelerator card a runtime uses.

    Attributes:
        type_ (ModelRuntimeAcceleratorType | Unset): Card type, `npu`, `gpu` or `none`.
        name (str | Unset): Card name, e.g. SNT9.
        cuda_version (str | Unset): CUDA driver version (GPU cards), e.g. cuda 10.2.
        driver_version_section (str | Unset): Range of driver versions (NPU cards), e.g. C8x.
    """

    type_: ModelRuntimeAcceleratorType | Unset = UNSET
    name: str | Unset = UNSET
    cuda_version: str | Unset = UNSET
    driver_version_section: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        cuda_version = self.cuda_version

        driver_version_section = self.driver_version_section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if cuda_version is not UNSET:
            field_dict["cuda_version"] = cuda_version
        if driver_version_section is not UNSET:
            field_dict["driver_version_section"] = driver_version_section

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ModelRuntimeAcceleratorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ModelRuntimeAcceleratorType.from_json(_type_)

        name = d.pop("name", UNSET)

        cuda_version = d.pop("cuda_version", UNSET)

        driver_version_section = d.pop("driver_version_section", UNSET)

        model_runtime_accelerator = cls(
            type_,
            name,
            cuda_version,
            driver_version_section,
        )

        model_runtime_accelerator.additional_properties = d
        return model_runtime_accelerator

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
