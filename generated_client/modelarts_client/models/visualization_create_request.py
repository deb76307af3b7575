from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VisualizationCreateRequest")


@_attrs_define
class VisualizationCreateRequest:
    """Body of create_visualization_job.

    Attributes:
        job_name (str): Job name; letters, digits, `_` and `-`.
        train_url (str): OBS path of the training output to visualize.
        job_desc (str | Unset): Free-text description. Default: ''.
    """

    job_name: str
    train_url: str
    job_desc: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_name = self.job_name

        train_url = self.train_url

        job_desc = self.job_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_name": job_name,
                "train_url": train_url,
            }
        )
        if job_desc is not UNSET:
            field_dict["job_desc"] = job_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        job_name = d.pop("job_name")

        train_url = d.pop("train_url")

        job_desc = d.pop("job_desc", UNSET)

        visualization_create_request = cls(
            job_name,
            train_url,
            job_desc,
        )

        visualization_create_request.additional_properties = d
        return visualization_create_request

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
