from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_dataset_format import DatasetV2DatasetFormat
from ..models.dataset_v2_dataset_type import DatasetV2DatasetType
from ..models.dataset_v2_status import DatasetV2Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_data_source import DatasetV2DataSource
    from ..models.dataset_v2_data_statistics import DatasetV2DataStatistics
    from ..models.dataset_v2_deletion_stats import DatasetV2DeletionStats
    from ..models.dataset_v2_file_preview import DatasetV2FilePreview
    from ..models.dataset_v2_label import DatasetV2Label
    from ..models.dataset_v2_schema import DatasetV2Schema
    from ..models.dataset_v2_version import DatasetV2Version
    from ..models.dataset_v2_workforce_descriptor import DatasetV2WorkforceDescriptor


T = TypeVar("T", bound="DatasetV2")


@_attrs_define
class DatasetV2:
    """A dataset, as answered by `get_dataset_v2` and, one per entry, by `list_datasets_v2` (which adds `data_url` and,
    with `file_preview=true`, `samples`).

        Attributes:
            dataset_id (str | Unset): Dataset ID.
            dataset_name (str | Unset): Dataset name.
            dataset_type (DatasetV2DatasetType | Unset): Labeling type of the dataset. 0: image classification, 1: object
                detection, 3: image segmentation, 100: text classification, 101: named entity recognition, 102: text triplet,
                200: sound classification, 201: speech content, 202: speech paragraph labeling, 400: table, 600: video labeling,
                900: custom format.
            dataset_format (DatasetV2DatasetFormat | Unset): How the data is held. 0: files, 1: a table.
            data_format (str | Unset): Data format, e.g. Default.
            status (DatasetV2Status | Unset): Dataset status. 0: creating, 1: normal, 2: deleting, 3: deleted, 4: abnormal,
                5: synchronizing, 6: releasing (publishing a version), 7: switching version, 8: importing.
            description (str | Unset): Dataset description.
            data_sources (list[DatasetV2DataSource] | Unset): Where the dataset's source data comes from.
            data_url (str | Unset): Data path used for training (answered by `list_datasets_v2` only).
            data_statistics (DatasetV2DataStatistics | Unset): Sample statistics of the dataset, sample metadata included
                (free-form JSON).
            deletion_stats (DatasetV2DeletionStats | Unset): Number of deleted samples per deletion reason.
            create_time (int | Unset): Creation time, Unix epoch milliseconds.
            update_time (int | Unset): Last update time of the dataset, Unix epoch milliseconds.
            data_update_time (int | Unset): Last time a sample or a label changed, Unix epoch milliseconds.
            current_version_id (str | Unset): ID of the dataset's current version.
            current_version_name (str | Unset): Name of the current version: 1 to 32 letters, digits, underscores or
                hyphens.
            next_version_num (int | Unset): Number the next version of the dataset will get.
            dataset_version_count (int | Unset): Number of versions of the dataset.
            versions (list[DatasetV2Version] | Unset): Version information; only the current version is listed.
            total_sample_count (int | Unset): Number of samples in the dataset.
            annotated_sample_count (int | Unset): Number of labeled samples.
            unconfirmed_sample_count (int | Unset): Number of auto-labeled samples waiting for confirmation.
            deleted_sample_count (int | Unset): Number of deleted samples.
            loading_sample_count (int | Unset): Number of samples being loaded.
            total_sub_sample_count (int | Unset): Number of sub-samples derived from parent samples (e.g. key frames taken
                from videos).
            annotated_sub_sample_count (int | Unset): Number of labeled sub-samples.
            dataset_tags (list[str] | Unset): Key identifiers of the dataset, e.g. ["Image", "Object detection"].
            feature_supports (list[str] | Unset): Features the dataset supports; only "0" (the OBS file size is limited)
                exists today.
            labels (list[DatasetV2Label] | Unset): Labels of the dataset.
            schema (list[DatasetV2Schema] | Unset): Columns of a table dataset.
            content_labeling (bool | Unset): Whether content labeling is on for a speech paragraph labeling dataset (on by
                default).
            managed (bool | Unset): Whether the dataset is hosted.
            import_data (bool | Unset): Whether data was imported (table datasets).
            import_task_id (str | Unset): ID of the dataset's import task.
            exist_running_task (bool | Unset): Whether a task (initialization included) is running on the dataset.
            exist_workforce_task (bool | Unset): Whether the dataset has team labeling tasks.
            running_tasks_id (list[str] | Unset): IDs of the running tasks, initialization included.
            label_task_count (int | Unset): Number of labeling tasks.
            workforce_task_count (int | Unset): Number of team labeling tasks.
            workforce_descriptor (DatasetV2WorkforceDescriptor | Unset): Team labeling information of a dataset, as
                answered.
            work_path (str | Unset): OBS output path of the dataset (label files and other output), written /bucket/path/.
            work_path_type (int | Unset): Kind of output path; 0 is an OBS bucket.
            inner_work_path (str | Unset): Output directory of the dataset inside `work_path`.
            inner_annotation_path (str | Unset): Where the labeling results are stored.
            inner_data_path (str | Unset): Where the dataset's internal data is stored.
            inner_log_path (str | Unset): Where the dataset's internal logs are stored.
            inner_task_path (str | Unset): Directory of the dataset's internal tasks.
            inner_temp_path (str | Unset): Where the dataset's temporary files are stored.
            third_path (str | Unset): Third-party path.
            workspace_id (str | Unset): Workspace of the dataset; 0 is the default workspace.
            enterprise_project_id (str | Unset): Enterprise project of the dataset.
            samples (list[DatasetV2FilePreview] | Unset): Up to four preview samples (answered by `list_datasets_v2` with
                `file_preview=true` only).
    """

    dataset_id: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    dataset_type: DatasetV2DatasetType | Unset = UNSET
    dataset_format: DatasetV2DatasetFormat | Unset = UNSET
    data_format: str | Unset = UNSET
    status: DatasetV2Status | Unset = UNSET
    description: str | Unset = UNSET
    data_sources: list[DatasetV2DataSource] | Unset = UNSET
    data_url: str | Unset = UNSET
    data_statistics: DatasetV2DataStatistics | Unset = UNSET
    deletion_stats: DatasetV2DeletionStats | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    data_update_time: int | Unset = UNSET
    current_version_id: str | Unset = UNSET
    current_version_name: str | Unset = UNSET
    next_version_num: int | Unset = UNSET
    dataset_version_count: int | Unset = UNSET
    versions: list[DatasetV2Version] | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    annotated_sample_count: int | Unset = UNSET
    unconfirmed_sample_count: int | Unset = UNSET
    deleted_sample_count: int | Unset = UNSET
    loading_sample_count: int | Unset = UNSET
    total_sub_sample_count: int | Unset = UNSET
    annotated_sub_sample_count: int | Unset = UNSET
    dataset_tags: list[str] | Unset = UNSET
    feature_supports: list[str] | Unset = UNSET
    labels: list[DatasetV2Label] | Unset = UNSET
    schema: list[DatasetV2Schema] | Unset = UNSET
    content_labeling: bool | Unset = UNSET
    managed: bool | Unset = UNSET
    import_data: bool | Unset = UNSET
    import_task_id: str | Unset = UNSET
    exist_running_task: bool | Unset = UNSET
    exist_workforce_task: bool | Unset = UNSET
    running_tasks_id: list[str] | Unset = UNSET
    label_task_count: int | Unset = UNSET
    workforce_task_count: int | Unset = UNSET
    workforce_descriptor: DatasetV2WorkforceDescriptor | Unset = UNSET
    work_path: str | Unset = UNSET
    work_path_type: int | Unset = UNSET
    inner_work_path: str | Unset = UNSET
    inner_annotation_path: str | Unset = UNSET
    inner_data_path: str | Unset = UNSET
    inner_log_path: str | Unset = UNSET
    inner_task_path: str | Unset = UNSET
    inner_temp_path: str | Unset = UNSET
    third_path: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    enterprise_project_id: str | Unset = UNSET
    samples: list[DatasetV2FilePreview] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        dataset_name = self.dataset_name

        dataset_type: int | Unset = UNSET
        if not isinstance(self.dataset_type, Unset):
            dataset_type = self.dataset_type.value

        dataset_format: int | Unset = UNSET
        if not isinstance(self.dataset_format, Unset):
            dataset_format = self.dataset_format.value

        data_format = self.data_format

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        description = self.description

        data_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_sources, Unset):
            data_sources = []
            for data_sources_item_data in self.data_sources:
                data_sources_item = data_sources_item_data.to_dict()
                data_sources.append(data_sources_item)

        data_url = self.data_url

        data_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_statistics, Unset):
            data_statistics = self.data_statistics.to_dict()

        deletion_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deletion_stats, Unset):
            deletion_stats = self.deletion_stats.to_dict()

        create_time = self.create_time

        update_time = self.update_time

        data_update_time = self.data_update_time

        current_version_id = self.current_version_id

        current_version_name = self.current_version_name

        next_version_num = self.next_version_num

        dataset_version_count = self.dataset_version_count

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        total_sample_count = self.total_sample_count

        annotated_sample_count = self.annotated_sample_count

        unconfirmed_sample_count = self.unconfirmed_sample_count

        deleted_sample_count = self.deleted_sample_count

        loading_sample_count = self.loading_sample_count

        total_sub_sample_count = self.total_sub_sample_count

        annotated_sub_sample_count = self.annotated_sub_sample_count

        dataset_tags: list[str] | Unset = UNSET
        if not isinstance(self.dataset_tags, Unset):
            dataset_tags = self.dataset_tags

        feature_supports: list[str] | Unset = UNSET
        if not isinstance(self.feature_supports, Unset):
            feature_supports = self.feature_supports

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = []
            for schema_item_data in self.schema:
                schema_item = schema_item_data.to_dict()
                schema.append(schema_item)

        content_labeling = self.content_labeling

        managed = self.managed

        import_data = self.import_data

        import_task_id = self.import_task_id

        exist_running_task = self.exist_running_task

        exist_workforce_task = self.exist_workforce_task

        running_tasks_id: list[str] | Unset = UNSET
        if not isinstance(self.running_tasks_id, Unset):
            running_tasks_id = self.running_tasks_id

        label_task_count = self.label_task_count

        workforce_task_count = self.workforce_task_count

        workforce_descriptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforce_descriptor, Unset):
            workforce_descriptor = self.workforce_descriptor.to_dict()

        work_path = self.work_path

        work_path_type = self.work_path_type

        inner_work_path = self.inner_work_path

        inner_annotation_path = self.inner_annotation_path

        inner_data_path = self.inner_data_path

        inner_log_path = self.inner_log_path

        inner_task_path = self.inner_task_path

        inner_temp_path = self.inner_temp_path

        third_path = self.third_path

        workspace_id = self.workspace_id

        enterprise_project_id = self.enterprise_project_id

        samples: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = []
            for samples_item_data in self.samples:
                samples_item = samples_item_data.to_dict()
                samples.append(samples_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if dataset_format is not UNSET:
            field_dict["dataset_format"] = dataset_format
        if data_format is not UNSET:
            field_dict["data_format"] = data_format
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if data_sources is not UNSET:
            field_dict["data_sources"] = data_sources
        if data_url is not UNSET:
            field_dict["data_url"] = data_url
        if data_statistics is not UNSET:
            field_dict["data_statistics"] = data_statistics
        if deletion_stats is not UNSET:
            field_dict["deletion_stats"] = deletion_stats
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if data_update_time is not UNSET:
            field_dict["data_update_time"] = data_update_time
        if current_version_id is not UNSET:
            field_dict["current_version_id"] = current_version_id
        if current_version_name is not UNSET:
            field_dict["current_version_name"] = current_version_name
        if next_version_num is not UNSET:
            field_dict["next_version_num"] = next_version_num
        if dataset_version_count is not UNSET:
            field_dict["dataset_version_count"] = dataset_version_count
        if versions is not UNSET:
            field_dict["versions"] = versions
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if annotated_sample_count is not UNSET:
            field_dict["annotated_sample_count"] = annotated_sample_count
        if unconfirmed_sample_count is not UNSET:
            field_dict["unconfirmed_sample_count"] = unconfirmed_sample_count
        if deleted_sample_count is not UNSET:
            field_dict["deleted_sample_count"] = deleted_sample_count
        if loading_sample_count is not UNSET:
            field_dict["loading_sample_count"] = loading_sample_count
        if total_sub_sample_count is not UNSET:
            field_dict["total_sub_sample_count"] = total_sub_sample_count
        if annotated_sub_sample_count is not UNSET:
            field_dict["annotated_sub_sample_count"] = annotated_sub_sample_count
        if dataset_tags is not UNSET:
            field_dict["dataset_tags"] = dataset_tags
        if feature_supports is not UNSET:
            field_dict["feature_supports"] = feature_supports
        if labels is not UNSET:
            field_dict["labels"] = labels
        if schema is not UNSET:
            field_dict["schema"] = schema
        if content_labeling is not UNSET:
            field_dict["content_labeling"] = content_labeling
        if managed is not UNSET:
            field_dict["managed"] = managed
        if import_data is not UNSET:
            field_dict["import_data"] = import_data
        if import_task_id is not UNSET:
            field_dict["import_task_id"] = import_task_id
        if exist_running_task is not UNSET:
            field_dict["exist_running_task"] = exist_running_task
        if exist_workforce_task is not UNSET:
            field_dict["exist_workforce_task"] = exist_workforce_task
        if running_tasks_id is not UNSET:
            field_dict["running_tasks_id"] = running_tasks_id
        if label_task_count is not UNSET:
            field_dict["label_task_count"] = label_task_count
        if workforce_task_count is not UNSET:
            field_dict["workforce_task_count"] = workforce_task_count
        if workforce_descriptor is not UNSET:
            field_dict["workforce_descriptor"] = workforce_descriptor
        if work_path is not UNSET:
            field_dict["work_path"] = work_path
        if work_path_type is not UNSET:
            field_dict["work_path_type"] = work_path_type
        if inner_work_path is not UNSET:
            field_dict["inner_work_path"] = inner_work_path
        if inner_annotation_path is not UNSET:
            field_dict["inner_annotation_path"] = inner_annotation_path
        if inner_data_path is not UNSET:
            field_dict["inner_data_path"] = inner_data_path
        if inner_log_path is not UNSET:
            field_dict["inner_log_path"] = inner_log_path
        if inner_task_path is not UNSET:
            field_dict["inner_task_path"] = inner_task_path
        if inner_temp_path is not UNSET:
            field_dict["inner_temp_path"] = inner_temp_path
        if third_path is not UNSET:
            field_dict["third_path"] = third_path
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if enterprise_project_id is not UNSET:
            field_dict["enterprise_project_id"] = enterprise_project_id
        if samples is not UNSET:
            field_dict["samples"] = samples

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_data_source import DatasetV2DataSource  # noqa: PLC0415
        from ..models.dataset_v2_data_statistics import DatasetV2DataStatistics  # noqa: PLC0415
        from ..models.dataset_v2_deletion_stats import DatasetV2DeletionStats  # noqa: PLC0415
        from ..models.dataset_v2_file_preview import DatasetV2FilePreview  # noqa: PLC0415
        from ..models.dataset_v2_label import DatasetV2Label  # noqa: PLC0415
        from ..models.dataset_v2_schema import DatasetV2Schema  # noqa: PLC0415
        from ..models.dataset_v2_version import DatasetV2Version  # noqa: PLC0415
        from ..models.dataset_v2_workforce_descriptor import DatasetV2WorkforceDescriptor  # noqa: PLC0415

        d = dict(src_dict)
        dataset_id = d.pop("dataset_id", UNSET)

        dataset_name = d.pop("dataset_name", UNSET)

        _dataset_type = d.pop("dataset_type", UNSET)
        dataset_type: DatasetV2DatasetType | Unset
        if isinstance(_dataset_type, Unset):
            dataset_type = UNSET
        else:
            dataset_type = DatasetV2DatasetType.from_json(_dataset_type)

        _dataset_format = d.pop("dataset_format", UNSET)
        dataset_format: DatasetV2DatasetFormat | Unset
        if isinstance(_dataset_format, Unset):
            dataset_format = UNSET
        else:
            dataset_format = DatasetV2DatasetFormat.from_json(_dataset_format)

        data_format = d.pop("data_format", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetV2Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetV2Status.from_json(_status)

        description = d.pop("description", UNSET)

        _data_sources = d.pop("data_sources", UNSET)
        data_sources: list[DatasetV2DataSource] | Unset = UNSET
        if _data_sources is not UNSET and _data_sources is not None:
            data_sources = []
            for data_sources_item_data in _data_sources:
                data_sources_item = DatasetV2DataSource.from_dict(data_sources_item_data)

                data_sources.append(data_sources_item)

        data_url = d.pop("data_url", UNSET)

        _data_statistics = d.pop("data_statistics", UNSET)
        data_statistics: DatasetV2DataStatistics | Unset
        if isinstance(_data_statistics, Unset) or _data_statistics is None:
            data_statistics = UNSET
        else:
            data_statistics = DatasetV2DataStatistics.from_dict(_data_statistics)

        _deletion_stats = d.pop("deletion_stats", UNSET)
        deletion_stats: DatasetV2DeletionStats | Unset
        if isinstance(_deletion_stats, Unset) or _deletion_stats is None:
            deletion_stats = UNSET
        else:
            deletion_stats = DatasetV2DeletionStats.from_dict(_deletion_stats)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        data_update_time = d.pop("data_update_time", UNSET)

        current_version_id = d.pop("current_version_id", UNSET)

        current_version_name = d.pop("current_version_name", UNSET)

        next_version_num = d.pop("next_version_num", UNSET)

        dataset_version_count = d.pop("dataset_version_count", UNSET)

        _versions = d.pop("versions", UNSET)
        versions: list[DatasetV2Version] | Unset = UNSET
        if _versions is not UNSET and _versions is not None:
            versions = []
            for versions_item_data in _versions:
                versions_item = DatasetV2Version.from_dict(versions_item_data)

                versions.append(versions_item)

        total_sample_count = d.pop("total_sample_count", UNSET)

        annotated_sample_count = d.pop("annotated_sample_count", UNSET)

        unconfirmed_sample_count = d.pop("unconfirmed_sample_count", UNSET)

        deleted_sample_count = d.pop("deleted_sample_count", UNSET)

        loading_sample_count = d.pop("loading_sample_count", UNSET)

        total_sub_sample_count = d.pop("total_sub_sample_count", UNSET)

        annotated_sub_sample_count = d.pop("annotated_sub_sample_count", UNSET)

        dataset_tags = cast(list[str], d.pop("dataset_tags", UNSET))

        feature_supports = cast(list[str], d.pop("feature_supports", UNSET))

        _labels = d.pop("labels", UNSET)
        labels: list[DatasetV2Label] | Unset = UNSET
        if _labels is not UNSET and _labels is not None:
            labels = []
            for labels_item_data in _labels:
                labels_item = DatasetV2Label.from_dict(labels_item_data)

                labels.append(labels_item)

        _schema = d.pop("schema", UNSET)
        schema: list[DatasetV2Schema] | Unset = UNSET
        if _schema is not UNSET and _schema is not None:
            schema = []
            for schema_item_data in _schema:
                schema_item = DatasetV2Schema.from_dict(schema_item_data)

                schema.append(schema_item)

        content_labeling = d.pop("content_labeling", UNSET)

        managed = d.pop("managed", UNSET)

        import_data = d.pop("import_data", UNSET)

        import_task_id = d.pop("import_task_id", UNSET)

        exist_running_task = d.pop("exist_running_task", UNSET)

        exist_workforce_task = d.pop("exist_workforce_task", UNSET)

        running_tasks_id = cast(list[str], d.pop("running_tasks_id", UNSET))

        label_task_count = d.pop("label_task_count", UNSET)

        workforce_task_count = d.pop("workforce_task_count", UNSET)

        _workforce_descriptor = d.pop("workforce_descriptor", UNSET)
        workforce_descriptor: DatasetV2WorkforceDescriptor | Unset
        if isinstance(_workforce_descriptor, Unset) or _workforce_descriptor is None:
            workforce_descriptor = UNSET
        else:
            workforce_descriptor = DatasetV2WorkforceDescriptor.from_dict(_workforce_descriptor)

        work_path = d.pop("work_path", UNSET)

        work_path_type = d.pop("work_path_type", UNSET)

        inner_work_path = d.pop("inner_work_path", UNSET)

        inner_annotation_path = d.pop("inner_annotation_path", UNSET)

        inner_data_path = d.pop("inner_data_path", UNSET)

        inner_log_path = d.pop("inner_log_path", UNSET)

        inner_task_path = d.pop("inner_task_path", UNSET)

        inner_temp_path = d.pop("inner_temp_path", UNSET)

        third_path = d.pop("third_path", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        enterprise_project_id = d.pop("enterprise_project_id", UNSET)

        _samples = d.pop("samples", UNSET)
        samples: list[DatasetV2FilePreview] | Unset = UNSET
        if _samples is not UNSET and _samples is not None:
            samples = []
            for samples_item_data in _samples:
                samples_item = DatasetV2FilePreview.from_dict(samples_item_data)

                samples.append(samples_item)

        dataset_v2 = cls(
            dataset_id,
            dataset_name,
            dataset_type,
            dataset_format,
            data_format,
            status,
            description,
            data_sources,
            data_url,
            data_statistics,
            deletion_stats,
            create_time,
            update_time,
            data_update_time,
            current_version_id,
            current_version_name,
            next_version_num,
            dataset_version_count,
            versions,
            total_sample_count,
            annotated_sample_count,
            unconfirmed_sample_count,
            deleted_sample_count,
            loading_sample_count,
            total_sub_sample_count,
            annotated_sub_sample_count,
            dataset_tags,
            feature_supports,
            labels,
            schema,
            content_labeling,
            managed,
            import_data,
            import_task_id,
            exist_running_task,
            exist_workforce_task,
            running_tasks_id,
            label_task_count,
            workforce_task_count,
            workforce_descriptor,
            work_path,
            work_path_type,
            inner_work_path,
            inner_annotation_path,
            inner_data_path,
            inner_log_path,
            inner_task_path,
            inner_temp_path,
            third_path,
            workspace_id,
            enterprise_project_id,
            samples,
        )

        dataset_v2.additional_properties = d
        return dataset_v2

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
