from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DevServerChangeOsRequest")


@_attrs_define
class DevServerChangeOsRequest:
    """Body of `change_dev_server_os`: the image to switch to, how to log in to the new system, and optionally boot-time
    user data. Exactly one of `admin_pass` and `key_pair_name` is expected.

        Attributes:
            image_id (str): ID of the image to switch to (from `list_dev_server_images`).
            admin_pass (str | Unset): Password of the new system's login user, for ECS and BMS servers; supernode (HPS)
                servers do not take one. Give this or `key_pair_name`, not neither. 8 to 26 characters, using at least three of:
                upper-case letters, lower-case letters, digits, and the special characters `!@$%^-_=+[{}]:,./?`; it may not
                equal the user name or the user name reversed, and may not contain `root` or `administrator` or either reversed.
            key_pair_name (str | Unset): Name of the key pair to log in to the new system with. Give this or `admin_pass`,
                not neither; the only choice for supernode (HPS) servers.
            user_data (str | Unset): Custom data injected into the server when the new system first boots (text or a text
                file, for example a shell script), base64-encoded. At most 32 KB before encoding.
    """

    image_id: str
    admin_pass: str | Unset = UNSET
    key_pair_name: str | Unset = UNSET
    user_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        admin_pass = self.admin_pass

        key_pair_name = self.key_pair_name

        user_data = self.user_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_id": image_id,
            }
        )
        if admin_pass is not UNSET:
            field_dict["admin_pass"] = admin_pass
        if key_pair_name is not UNSET:
            field_dict["key_pair_name"] = key_pair_name
        if user_data is not UNSET:
            field_dict["user_data"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        image_id = d.pop("image_id")

        admin_pass = d.pop("admin_pass", UNSET)

        key_pair_name = d.pop("key_pair_name", UNSET)

        user_data = d.pop("user_data", UNSET)

        dev_server_change_os_request = cls(
            image_id,
            admin_pass,
            key_pair_name,
            user_data,
        )

        dev_server_change_os_request.additional_properties = d
        return dev_server_change_os_request

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
