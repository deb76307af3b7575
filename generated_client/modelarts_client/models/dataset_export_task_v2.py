from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_export_task_v2_export_format import DatasetExportTaskV2ExportFormat
from ..models.dataset_export_task_v2_export_type import DatasetExportTaskV2ExportType
from ..models.dataset_export_task_v2_status import DatasetExportTaskV2Status
from ..models.dataset_export_task_v2_version_format import DatasetExportTaskV2VersionFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_export_task_v2_export_params import DatasetExportTaskV2ExportParams


T = TypeVar("T", bound="DatasetExportTaskV2")


@_attrs_define
class DatasetExportTaskV2:
    """A dataset export task, as answered by create, get and list (the create answer fills in only `task_id`).

    Attributes:
        task_id (str | Unset): Export task ID.
        status (DatasetExportTaskV2Status | Unset): Task status. INIT: initialized, RUNNING: running, FAILED: failed,
            SUCCESSED: completed (spelled so by the service).
        path (str | Unset): Output path of the export.
        export_type (DatasetExportTaskV2ExportType | Unset): Which samples are exported. 0: labeled, 1: unlabeled, 2:
            all, 3: those matching the search conditions.
        export_format (DatasetExportTaskV2ExportFormat | Unset): Layout of the exported directory. 1: tree, one
            subdirectory per label (rabbits/1.jpg, bees/2.jpg), 2: flat, files side by side (1.jpg, 1.txt, 2.jpg, 2.txt).
        export_params (DatasetExportTaskV2ExportParams | Unset): Parameters of an export task, as sent and as answered;
            every field is optional.
        version_format (DatasetExportTaskV2VersionFormat | Unset): Format of the exported dataset version: Default,
            CarbonData (table datasets only) or CSV.
        version_id (str | Unset): ID of the exported dataset version.
        progress (float | Unset): Progress of the task, in percent.
        total_sample_count (int | Unset): Number of samples to export.
        finished_sample_count (int | Unset): Number of samples exported so far.
        error_code (str | Unset): Error code, when the task failed.
        error_msg (str | Unset): Error message, when the task failed.
        create_time (int | Unset): Creation time, Unix epoch milliseconds.
        update_time (int | Unset): Last update time, Unix epoch milliseconds.
    """

    task_id: str | Unset = UNSET
    status: DatasetExportTaskV2Status | Unset = UNSET
    path: str | Unset = UNSET
    export_type: DatasetExportTaskV2ExportType | Unset = UNSET
    export_format: DatasetExportTaskV2ExportFormat | Unset = UNSET
    export_params: DatasetExportTaskV2ExportParams | Unset = UNSET
    version_format: DatasetExportTaskV2VersionFormat | Unset = UNSET
    version_id: str | Unset = UNSET
    progress: float | Unset = UNSET
    total_sample_count: int | Unset = UNSET
    finished_sample_count: int | Unset = UNSET
    error_code: str | Unset = UNSET
    error_msg: str | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        path = self.path

        export_type: int | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        export_format: int | Unset = UNSET
        if not isinstance(self.export_format, Unset):
            export_format = self.export_format.value

        export_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_params, Unset):
            export_params = self.export_params.to_dict()

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        version_id = self.version_id

        progress = self.progress

        total_sample_count = self.total_sample_count

        finished_sample_count = self.finished_sample_count

        error_code = self.error_code

        error_msg = self.error_msg

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if path is not UNSET:
            field_dict["path"] = path
        if export_type is not UNSET:
            field_dict["export_type"] = export_type
        if export_format is not UNSET:
            field_dict["export_format"] = export_format
        if export_params is not UNSET:
            field_dict["export_params"] = export_params
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if total_sample_count is not UNSET:
            field_dict["total_sample_count"] = total_sample_count
        if finished_sample_count is not UNSET:
            field_dict["finished_sample_count"] = finished_sample_count
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_export_task_v2_export_params import DatasetExportTaskV2ExportParams  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        _status = d.pop("status", UNSET)
        status: DatasetExportTaskV2Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DatasetExportTaskV2Status.from_json(_status)

        path = d.pop("path", UNSET)

        _export_type = d.pop("export_type", UNSET)
        export_type: DatasetExportTaskV2ExportType | Unset
        if isinstance(_export_type, Unset):
            export_type = UNSET
        else:
            export_type = DatasetExportTaskV2ExportType.from_json(_export_type)

        _export_format = d.pop("export_format", UNSET)
        export_format: DatasetExportTaskV2ExportFormat | Unset
        if isinstance(_export_format, Unset):
            export_format = UNSET
        else:
            export_format = DatasetExportTaskV2ExportFormat.from_json(_export_format)

        _export_params = d.pop("export_params", UNSET)
        export_params: DatasetExportTaskV2ExportParams | Unset
        if isinstance(_export_params, Unset) or _export_params is None:
            export_params = UNSET
        else:
            export_params = DatasetExportTaskV2ExportParams.from_dict(_export_params)

        _version_format = d.pop("version_format", UNSET)
        version_format: DatasetExportTaskV2VersionFormat | Unset
        if isinstance(_version_format, Unset):
            version_format = UNSET
        else:
            version_format = DatasetExportTaskV2VersionFormat.from_json(_version_format)

        version_id = d.pop("version_id", UNSET)

        progress = d.pop("progress", UNSET)

        total_sample_count = d.pop("total_sample_count", UNSET)

        finished_sample_count = d.pop("finished_sample_count", UNSET)

        error_code = d.pop("error_code", UNSET)

        error_msg = d.pop("error_msg", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        dataset_export_task_v2 = cls(
            task_id,
            status,
            path,
            export_type,
            export_format,
            export_params,
            version_format,
            version_id,
            progress,
            total_sample_count,
            finished_sample_count,
            error_code,
            error_msg,
            create_time,
            update_time,
        )

        dataset_export_task_v2.additional_properties = d
        return dataset_export_task_v2

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
