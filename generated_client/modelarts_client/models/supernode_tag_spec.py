from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupernodeTagSpec")


@_attrs_define
class SupernodeTagSpec:
    """A tag as sent to `create_supernode_tags` or `delete_supernode_tags`.

    Attributes:
        key (str): Tag key, at most 128 characters. Letters of any language, digits, spaces and `_ . : = + - @` are
            allowed; it may not begin or end with a space, nor begin with `_sys_`. (The pattern admits every non-ASCII
            character, a portable stand-in for "letters of any language".)
        value (str | Unset): Tag value, at most 255 characters. Letters of any language, digits, spaces and `_ . : / = +
            - @` are allowed. (The pattern admits every non-ASCII character, as for `key`.)
    """

    key: str
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        key = d.pop("key")

        value = d.pop("value", UNSET)

        supernode_tag_spec = cls(
            key,
            value,
        )

        supernode_tag_spec.additional_properties = d
        return supernode_tag_spec

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
