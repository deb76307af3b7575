from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_export_task_v2_search_condition_hard import DatasetExportTaskV2SearchConditionHard
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_export_task_v2_search_labels import DatasetExportTaskV2SearchLabels
    from ..models.dataset_export_task_v2_search_prop import DatasetExportTaskV2SearchProp


T = TypeVar("T", bound="DatasetExportTaskV2SearchCondition")


@_attrs_define
class DatasetExportTaskV2SearchCondition:
    """One search condition selecting samples; every field is optional and the given ones must all match.

    Attributes:
        coefficient (str | Unset): Difficulty coefficient to filter by.
        frame_in_video (int | Unset): A frame of a video.
        hard (DatasetExportTaskV2SearchConditionHard | Unset): Whether the sample is a hard example. 0: not hard, 1:
            hard.
        import_origin (str | Unset): Data source to filter by.
        kvp (str | Unset): CT dose to filter by.
        label_list (DatasetExportTaskV2SearchLabels | Unset): Label criteria of a search condition.
        labeler (str | Unset): Labeler to filter by.
        metadata (DatasetExportTaskV2SearchProp | Unset): Sample attribute (metadata) criteria of a search condition.
        parent_sample_id (str | Unset): Parent sample ID to filter by.
        sample_dir (str | Unset): Directory holding the samples, ending with a slash; only samples directly in it are
            searched (not its subdirectories).
        sample_name (str | Unset): Sample name, with its file name extension.
        sample_time (str | Unset): When the sample was added, by the day of its last modification in OBS. month: in the
            last 30 days up to today, day: since yesterday, yyyyMMdd-yyyyMMdd: in that period of at most 30 days (start
            date-end date).
        score (str | Unset): Confidence to filter by.
        slice_thickness (str | Unset): DICOM slice thickness to filter by.
        study_date (str | Unset): DICOM scan time to filter by.
        time_in_video (str | Unset): A point in time of a video.
    """

    coefficient: str | Unset = UNSET
    frame_in_video: int | Unset = UNSET
    hard: DatasetExportTaskV2SearchConditionHard | Unset = UNSET
    import_origin: str | Unset = UNSET
    kvp: str | Unset = UNSET
    label_list: DatasetExportTaskV2SearchLabels | Unset = UNSET
    labeler: str | Unset = UNSET
    metadata: DatasetExportTaskV2SearchProp | Unset = UNSET
    parent_sample_id: str | Unset = UNSET
    sample_dir: str | Unset = UNSET
    sample_name: str | Unset = UNSET
    sample_time: str | Unset = UNSET
    score: str | Unset = UNSET
    slice_thickness: str | Unset = UNSET
    study_date: str | Unset = UNSET
    time_in_video: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coefficient = self.coefficient

        frame_in_video = self.frame_in_video

        hard: str | Unset = UNSET
        if not isinstance(self.hard, Unset):
            hard = self.hard.value

        import_origin = self.import_origin

        kvp = self.kvp

        label_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_list, Unset):
            label_list = self.label_list.to_dict()

        labeler = self.labeler

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        parent_sample_id = self.parent_sample_id

        sample_dir = self.sample_dir

        sample_name = self.sample_name

        sample_time = self.sample_time

        score = self.score

        slice_thickness = self.slice_thickness

        study_date = self.study_date

        time_in_video = self.time_in_video

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if coefficient is not UNSET:
            field_dict["coefficient"] = coefficient
        if frame_in_video is not UNSET:
            field_dict["frame_in_video"] = frame_in_video
        if hard is not UNSET:
            field_dict["hard"] = hard
        if import_origin is not UNSET:
            field_dict["import_origin"] = import_origin
        if kvp is not UNSET:
            field_dict["kvp"] = kvp
        if label_list is not UNSET:
            field_dict["label_list"] = label_list
        if labeler is not UNSET:
            field_dict["labeler"] = labeler
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parent_sample_id is not UNSET:
            field_dict["parent_sample_id"] = parent_sample_id
        if sample_dir is not UNSET:
            field_dict["sample_dir"] = sample_dir
        if sample_name is not UNSET:
            field_dict["sample_name"] = sample_name
        if sample_time is not UNSET:
            field_dict["sample_time"] = sample_time
        if score is not UNSET:
            field_dict["score"] = score
        if slice_thickness is not UNSET:
            field_dict["slice_thickness"] = slice_thickness
        if study_date is not UNSET:
            field_dict["study_date"] = study_date
        if time_in_video is not UNSET:
            field_dict["time_in_video"] = time_in_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_export_task_v2_search_labels import DatasetExportTaskV2SearchLabels  # noqa: PLC0415
        from ..models.dataset_export_task_v2_search_prop import DatasetExportTaskV2SearchProp  # noqa: PLC0415

        d = dict(src_dict)
        coefficient = d.pop("coefficient", UNSET)

        frame_in_video = d.pop("frame_in_video", UNSET)

        _hard = d.pop("hard", UNSET)
        hard: DatasetExportTaskV2SearchConditionHard | Unset
        if isinstance(_hard, Unset):
            hard = UNSET
        else:
            hard = DatasetExportTaskV2SearchConditionHard.from_json(_hard)

        import_origin = d.pop("import_origin", UNSET)

        kvp = d.pop("kvp", UNSET)

        _label_list = d.pop("label_list", UNSET)
        label_list: DatasetExportTaskV2SearchLabels | Unset
        if isinstance(_label_list, Unset) or _label_list is None:
            label_list = UNSET
        else:
            label_list = DatasetExportTaskV2SearchLabels.from_dict(_label_list)

        labeler = d.pop("labeler", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DatasetExportTaskV2SearchProp | Unset
        if isinstance(_metadata, Unset) or _metadata is None:
            metadata = UNSET
        else:
            metadata = DatasetExportTaskV2SearchProp.from_dict(_metadata)

        parent_sample_id = d.pop("parent_sample_id", UNSET)

        sample_dir = d.pop("sample_dir", UNSET)

        sample_name = d.pop("sample_name", UNSET)

        sample_time = d.pop("sample_time", UNSET)

        score = d.pop("score", UNSET)

        slice_thickness = d.pop("slice_thickness", UNSET)

        study_date = d.pop("study_date", UNSET)

        time_in_video = d.pop("time_in_video", UNSET)

        dataset_export_task_v2_search_condition = cls(
            coefficient,
            frame_in_video,
            hard,
            import_origin,
            kvp,
            label_list,
            labeler,
            metadata,
            parent_sample_id,
            sample_dir,
            sample_name,
            sample_time,
            score,
            slice_thickness,
            study_date,
            time_in_video,
        )

        dataset_export_task_v2_search_condition.additional_properties = d
        return dataset_export_task_v2_search_condition

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
