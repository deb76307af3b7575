from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_server import DevServer


T = TypeVar("T", bound="DevServerList")


@_attrs_define
class DevServerList:
    """A page of Lite Servers: the servers and where the page sits in the whole list.

    Attributes:
        current (int | Unset): Number of this page, counted from 1 (the record offset divided by the page size, plus
            one).
        data (list[DevServer] | Unset): The servers of this page.
        pages (int | Unset): Number of pages.
        size (int | Unset): Page size, the largest number of servers a page holds (the SDK gives 1 to 1,024).
        total (int | Unset): Number of servers matching the request across all pages (the SDK gives 1 to 2,147,483,647).
    """

    current: int | Unset = UNSET
    data: list[DevServer] | Unset = UNSET
    pages: int | Unset = UNSET
    size: int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current = self.current

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pages = self.pages

        size = self.size

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if data is not UNSET:
            field_dict["data"] = data
        if pages is not UNSET:
            field_dict["pages"] = pages
        if size is not UNSET:
            field_dict["size"] = size
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_server import DevServer  # noqa: PLC0415

        d = dict(src_dict)
        current = d.pop("current", UNSET)

        _data = d.pop("data", UNSET)
        data: list[DevServer] | Unset = UNSET
        if _data is not UNSET and _data is not None:
            data = []
            for data_item_data in _data:
                data_item = DevServer.from_dict(data_item_data)

                data.append(data_item)

        pages = d.pop("pages", UNSET)

        size = d.pop("size", UNSET)

        total = d.pop("total", UNSET)

        dev_server_list = cls(
            current,
            data,
            pages,
            size,
            total,
        )

        dev_server_list.additional_properties = d
        return dev_server_list

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
