from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceSecret")


@_attrs_define
class ServiceSecret:
    """A secret mounted into the service's containers.

    Attributes:
        secret_id (str): Secret ID.
        mouth_path (str): Path the secret is mounted at. The wire name is spelled `mouthPath` (sic).
    """

    secret_id: str
    mouth_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret_id = self.secret_id

        mouth_path = self.mouth_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secretId": secret_id,
                "mouthPath": mouth_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        secret_id = d.pop("secretId")

        mouth_path = d.pop("mouthPath")

        service_secret = cls(
            secret_id,
            mouth_path,
        )

        service_secret.additional_properties = d
        return service_secret

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
