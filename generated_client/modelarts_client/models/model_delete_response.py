from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_delete_failure import ModelDeleteFailure


T = TypeVar("T", bound="ModelDeleteResponse")


@_attrs_define
class ModelDeleteResponse:
    """Outcome of a model deletion.

    Attributes:
        delete_success_list (list[str] | Unset): IDs of the models deleted.
        delete_failed_list (list[ModelDeleteFailure] | Unset): Models that could not be deleted.
    """

    delete_success_list: list[str] | Unset = UNSET
    delete_failed_list: list[ModelDeleteFailure] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delete_success_list: list[str] | Unset = UNSET
        if not isinstance(self.delete_success_list, Unset):
            delete_success_list = self.delete_success_list

        delete_failed_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delete_failed_list, Unset):
            delete_failed_list = []
            for delete_failed_list_item_data in self.delete_failed_list:
                delete_failed_list_item = delete_failed_list_item_data.to_dict()
                delete_failed_list.append(delete_failed_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delete_success_list is not UNSET:
            field_dict["delete_success_list"] = delete_success_list
        if delete_failed_list is not UNSET:
            field_dict["delete_failed_list"] = delete_failed_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_delete_failure import ModelDeleteFailure  # noqa: PLC0415

        d = dict(src_dict)
        delete_success_list = cast(list[str], d.pop("delete_success_list", UNSET))

        _delete_failed_list = d.pop("delete_failed_list", UNSET)
        delete_failed_list: list[ModelDeleteFailure] | Unset = UNSET
        if _delete_failed_list is not UNSET and _delete_failed_list is not None:
            delete_failed_list = []
            for delete_failed_list_item_data in _delete_failed_list:
                delete_failed_list_item = ModelDeleteFailure.from_dict(delete_failed_list_item_data)

                delete_failed_list.append(delete_failed_list_item)

        model_delete_response = cls(
            delete_success_list,
            delete_failed_list,
        )

        model_delete_response.additional_properties = d
        return model_delete_response

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
