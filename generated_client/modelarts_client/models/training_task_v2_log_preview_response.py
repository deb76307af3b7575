from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingTaskV2LogPreviewResponse")


@_attrs_define
class TrainingTaskV2LogPreviewResponse:
    """The log text of one task, whole or its most recent part.

    Attributes:
        content (str | Unset): The log text; the whole log if within the limit, else its most recent part. Empty while
            the task has logged nothing. Called `context` before 2022-03-01.
        current_size (int | Unset): Size of `content` in bytes, at most 5 MB.
        full_size (int | Unset): Size of the whole log in bytes.
    """

    content: str | Unset = UNSET
    current_size: int | Unset = UNSET
    full_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        current_size = self.current_size

        full_size = self.full_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if current_size is not UNSET:
            field_dict["current_size"] = current_size
        if full_size is not UNSET:
            field_dict["full_size"] = full_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        current_size = d.pop("current_size", UNSET)

        full_size = d.pop("full_size", UNSET)

        training_task_v2_log_preview_response = cls(
            content,
            current_size,
            full_size,
        )

        training_task_v2_log_preview_response.additional_properties = d
        return training_task_v2_log_preview_response

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
