from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2_remote_constraint_attributes_item import AlgorithmV2RemoteConstraintAttributesItem


T = TypeVar("T", bound="AlgorithmV2RemoteConstraint")


@_attrs_define
class AlgorithmV2RemoteConstraint:
    """A constraint on the data of an input channel.

    Attributes:
        data_type (str | Unset): Kind of input: an OBS storage location or a ModelArts dataset.
        attributes (list[AlgorithmV2RemoteConstraintAttributesItem] | Unset): For a dataset input: attribute maps whose
            keys are data_format, data_segmentation or dataset_type.
    """

    data_type: str | Unset = UNSET
    attributes: list[AlgorithmV2RemoteConstraintAttributesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.algorithm_v2_remote_constraint_attributes_item import AlgorithmV2RemoteConstraintAttributesItem  # noqa: PLC0415

        d = dict(src_dict)
        data_type = d.pop("data_type", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[AlgorithmV2RemoteConstraintAttributesItem] | Unset = UNSET
        if _attributes is not UNSET and _attributes is not None:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = AlgorithmV2RemoteConstraintAttributesItem.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        algorithm_v2_remote_constraint = cls(
            data_type,
            attributes,
        )

        algorithm_v2_remote_constraint.additional_properties = d
        return algorithm_v2_remote_constraint

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
