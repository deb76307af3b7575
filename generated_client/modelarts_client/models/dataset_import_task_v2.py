from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_import_task_v2_import_type import DatasetImportTaskV2ImportType
from ..models.dataset_import_task_v2_status import DatasetImportTaskV2Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_import_task_v2_file_statistics import DatasetImportTaskV2FileStatistics
    from ..models.dataset_v2_data_source import DatasetV2DataSource


T = TypeVar("T", bound="DatasetImportTaskV2")


@_attrs_define
class DatasetImportTaskV2:
    """An import task, as listed and as detailed.

    Attributes:
        task_id (str | Unset): Import task ID.
        dataset_id (str | Unset): ID of the dataset the data is imported into.
        status (DatasetImportTaskV2Status | Unset): Task status: QUEUING (waiting to run), STARTING (started), RUNNING,
            COMPLETED, FAILED, NOT_EXIST (no such task).
        import_path (str | Unset): OBS directory, or path of the manifest file, that is imported.
        import_type (DatasetImportTaskV2ImportType | Unset): How the data is imported: 0 from a directory, 1 from a
            manifest file.
        data_source (DatasetV2DataSource | Unset): One data source of a dataset (an OBS directory, or a table source for
            table datasets), as sent and as answered.
        error_code (str | Unset): Error code, when the task failed.
        error_msg (str | Unset): Error message, when the task failed.
        processor_task_id (str | Unset): ID of the preprocessing task.
        processor_task_status (int | Unset): Status of the preprocessing task.
        total_sample_count (int | Unset): Number of samples in the source.
        imported_sample_count (int | Unset): Number of samples imported so far.
        annotated_sample_count (int | Unset): Number of imported samples that carry labels.
        unconfirmed_sample_count (int | Unset): Number of samples whose labels are still to be confirmed.
        total_sub_sample_count (int | Unset): Number of sub-samples generated from the parent samples.
        imported_sub_sample_count (int | Unset): Number of sub-samples imported so far.
        total_file_count (int | Unset): Number of files to transfer.
        finished_file_count (int | Unset): Number of files transferred so far.
        total_file_size (int | Unset): Size of the files to transfer, in bytes.
        finished_file_size (int | Unset): Size of the files transferred so far, in bytes.
        file_statistics (DatasetImportTaskV2FileStatistics | Unset): Progress of copying the source files.
        create_time (int | Unset): Creation time of the task, Unix epoch milliseconds.
        update_ms (int | Unset): Last update time of the task, Unix epoch milliseconds.
        elapsed_time (int | Unset): How long the task has run, in seconds.
    """

    task_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    status: DatasetImportTaskV2Status | Unset = UNSET
    import_path: str | Unset = UNSET
    import_type: DatasetImportTaskV2ImportType | Unset = UNSET
    data_source: DatasetV2DataSource | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    processor_task_id: str | Unset = UNSET
    processor_task_status: int | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    imported_sample_count: int | Unset = UNSET
    annotated_sample_count: int | Unset = UNSET
    unconfirmed_sample_count: int | Unset = UNSET
    total_sub_sample_count: int | Unset = UNSET
    imported_sub_sample_count: int | Unset = UNSET
    total_file_count: int | Unset = UNSET
    finished_file_count: int | Unset = UNSET
    total_file_size: int | Unset = UNSET
    finished_file_size: int | Unset = UNSET
    file_statistics: DatasetImportTaskV2FileStatistics | Unset = UNSET
    create_time: int | Unset = UNSET
    update_ms: int | Unset = UNSET
    elapsed_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        dataset_id = self.dataset_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        import_path = self.import_path

        import_type: int | Unset = UNSET
        if not isinstance(self.import_type, Unset):
            import_type = self.import_type.value

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        error_code = self.error_code

        error_msg = self.error_msg

        processor_task_id = self.processor_task_id

        processor_task_status = self.processor_task_status

        total_sample_count = self.total_sample_count

        imported_sample_count = self.imported_sample_count

        annotated_sample_count = self.annotated_sample_count

        unconfirmed_sample_count = self.unconfirmed_sample_count

        total_sub_sample_count = self.total_sub_sample_count

        imported_sub_sample_count = self.imported_sub_sample_count

        total_file_count = self.total_file_count

        finished_file_count = self.finished_file_count

        total_file_size = self.total_file_size

        finished_file_size = self.finished_file_size

        file_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_statistics, Unset):
            file_statistics = self.file_statistics.to_dict()

        create_time = self.create_time

        update_ms = self.update_ms

        elapsed_time = self.elapsed_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if status is not UNSET:
            field_dict["status"] = status
        if import_path is not UNSET:
            field_dict["import_path"] = import_path
        if import_type is not UNSET:
            field_dict["import_type"] = import_type
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if processor_task_id is not UNSET:
            field_dict["processor_task_id"] = processor_task_id
        if processor_task_status is not UNSET:
            field_dict["processor_task_status"] = processor_task_status
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if imported_sample_count is not UNSET:
            field_dict["imported_sample_count"] = imported_sample_count
        if annotated_sample_count is not UNSET:
            field_dict["annotated_sample_count"] = annotated_sample_count
        if unconfirmed_sample_count is not UNSET:
            field_dict["unconfirmed_sample_count"] = unconfirmed_sample_count
        if total_sub_sample_count is not UNSET:
            field_dict["total_sub_sample_count"] = total_sub_sample_count
        if imported_sub_sample_count is not UNSET:
            field_dict["imported_sub_sample_count"] = imported_sub_sample_count
        if total_file_count is not UNSET:
            field_dict["total_file_count"] = total_file_count
        if finished_file_count is not UNSET:
            field_dict["finished_file_count"] = finished_file_count
        if total_file_size is not UNSET:
            field_dict["total_file_size"] = total_file_size
        if finished_file_size is not UNSET:
            field_dict["finished_file_size"] = finished_file_size
        if file_statistics is not UNSET:
            field_dict["file_statistics"] = file_statistics
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_ms is not UNSET:
            field_dict["update_ms"] = update_ms
        if elapsed_time is not UNSET:
            field_dict["elapsed_time"] = elapsed_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_import_task_v2_file_statistics import DatasetImportTaskV2FileStatistics  # noqa: PLC0415
        from ..models.dataset_v2_data_source import DatasetV2DataSource  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetImportTaskV2Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetImportTaskV2Status.from_json(_status)

        import_path = d.pop("import_path", UNSET)

        _import_type = d.pop("import_type", UNSET)
        import_type: DatasetImportTaskV2ImportType | Unset
        if isinstance(_import_type, Unset):
            import_type = UNSET
        else:
            import_type = DatasetImportTaskV2ImportType.from_json(_import_type)

        _data_source = d.pop("data_source", UNSET)
        data_source: DatasetV2DataSource | Unset
        if isinstance(_data_source, Unset) or _data_source is None:
            data_source = UNSET
        else:
            data_source = DatasetV2DataSource.from_dict(_data_source)

        error_code = d.pop("error_code", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        processor_task_id = d.pop("processor_task_id", UNSET)

        processor_task_status = d.pop("processor_task_status", UNSET)

        total_sample_count = d.pop("total_sample_count", UNSET)

        imported_sample_count = d.pop("imported_sample_count", UNSET)

        annotated_sample_count = d.pop("annotated_sample_count", UNSET)

        unconfirmed_sample_count = d.pop("unconfirmed_sample_count", UNSET)

        total_sub_sample_count = d.pop("total_sub_sample_count", UNSET)

        imported_sub_sample_count = d.pop("imported_sub_sample_count", UNSET)

        total_file_count = d.pop("total_file_count", UNSET)

        finished_file_count = d.pop("finished_file_count", UNSET)

        total_file_size = d.pop("total_file_size", UNSET)

        finished_file_size = d.pop("finished_file_size", UNSET)

        _file_statistics = d.pop("file_statistics", UNSET)
        file_statistics: DatasetImportTaskV2FileStatistics | Unset
        if isinstance(_file_statistics, Unset) or _file_statistics is None:
            file_statistics = UNSET
        else:
            file_statistics = DatasetImportTaskV2FileStatistics.from_dict(_file_statistics)

        create_time = d.pop("create_time", UNSET)

        update_ms = d.pop("update_ms", UNSET)

        elapsed_time = d.pop("elapsed_time", UNSET)

        dataset_import_task_v2 = cls(
            task_id,
            dataset_id,
            status,
            import_path,
            import_type,
            data_source,
            error_code,
            error_msg,
            processor_task_id,
            processor_task_status,
            total_sample_count,
            imported_sample_count,
            annotated_sample_count,
            unconfirmed_sample_count,
            total_sub_sample_count,
            imported_sub_sample_count,
            total_file_count,
            finished_file_count,
            total_file_size,
            finished_file_size,
            file_statistics,
            create_time,
            update_ms,
            elapsed_time,
        )

        dataset_import_task_v2.additional_properties = d
        return dataset_import_task_v2

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
