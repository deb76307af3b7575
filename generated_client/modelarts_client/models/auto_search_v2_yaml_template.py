from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoSearchV2YamlTemplate")


@_attrs_define
class AutoSearchV2YamlTemplate:
    """The YAML templates of one algorithm type.

    Attributes:
        algorithm_type_en (str | Unset): Algorithm type, in English (e.g. hpo, nas, augment, compression); the
            `algorithm_type` of a template.
        algorithm_type_zh (str | Unset): Algorithm type, in Chinese.
        algorithm_names (list[str] | Unset): Names of the algorithms of this type; each is the `algorithm_name` of a
            template.
    """

    algorithm_type_en: str | Unset = UNSET
    algorithm_type_zh: str | Unset = UNSET
    algorithm_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm_type_en = self.algorithm_type_en

        algorithm_type_zh = self.algorithm_type_zh

        algorithm_names: list[str] | Unset = UNSET
        if not isinstance(self.algorithm_names, Unset):
            algorithm_names = self.algorithm_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algorithm_type_en is not UNSET:
            field_dict["algorithm_type_en"] = algorithm_type_en
        if algorithm_type_zh is not UNSET:
            field_dict["algorithm_type_zh"] = algorithm_type_zh
        if algorithm_names is not UNSET:
            field_dict["algorithm_names"] = algorithm_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        algorithm_type_en = d.pop("algorithm_type_en", UNSET)

        algorithm_type_zh = d.pop("algorithm_type_zh", UNSET)

        algorithm_names = cast(list[str], d.pop("algorithm_names", UNSET))

        auto_search_v2_yaml_template = cls(
            algorithm_type_en,
            algorithm_type_zh,
            algorithm_names,
        )

        auto_search_v2_yaml_template.additional_properties = d
        return auto_search_v2_yaml_template

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
