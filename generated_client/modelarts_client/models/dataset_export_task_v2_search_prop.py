from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_export_task_v2_search_prop_op import DatasetExportTaskV2SearchPropOp
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_export_task_v2_search_prop_props import DatasetExportTaskV2SearchPropProps


T = TypeVar("T", bound="DatasetExportTaskV2SearchProp")


@_attrs_define
class DatasetExportTaskV2SearchProp:
    """Sample attribute (metadata) criteria of a search condition.

    Attributes:
        op (DatasetExportTaskV2SearchPropOp | Unset): How the attribute criteria combine: AND or OR.
        props (DatasetExportTaskV2SearchPropProps | Unset): Attribute criteria, attribute name to the list of accepted
            values.
    """

    op: DatasetExportTaskV2SearchPropOp | Unset = UNSET
    props: DatasetExportTaskV2SearchPropProps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        op: str | Unset = UNSET
        if not isinstance(self.op, Unset):
            op = self.op.value

        props: dict[str, Any] | Unset = UNSET
        if not isinstance(self.props, Unset):
            props = self.props.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if op is not UNSET:
            field_dict["op"] = op
        if props is not UNSET:
            field_dict["props"] = props

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_export_task_v2_search_prop_props import DatasetExportTaskV2SearchPropProps  # noqa: PLC0415

        d = dict(src_dict)
        _op = d.pop("op", UNSET)
        op: DatasetExportTaskV2SearchPropOp | Unset
        if isinstance(_op, Unset):
            op = UNSET
        else:
            op = DatasetExportTaskV2SearchPropOp.from_json(_op)

        _props = d.pop("props", UNSET)
        props: DatasetExportTaskV2SearchPropProps | Unset
        if isinstance(_props, Unset) or _props is None:
            props = UNSET
        else:
            props = DatasetExportTaskV2SearchPropProps.from_dict(_props)

        dataset_export_task_v2_search_prop = cls(
            op,
            props,
        )

        dataset_export_task_v2_search_prop.additional_properties = d
        return dataset_export_task_v2_search_prop

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
