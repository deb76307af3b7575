from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_version_analysis_status import DatasetV2VersionAnalysisStatus
from ..models.dataset_v2_version_label_type import DatasetV2VersionLabelType
from ..models.dataset_v2_version_processor_task_status import DatasetV2VersionProcessorTaskStatus
from ..models.dataset_v2_version_sample_state import DatasetV2VersionSampleState
from ..models.dataset_v2_version_status import DatasetV2VersionStatus
from ..models.dataset_v2_version_version_format import DatasetV2VersionVersionFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_label_stats import DatasetV2LabelStats
    from ..models.dataset_v2_version_data_analysis import DatasetV2VersionDataAnalysis
    from ..models.dataset_v2_version_data_statistics import DatasetV2VersionDataStatistics
    from ..models.dataset_v2_version_deletion_stats import DatasetV2VersionDeletionStats


T = TypeVar("T", bound="DatasetV2Version")


@_attrs_define
class DatasetV2Version:
    """A version of a dataset, as embedded in the dataset object (`versions`).

    Attributes:
        version_id (str | Unset): Version ID.
        version_name (str | Unset): Version name.
        description (str | Unset): Version description.
        status (DatasetV2VersionStatus | Unset): Version status. 0: creating, 1: running (ready), 2: deleting, 3:
            deleted, 4: error.
        is_current (bool | Unset): Whether this is the dataset's current version.
        previous_version_id (str | Unset): ID of the parent version.
        create_time (int | Unset): Creation time of the version, Unix epoch milliseconds.
        update_time (int | Unset): Last update time of the version, Unix epoch milliseconds.
        task_type (int | Unset): Labeling task type of the published version (the dataset type).
        version_format (DatasetV2VersionVersionFormat | Unset): Format of the version. Default: default format,
            CarbonData: CarbonData (table datasets only), CSV: CSV.
        label_type (DatasetV2VersionLabelType | Unset): Labeling of the published version. multi: some samples carry
            several labels, single: every sample carries one label.
        tags (list[str] | Unset): Key identifiers of the version; the labeling type is the default one, e.g. ["Image",
            "Object detection"].
        total_sample_count (int | Unset): Number of samples in the version.
        annotated_sample_count (int | Unset): Number of labeled samples in the version.
        add_sample_count (int | Unset): Number of samples added.
        modified_sample_count (int | Unset): Number of samples modified.
        deleted_sample_count (int | Unset): Number of samples deleted.
        previous_total_sample_count (int | Unset): Number of samples in the parent version.
        previous_annotated_sample_count (int | Unset): Number of labeled samples in the parent version.
        total_sub_sample_count (int | Unset): Number of sub-samples derived from parent samples.
        annotated_sub_sample_count (int | Unset): Number of labeled sub-samples.
        deletion_stats (DatasetV2VersionDeletionStats | Unset): Number of deleted samples per deletion reason.
        label_stats (list[DatasetV2LabelStats] | Unset): Label statistics of the published version.
        data_statistics (DatasetV2VersionDataStatistics | Unset): Sample statistics of the version, sample metadata
            included (free-form JSON).
        data_analysis (DatasetV2VersionDataAnalysis | Unset): Result of the feature analysis (free-form JSON).
        data_path (str | Unset): Where the version's data is stored.
        manifest_path (str | Unset): Where the manifest file of the published version is stored.
        manifest_cache_input_path (str | Unset): Input path of the manifest file cache used while publishing.
        message (str | Unset): Message recorded while publishing, e.g. an error.
        train_evaluate_sample_ratio (str | Unset): Training share of the samples when the version was split into
            training and validation sets; 1.00 (the default) makes the whole version a training set. Default: '1.00'.
        sample_state (DatasetV2VersionSampleState | Unset): Sample state the version was published from. __ALL__:
            labeled, __NONE__: unlabeled, __UNCHECK__: awaiting acceptance, __ACCEPTED__: accepted, __REJECTED__: rejected,
            __UNREVIEWED__: awaiting review, __REVIEWED__: reviewed, __WORKFORCE_SAMPLED__: sampled,
            __WORKFORCE_SAMPLED_UNCHECK__: sampled, awaiting acceptance, __WORKFORCE_SAMPLED_CHECKED__: sampled and checked,
            __WORKFORCE_SAMPLED_ACCEPTED__: sampled and accepted, __WORKFORCE_SAMPLED_REJECTED__: sampled and rejected,
            __AUTO_ANNOTATION__: awaiting confirmation.
        clear_hard_property (bool | Unset): Whether hard-example properties were cleared on publishing (true by
            default). Default: True.
        remove_sample_usage (bool | Unset): Whether the dataset's existing usage information was cleared on publishing
            (true by default). Default: True.
        export_images (bool | Unset): Whether images were exported to the version output directory on publishing (false
            by default). Default: False.
        include_dataset_data (bool | Unset): Whether the published version includes the dataset's source data.
        extract_serial_number (bool | Unset): Healthcare datasets only; whether sub-sample numbers were parsed on
            publishing (false by default). Default: False.
        data_validate (bool | Unset): Whether the data passed the validation algorithm before publishing.
        with_column_header (bool | Unset): Table datasets only; whether the first row of the published CSV file holds
            the column names.
        start_processor_task (bool | Unset): Whether a data analysis task was started on publishing (false by default).
            Default: False.
        crop (bool | Unset): Object detection datasets with rectangular boxes only; whether images were cropped (false
            by default). Default: False.
        crop_path (str | Unset): Where the cropped files are stored.
        rotate (bool | Unset): Whether images were rotated (false by default). Default: False.
        rotate_path (str | Unset): Where the rotated files are stored.
        crop_rotate_cache_path (str | Unset): Temporary directory of the rotation and cropping task.
        processor_task_id (str | Unset): ID of the preprocessing task (rotation, cropping).
        processor_task_status (DatasetV2VersionProcessorTaskStatus | Unset): Status of the preprocessing task. 0:
            initialized, 1: running, 2: completed, 3: failed, 4: stopped, 5: timed out, 6: deletion failed, 7: stop failed.
        code (str | Unset): Status code of the preprocessing task.
        analysis_task_id (str | Unset): ID of the feature analysis task.
        analysis_status (DatasetV2VersionAnalysisStatus | Unset): Status of the feature analysis task. 0: initialized,
            1: running, 2: completed, 3: failed.
        analysis_cache_path (str | Unset): Cache path of the feature analysis.
    """

    version_id: str | Unset = UNSET
    version_name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: DatasetV2VersionStatus | Unset = UNSET
    is_current: bool | Unset = UNSET
    previous_version_id: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    task_type: int | Unset = UNSET
    version_format: DatasetV2VersionVersionFormat | Unset = UNSET
    label_type: DatasetV2VersionLabelType | Unset = UNSET
    tags: list[str] | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    annotated_sample_count: int | Unset = UNSET
    add_sample_count: int | Unset = UNSET
    modified_sample_count: int | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    previous_total_sample_count: int | Unset = UNSET
    previous_annotated_sample_count: int | Unset = UNSET
    total_sub_sample_count: int | Unset = UNSET
    annotated_sub_sample_count: int | Unset = UNSET
    deletion_stats: DatasetV2VersionDeletionStats | Unset = UNSET
    label_stats: list[DatasetV2LabelStats] | Unset = UNSET
    data_statistics: DatasetV2VersionDataStatistics | Unset = UNSET
    data_analysis: DatasetV2VersionDataAnalysis | Unset = UNSET
    data_path: str | Unset = UNSET
    manifest_path: str | Unset = UNSET
    manifest_cache_input_path: str | Unset = UNSET
    message: str | Unset = UNSET
    train_evaluate_sample_ratio: str | Unset = "1.00"
    sample_state: DatasetV2VersionSampleState | Unset = UNSET
    clear_hard_property: bool | Unset = True
    remove_sample_usage: bool | Unset = True
    export_images: bool | Unset = False
    include_dataset_data: bool | Unset = UNSET
    extract_serial_number: bool | Unset = False
    data_validate: bool | Unset = UNSET
    with_column_header: bool | Unset = UNSET
    start_processor_task: bool | Unset = False
    crop: bool | Unset = False
    crop_path: str | Unset = UNSET
    rotate: bool | Unset = False
    rotate_path: str | Unset = UNSET
    crop_rotate_cache_path: str | Unset = UNSET
    processor_task_id: str | Unset = UNSET
    processor_task_status: DatasetV2VersionProcessorTaskStatus | Unset = UNSET
    code: str | Unset = UNSET
    analysis_task_id: str | Unset = UNSET
    analysis_status: DatasetV2VersionAnalysisStatus | Unset = UNSET
    analysis_cache_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        version_name = self.version_name

        description = self.description

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        is_current = self.is_current

        previous_version_id = self.previous_version_id

        create_time = self.create_time

        update_time = self.update_time

        task_type = self.task_type

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        label_type: str | Unset = UNSET
        if not isinstance(self.label_type, Unset):
            label_type = self.label_type.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        total_sample_count = self.total_sample_count

        annotated_sample_count = self.annotated_sample_count

        add_sample_count = self.add_sample_count

        modified_sample_count = self.modified_sample_count

        deleted_sample_count = self.deleted_sample_count

        previous_total_sample_count = self.previous_total_sample_count

        previous_annotated_sample_count = self.previous_annotated_sample_count

        total_sub_sample_count = self.total_sub_sample_count

        annotated_sub_sample_count = self.annotated_sub_sample_count

        deletion_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deletion_stats, Unset):
            deletion_stats = self.deletion_stats.to_dict()

        label_stats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.label_stats, Unset):
            label_stats = []
            for label_stats_item_data in self.label_stats:
                label_stats_item = label_stats_item_data.to_dict()
                label_stats.append(label_stats_item)

        data_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_statistics, Unset):
            data_statistics = self.data_statistics.to_dict()

        data_analysis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_analysis, Unset):
            data_analysis = self.data_analysis.to_dict()

        data_path = self.data_path

        manifest_path = self.manifest_path

        manifest_cache_input_path = self.manifest_cache_input_path

        message = self.message

        train_evaluate_sample_ratio = self.train_evaluate_sample_ratio

        sample_state: str | Unset = UNSET
        if not isinstance(self.sample_state, Unset):
            sample_state = self.sample_state.value

        clear_hard_property = self.clear_hard_property

        remove_sample_usage = self.remove_sample_usage

        export_images = self.export_images

        include_dataset_data = self.include_dataset_data

        extract_serial_number = self.extract_serial_number

        data_validate = self.data_validate

        with_column_header = self.with_column_header

        start_processor_task = self.start_processor_task

        crop = self.crop

        crop_path = self.crop_path

        rotate = self.rotate

        rotate_path = self.rotate_path

        crop_rotate_cache_path = self.crop_rotate_cache_path

        processor_task_id = self.processor_task_id

        processor_task_status: int | Unset = UNSET
        if not isinstance(self.processor_task_status, Unset):
            processor_task_status = self.processor_task_status.value

        code = self.code

        analysis_task_id = self.analysis_task_id

        analysis_status: int | Unset = UNSET
        if not isinstance(self.analysis_status, Unset):
            analysis_status = self.analysis_status.value

        analysis_cache_path = self.analysis_cache_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_name is not UNSET:
            field_dict["version_name"] = version_name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if is_current is not UNSET:
            field_dict["is_current"] = is_current
        if previous_version_id is not UNSET:
            field_dict["previous_version_id"] = previous_version_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if task_type is not UNSET:
            field_dict["task_type"] = task_type
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if label_type is not UNSET:
            field_dict["label_type"] = label_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if annotated_sample_count is not UNSET:
            field_dict["annotated_sample_count"] = annotated_sample_count
        if add_sample_count is not UNSET:
            field_dict["add_sample_count"] = add_sample_count
        if modified_sample_count is not UNSET:
            field_dict["modified_sample_count"] = modified_sample_count
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if previous_total_sample_count is not UNSET:
            field_dict["previous_total_sample_count"] = previous_total_sample_count
        if previous_annotated_sample_count is not UNSET:
            field_dict["previous_annotated_sample_count"] = previous_annotated_sample_count
        if total_sub_sample_count is not UNSET:
            field_dict["total_sub_sample_count"] = total_sub_sample_count
        if annotated_sub_sample_count is not UNSET:
            field_dict["annotated_sub_sample_count"] = annotated_sub_sample_count
        if deletion_stats is not UNSET:
            field_dict["deletion_stats"] = deletion_stats
        if label_stats is not UNSET:
            field_dict["label_stats"] = label_stats
        if data_statistics is not UNSET:
            field_dict["data_statistics"] = data_statistics
        if data_analysis is not UNSET:
            field_dict["data_analysis"] = data_analysis
        if data_path is not UNSET:
            field_dict["data_path"] = data_path
        if manifest_path is not UNSET:
            field_dict["manifest_path"] = manifest_path
        if manifest_cache_input_path is not UNSET:
            field_dict["manifest_cache_input_path"] = manifest_cache_input_path
        if message is not UNSET:
            field_dict["message"] = message
        if train_evaluate_sample_ratio is not UNSET:
            field_dict["train_evaluate_sample_ratio"] = train_evaluate_sample_ratio
        if sample_state is not UNSET:
            field_dict["sample_state"] = sample_state
        if clear_hard_property is not UNSET:
            field_dict["clear_hard_property"] = clear_hard_property
        if remove_sample_usage is not UNSET:
            field_dict["remove_sample_usage"] = remove_sample_usage
        if export_images is not UNSET:
            field_dict["export_images"] = export_images
        if include_dataset_data is not UNSET:
            field_dict["include_dataset_data"] = include_dataset_data
        if extract_serial_number is not UNSET:
            field_dict["extract_serial_number"] = extract_serial_number
        if data_validate is not UNSET:
            field_dict["data_validate"] = data_validate
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header
        if start_processor_task is not UNSET:
            field_dict["start_processor_task"] = start_processor_task
        if crop is not UNSET:
            field_dict["crop"] = crop
        if crop_path is not UNSET:
            field_dict["crop_path"] = crop_path
        if rotate is not UNSET:
            field_dict["rotate"] = rotate
        if rotate_path is not UNSET:
            field_dict["rotate_path"] = rotate_path
        if crop_rotate_cache_path is not UNSET:
            field_dict["crop_rotate_cache_path"] = crop_rotate_cache_path
        if processor_task_id is not UNSET:
            field_dict["processor_task_id"] = processor_task_id
        if processor_task_status is not UNSET:
            field_dict["processor_task_status"] = processor_task_status
        if code is not UNSET:
            field_dict["code"] = code
        if analysis_task_id is not UNSET:
            field_dict["analysis_task_id"] = analysis_task_id
        if analysis_status is not UNSET:
            field_dict["analysis_status"] = analysis_status
        if analysis_cache_path is not UNSET:
            field_dict["analysis_cache_path"] = analysis_cache_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_label_stats import DatasetV2LabelStats  # noqa: PLC0415
        from ..models.dataset_v2_version_data_analysis import DatasetV2VersionDataAnalysis  # noqa: PLC0415
        from ..models.dataset_v2_version_data_statistics import DatasetV2VersionDataStatistics  # noqa: PLC0415
        from ..models.dataset_v2_version_deletion_stats import DatasetV2VersionDeletionStats  # noqa: PLC0415

        d = dict(src_dict)
        version_id = d.pop("version_id", UNSET)

        version_name = d.pop("version_name", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetV2VersionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetV2VersionStatus.from_json(_status)

        is_current = d.pop("is_current", UNSET)

        previous_version_id = d.pop("previous_version_id", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        task_type = d.pop("task_type", UNSET)

        _version_format = d.pop("version_format", UNSET)
        version_format: DatasetV2VersionVersionFormat | Unset
        if isinstance(_version_format, Unset):
            version_format = UNSET
        else:
            version_format = DatasetV2VersionVersionFormat.from_json(_version_format)

        _label_type = d.pop("label_type", UNSET)
        label_type: DatasetV2VersionLabelType | Unset
        if isinstance(_label_type, Unset):
            label_type = UNSET
        else:
            label_type = DatasetV2VersionLabelType.from_json(_label_type)

        tags = cast(list[str], d.pop("tags", UNSET))

        total_sample_count = d.pop("total_sample_count", UNSET)

        annotated_sample_count = d.pop("annotated_sample_count", UNSET)

        add_sample_count = d.pop("add_sample_count", UNSET)

        modified_sample_count = d.pop("modified_sample_count", UNSET)

        deleted_sample_count = d.pop("deleted_sample_count", UNSET)

        previous_total_sample_count = d.pop("previous_total_sample_count", UNSET)

        previous_annotated_sample_count = d.pop("previous_annotated_sample_count", UNSET)

        total_sub_sample_count = d.pop("total_sub_sample_count", UNSET)

        annotated_sub_sample_count = d.pop("annotated_sub_sample_count", UNSET)

        _deletion_stats = d.pop("deletion_stats", UNSET)
        deletion_stats: DatasetV2VersionDeletionStats | Unset
        if isinstance(_deletion_stats, Unset) or _deletion_stats is None:
            deletion_stats = UNSET
        else:
            deletion_stats = DatasetV2VersionDeletionStats.from_dict(_deletion_stats)

        _label_stats = d.pop("label_stats", UNSET)
        label_stats: list[DatasetV2LabelStats] | Unset = UNSET
        if _label_stats is not UNSET and _label_stats is not None:
            label_stats = []
            for label_stats_item_data in _label_stats:
                label_stats_item = DatasetV2LabelStats.from_dict(label_stats_item_data)

                label_stats.append(label_stats_item)

        _data_statistics = d.pop("data_statistics", UNSET)
        data_statistics: DatasetV2VersionDataStatistics | Unset
        if isinstance(_data_statistics, Unset) or _data_statistics is None:
            data_statistics = UNSET
        else:
            data_statistics = DatasetV2VersionDataStatistics.from_dict(_data_statistics)

        _data_analysis = d.pop("data_analysis", UNSET)
        data_analysis: DatasetV2VersionDataAnalysis | Unset
        if isinstance(_data_analysis, Unset) or _data_analysis is None:
            data_analysis = UNSET
        else:
            data_analysis = DatasetV2VersionDataAnalysis.from_dict(_data_analysis)

        data_path = d.pop("data_path", UNSET)

        manifest_path = d.pop("manifest_path", UNSET)

        manifest_cache_input_path = d.pop("manifest_cache_input_path", UNSET)

        message = d.pop("message", UNSET)

        train_evaluate_sample_ratio = d.pop("train_evaluate_sample_ratio", UNSET)

        _sample_state = d.pop("sample_state", UNSET)
        sample_state: DatasetV2VersionSampleState | Unset
        if isinstance(_sample_state, Unset):
            sample_state = UNSET
        else:
            sample_state = DatasetV2VersionSampleState.from_json(_sample_state)

        clear_hard_property = d.pop("clear_hard_property", UNSET)

        remove_sample_usage = d.pop("remove_sample_usage", UNSET)

        export_images = d.pop("export_images", UNSET)

        include_dataset_data = d.pop("include_dataset_data", UNSET)

        extract_serial_number = d.pop("extract_serial_number", UNSET)

        data_validate = d.pop("data_validate", UNSET)

        with_column_header = d.pop("with_column_header", UNSET)

        start_processor_task = d.pop("start_processor_task", UNSET)

        crop = d.pop("crop", UNSET)

        crop_path = d.pop("crop_path", UNSET)

        rotate = d.pop("rotate", UNSET)

        rotate_path = d.pop("rotate_path", UNSET)

        crop_rotate_cache_path = d.pop("crop_rotate_cache_path", UNSET)

        processor_task_id = d.pop("processor_task_id", UNSET)

        _processor_task_status = d.pop("processor_task_status", UNSET)
        processor_task_status: DatasetV2VersionProcessorTaskStatus | Unset
        if isinstance(_processor_task_status, Unset):
            processor_task_status = UNSET
        else:
            processor_task_status = DatasetV2VersionProcessorTaskStatus.from_json(_processor_task_status)

        code = d.pop("code", UNSET)

        analysis_task_id = d.pop("analysis_task_id", UNSET)

        _analysis_status = d.pop("analysis_status", UNSET)
        analysis_status: DatasetV2VersionAnalysisStatus | Unset
        if isinstance(_analysis_status, Unset):
            analysis_status = UNSET
        else:
            analysis_status = DatasetV2VersionAnalysisStatus.from_json(_analysis_status)

        analysis_cache_path = d.pop("analysis_cache_path", UNSET)

        dataset_v2_version = cls(
            version_id,
            version_name,
            description,
            status,
            is_current,
            previous_version_id,
            create_time,
            update_time,
            task_type,
            version_format,
            label_type,
            tags,
            total_sample_count,
            annotated_sample_count,
            add_sample_count,
            modified_sample_count,
            deleted_sample_count,
            previous_total_sample_count,
            previous_annotated_sample_count,
            total_sub_sample_count,
            annotated_sub_sample_count,
            deletion_stats,
            label_stats,
            data_statistics,
            data_analysis,
            data_path,
            manifest_path,
            manifest_cache_input_path,
            message,
            train_evaluate_sample_ratio,
            sample_state,
            clear_hard_property,
            remove_sample_usage,
            export_images,
            include_dataset_data,
            extract_serial_number,
            data_validate,
            with_column_header,
            start_processor_task,
            crop,
            crop_path,
            rotate,
            rotate_path,
            crop_rotate_cache_path,
            processor_task_id,
            processor_task_status,
            code,
            analysis_task_id,
            analysis_status,
            analysis_cache_path,
        )

        dataset_v2_version.additional_properties = d
        return dataset_v2_version

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
