from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_sample_v2_metadata_modelartshard_reasons_item import (
    DatasetSampleV2MetadataModelartshardReasonsItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSampleV2Metadata")


@_attrs_define
class DatasetSampleV2Metadata:
    """Metadata of a sample, as key-value pairs; besides the built-in `@modelarts:` keys below it may hold other keys.

    Attributes:
        modelartsimport_origin (int | Unset): Where the sample came from (built-in attribute).
        modelartshard (float | Unset): Whether the sample is a hard example: 0 no, 1 yes.
        modelartshard_coefficient (float | Unset): Difficulty coefficient of the sample, 0 to 1.
        modelartshard_reasons (list[DatasetSampleV2MetadataModelartshardReasonsItem] | Unset): Why the sample is a hard
            example, as reason IDs: 0 no object identified, 1 low confidence, 2 clustering on the training set disagrees
            with the prediction, 3 prediction far from training data of the same class, 4 predictions of consecutive similar
            images disagree; 5 image resolution, 6 image aspect ratio, 7 image brightness, 8 image saturation, 9 image
            colour richness, 10 image definition, 11 number of boxes, 12 standard deviation of box areas, 13 box aspect
            ratio, 14 box area portion, 15 box edges, 16 box brightness, 17 box definition, 18 box stacking: far from the
            training set's distribution; 19 GaussianBlur, 20 fliplr, 21 Crop, 22 flipud, 23 scale, 24 translate, 25 shear,
            26 superpixels, 27 sharpen, 28 add, 29 invert: this augmentation of the image changes the prediction; 30 data
            predicted to be abnormal.
        modelartssize (list[int] | Unset): Image size as [width, height] or [width, height, depth] in pixels, depth 3
            when left out, e.g. [100,200,3]. Needed only when the sample has object detection labels.
    """

    modelartsimport_origin: int | Unset = UNSET
    modelartshard: float | Unset = UNSET
    modelartshard_coefficient: float | Unset = UNSET
    modelartshard_reasons: list[DatasetSampleV2MetadataModelartshardReasonsItem] | Unset = UNSET
    modelartssize: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modelartsimport_origin = self.modelartsimport_origin

        modelartshard = self.modelartshard

        modelartshard_coefficient = self.modelartshard_coefficient

        modelartshard_reasons: list[int] | Unset = UNSET
        if not isinstance(self.modelartshard_reasons, Unset):
            modelartshard_reasons = []
            for modelartshard_reasons_item_data in self.modelartshard_reasons:
                modelartshard_reasons_item = modelartshard_reasons_item_data.value
                modelartshard_reasons.append(modelartshard_reasons_item)

        modelartssize: list[int] | Unset = UNSET
        if not isinstance(self.modelartssize, Unset):
            modelartssize = self.modelartssize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modelartsimport_origin is not UNSET:
            field_dict["@modelarts:import_origin"] = modelartsimport_origin
        if modelartshard is not UNSET:
            field_dict["@modelarts:hard"] = modelartshard
        if modelartshard_coefficient is not UNSET:
            field_dict["@modelarts:hard_coefficient"] = modelartshard_coefficient
        if modelartshard_reasons is not UNSET:
            field_dict["@modelarts:hard_reasons"] = modelartshard_reasons
        if modelartssize is not UNSET:
            field_dict["@modelarts:size"] = modelartssize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        modelartsimport_origin = d.pop("@modelarts:import_origin", UNSET)

        modelartshard = d.pop("@modelarts:hard", UNSET)

        modelartshard_coefficient = d.pop("@modelarts:hard_coefficient", UNSET)

        _modelartshard_reasons = d.pop("@modelarts:hard_reasons", UNSET)
        modelartshard_reasons: list[DatasetSampleV2MetadataModelartshardReasonsItem] | Unset = UNSET
        if _modelartshard_reasons is not UNSET and _modelartshard_reasons is not None:
            modelartshard_reasons = []
            for modelartshard_reasons_item_data in _modelartshard_reasons:
                modelartshard_reasons_item = DatasetSampleV2MetadataModelartshardReasonsItem.from_json(
                    modelartshard_reasons_item_data
                )

                modelartshard_reasons.append(modelartshard_reasons_item)

        modelartssize = cast(list[int], d.pop("@modelarts:size", UNSET))

        dataset_sample_v2_metadata = cls(
            modelartsimport_origin,
            modelartshard,
            modelartshard_coefficient,
            modelartshard_reasons,
            modelartssize,
        )

        dataset_sample_v2_metadata.additional_properties = d
        return dataset_sample_v2_metadata

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
