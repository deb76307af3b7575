from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelDoc")


@_attrs_define
class ModelDoc:
    """A model description document, in an import request.

    Attributes:
        doc_name (str): Document name, 1 to 48 characters starting with a letter or Chinese character; letters,
            Chinese characters, digits, hyphens and underscores.
        doc_url (str): HTTP or HTTPS link to the document.
    """

    doc_name: str
    doc_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc_name = self.doc_name

        doc_url = self.doc_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "doc_name": doc_name,
                "doc_url": doc_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        doc_name = d.pop("doc_name")

        doc_url = d.pop("doc_url")

        model_doc = cls(
            doc_name,
            doc_url,
        )

        model_doc.additional_properties = d
        return model_doc

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
