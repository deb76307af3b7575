from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_label import DatasetV2Label


T = TypeVar("T", bound="DatasetV2UpdateRequest")


@_attrs_define
class DatasetV2UpdateRequest:
    """Body of `update_dataset_v2`: the fields to change; all are optional.

    Attributes:
        dataset_name (str | Unset): New dataset name.
        description (str | Unset): New description, 0 to 256 characters, none of ^ ! < > = & ".
        current_version_id (str | Unset): Version to make the dataset's current one.
        add_labels (list[DatasetV2Label] | Unset): Labels to add.
        update_labels (list[DatasetV2Label] | Unset): Labels to update (matched by name).
        delete_labels (list[DatasetV2Label] | Unset): Labels to delete.
    """

    dataset_name: str | Unset = UNSET
    description: str | Unset = UNSET
    current_version_id: str | Unset = UNSET
    add_labels: list[DatasetV2Label] | Unset = UNSET
    update_labels: list[DatasetV2Label] | Unset = UNSET
    delete_labels: list[DatasetV2Label] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_name = self.dataset_name

        description = self.description

        current_version_id = self.current_version_id

        add_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_labels, Unset):
            add_labels = []
            for add_labels_item_data in self.add_labels:
                add_labels_item = add_labels_item_data.to_dict()
                add_labels.append(add_labels_item)

        update_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.update_labels, Unset):
            update_labels = []
            for update_labels_item_data in self.update_labels:
                update_labels_item = update_labels_item_data.to_dict()
                update_labels.append(update_labels_item)

        delete_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.delete_labels, Unset):
            delete_labels = []
            for delete_labels_item_data in self.delete_labels:
                delete_labels_item = delete_labels_item_data.to_dict()
                delete_labels.append(delete_labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if description is not UNSET:
            field_dict["description"] = description
        if current_version_id is not UNSET:
            field_dict["current_version_id"] = current_version_id
        if add_labels is not UNSET:
            field_dict["add_labels"] = add_labels
        if update_labels is not UNSET:
            field_dict["update_labels"] = update_labels
        if delete_labels is not UNSET:
            field_dict["delete_labels"] = delete_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_label import DatasetV2Label  # noqa: PLC0415

        d = dict(src_dict)
        dataset_name = d.pop("dataset_name", UNSET)

        description = d.pop("description", UNSET)

        current_version_id = d.pop("current_version_id", UNSET)

        _add_labels = d.pop("add_labels", UNSET)
        add_labels: list[DatasetV2Label] | Unset = UNSET
        if _add_labels is not UNSET and _add_labels is not None:
            add_labels = []
            for add_labels_item_data in _add_labels:
                add_labels_item = DatasetV2Label.from_dict(add_labels_item_data)

                add_labels.append(add_labels_item)

        _update_labels = d.pop("update_labels", UNSET)
        update_labels: list[DatasetV2Label] | Unset = UNSET
        if _update_labels is not UNSET and _update_labels is not None:
            update_labels = []
            for update_labels_item_data in _update_labels:
                update_labels_item = DatasetV2Label.from_dict(update_labels_item_data)

                update_labels.append(update_labels_item)

        _delete_labels = d.pop("delete_labels", UNSET)
        delete_labels: list[DatasetV2Label] | Unset = UNSET
        if _delete_labels is not UNSET and _delete_labels is not None:
            delete_labels = []
            for delete_labels_item_data in _delete_labels:
                delete_labels_item = DatasetV2Label.from_dict(delete_labels_item_data)

                delete_labels.append(delete_labels_item)

        dataset_v2_update_request = cls(
            dataset_name,
            description,
            current_version_id,
            add_labels,
            update_labels,
            delete_labels,
        )

        dataset_v2_update_request.additional_properties = d
        return dataset_v2_update_request

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
