from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_sample_v2_label_property_modelartshard import DatasetSampleV2LabelPropertyModelartshard
from ..models.dataset_sample_v2_label_property_modelartsshape import DatasetSampleV2LabelPropertyModelartsshape
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetSampleV2LabelProperty")


@_attrs_define
class DatasetSampleV2LabelProperty:
    """Attributes of a sample's label, such as the shape and coordinates of a box; besides the built-in `@modelarts:` keys
    below it may hold the label's own attributes.

        Attributes:
            modelartscontent (str | Unset): Spoken text (speech content labels).
            modelartsstart_index (int | Unset): Offset of the entity's first character in the text, from 0, inclusive (named
                entity labels).
            modelartsend_index (int | Unset): Offset just past the entity's last character, exclusive (named entity labels):
                `Hope` in `Hope is the thing with feathers` spans 0 to 4.
            modelartsstart_time (str | Unset): Start of the speech segment, as hh:mm:ss.SSS (speech start/end point labels).
            modelartsend_time (str | Unset): End of the speech segment, as hh:mm:ss.SSS (speech start/end point labels).
            modelartssource (str | Unset): Who speaks, e.g. a speaker or a narrator (speech start/end point labels).
            modelartsfrom (str | Unset): ID of the head entity (text triplet relation labels).
            modelartsto (str | Unset): ID of the tail entity (text triplet relation labels).
            modelartsshape (DatasetSampleV2LabelPropertyModelartsshape | Unset): Shape of the object (object detection
                labels); absent by default: `bndbox` rectangle, `polygon`, `circle`, `line` straight line, `dashed` dashed line,
                `point`, `polyline`.
            modelartsfeature (list[list[float]] | Unset): Coordinates of the shape (object detection labels), as a list of
                [x, y] points with the origin [0, 0] at the image's top left corner and x, y >= 0: `bndbox` two points, top left
                then bottom right (e.g. [[0,10],[50,95]]); `polygon` three or more points joined in order; `circle` the centre
                and then [radius] (e.g. [[100,100],[50]]); `line` and `dashed` a start and an end point; `point` one point;
                `polyline` several points.
            modelartshard (DatasetSampleV2LabelPropertyModelartshard | Unset): Whether the label is a hard example:
                `0`/`false` no, `1`/`true` yes.
            modelartshard_coefficient (str | Unset): Difficulty coefficient of the label, a number from 0 to 1 written as a
                string.
            modelartshard_reasons (str | Unset): Why the label is a hard example: reason IDs joined by hyphens, e.g.
                `3-20-21-19`. Reasons: 0 no object identified, 1 low confidence, 2 clustering on the training set disagrees with
                the prediction, 3 prediction far from training data of the same class, 4 predictions of consecutive similar
                images disagree; 5 image resolution, 6 image aspect ratio, 7 image brightness, 8 image saturation, 9 image
                colour richness, 10 image definition, 11 number of boxes, 12 standard deviation of box areas, 13 box aspect
                ratio, 14 box area portion, 15 box edges, 16 box brightness, 17 box definition, 18 box stacking: far from the
                training set's distribution; 19 GaussianBlur, 20 fliplr, 21 Crop, 22 flipud, 23 scale, 24 translate, 25 shear,
                26 superpixels, 27 sharpen, 28 add, 29 invert: this augmentation of the image changes the prediction; 30 data
                predicted to be abnormal.
    """

    modelartscontent: str | Unset = UNSET
    modelartsstart_index: int | Unset = UNSET
    modelartsend_index: int | Unset = UNSET
    modelartsstart_time: str | Unset = UNSET
    modelartsend_time: str | Unset = UNSET
    modelartssource: str | Unset = UNSET
    modelartsfrom: str | Unset = UNSET
    modelartsto: str | Unset = UNSET
    modelartsshape: DatasetSampleV2LabelPropertyModelartsshape | Unset = UNSET
    modelartsfeature: list[list[float]] | Unset = UNSET
    modelartshard: DatasetSampleV2LabelPropertyModelartshard | Unset = UNSET
    modelartshard_coefficient: str | Unset = UNSET
    modelartshard_reasons: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        modelartscontent = self.modelartscontent

        modelartsstart_index = self.modelartsstart_index

        modelartsend_index = self.modelartsend_index

        modelartsstart_time = self.modelartsstart_time

        modelartsend_time = self.modelartsend_time

        modelartssource = self.modelartssource

        modelartsfrom = self.modelartsfrom

        modelartsto = self.modelartsto

        modelartsshape: str | Unset = UNSET
        if not isinstance(self.modelartsshape, Unset):
            modelartsshape = self.modelartsshape.value

        modelartsfeature: list[list[float]] | Unset = UNSET
        if not isinstance(self.modelartsfeature, Unset):
            modelartsfeature = []
            for modelartsfeature_item_data in self.modelartsfeature:
                modelartsfeature_item = modelartsfeature_item_data

                modelartsfeature.append(modelartsfeature_item)

        modelartshard: str | Unset = UNSET
        if not isinstance(self.modelartshard, Unset):
            modelartshard = self.modelartshard.value

        modelartshard_coefficient = self.modelartshard_coefficient

        modelartshard_reasons = self.modelartshard_reasons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modelartscontent is not UNSET:
            field_dict["@modelarts:content"] = modelartscontent
        if modelartsstart_index is not UNSET:
            field_dict["@modelarts:start_index"] = modelartsstart_index
        if modelartsend_index is not UNSET:
            field_dict["@modelarts:end_index"] = modelartsend_index
        if modelartsstart_time is not UNSET:
            field_dict["@modelarts:start_time"] = modelartsstart_time
        if modelartsend_time is not UNSET:
            field_dict["@modelarts:end_time"] = modelartsend_time
        if modelartssource is not UNSET:
            field_dict["@modelarts:source"] = modelartssource
        if modelartsfrom is not UNSET:
            field_dict["@modelarts:from"] = modelartsfrom
        if modelartsto is not UNSET:
            field_dict["@modelarts:to"] = modelartsto
        if modelartsshape is not UNSET:
            field_dict["@modelarts:shape"] = modelartsshape
        if modelartsfeature is not UNSET:
            field_dict["@modelarts:feature"] = modelartsfeature
        if modelartshard is not UNSET:
            field_dict["@modelarts:hard"] = modelartshard
        if modelartshard_coefficient is not UNSET:
            field_dict["@modelarts:hard_coefficient"] = modelartshard_coefficient
        if modelartshard_reasons is not UNSET:
            field_dict["@modelarts:hard_reasons"] = modelartshard_reasons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        modelartscontent = d.pop("@modelarts:content", UNSET)

        modelartsstart_index = d.pop("@modelarts:start_index", UNSET)

        modelartsend_index = d.pop("@modelarts:end_index", UNSET)

        modelartsstart_time = d.pop("@modelarts:start_time", UNSET)

        modelartsend_time = d.pop("@modelarts:end_time", UNSET)

        modelartssource = d.pop("@modelarts:source", UNSET)

        modelartsfrom = d.pop("@modelarts:from", UNSET)

        modelartsto = d.pop("@modelarts:to", UNSET)

        _modelartsshape = d.pop("@modelarts:shape", UNSET)
        modelartsshape: DatasetSampleV2LabelPropertyModelartsshape | Unset
        if isinstance(_modelartsshape, Unset):
            modelartsshape = UNSET
        else:
            modelartsshape = DatasetSampleV2LabelPropertyModelartsshape.from_json(_modelartsshape)

        _modelartsfeature = d.pop("@modelarts:feature", UNSET)
        modelartsfeature: list[list[float]] | Unset = UNSET
        if _modelartsfeature is not UNSET and _modelartsfeature is not None:
            modelartsfeature = []
            for modelartsfeature_item_data in _modelartsfeature:
                modelartsfeature_item = cast(list[float], modelartsfeature_item_data)

                modelartsfeature.append(modelartsfeature_item)

        _modelartshard = d.pop("@modelarts:hard", UNSET)
        modelartshard: DatasetSampleV2LabelPropertyModelartshard | Unset
        if isinstance(_modelartshard, Unset):
            modelartshard = UNSET
        else:
            modelartshard = DatasetSampleV2LabelPropertyModelartshard.from_json(_modelartshard)

        modelartshard_coefficient = d.pop("@modelarts:hard_coefficient", UNSET)

        modelartshard_reasons = d.pop("@modelarts:hard_reasons", UNSET)

        dataset_sample_v2_label_property = cls(
            modelartscontent,
            modelartsstart_index,
            modelartsend_index,
            modelartsstart_time,
            modelartsend_time,
            modelartssource,
            modelartsfrom,
            modelartsto,
            modelartsshape,
            modelartsfeature,
            modelartshard,
            modelartshard_coefficient,
            modelartshard_reasons,
        )

        dataset_sample_v2_label_property.additional_properties = d
        return dataset_sample_v2_label_property

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
