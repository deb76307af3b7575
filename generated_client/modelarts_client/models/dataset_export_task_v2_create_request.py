from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_export_task_v2_create_request_annotation_format import (
    DatasetExportTaskV2CreateRequestAnnotationFormat,
)
from ..models.dataset_export_task_v2_create_request_export_format import DatasetExportTaskV2CreateRequestExportFormat
from ..models.dataset_export_task_v2_create_request_export_type import DatasetExportTaskV2CreateRequestExportType
from ..models.dataset_export_task_v2_create_request_sample_state import DatasetExportTaskV2CreateRequestSampleState
from ..models.dataset_export_task_v2_create_request_version_format import DatasetExportTaskV2CreateRequestVersionFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_export_task_v2_export_params import DatasetExportTaskV2ExportParams


T = TypeVar("T", bound="DatasetExportTaskV2CreateRequest")


@_attrs_define
class DatasetExportTaskV2CreateRequest:
    """A dataset export task to create; every field is optional.

    Attributes:
        path (str | Unset): OBS output path; needed when exporting to OBS or to a new dataset.
        export_type (DatasetExportTaskV2CreateRequestExportType | Unset): Which samples to export. 0: labeled, 1:
            unlabeled, 2: all, 3: those matching the search conditions in `export_params`.
        export_format (DatasetExportTaskV2CreateRequestExportFormat | Unset): Layout of the exported directory. 1: tree,
            one subdirectory per label (rabbits/1.jpg, bees/2.jpg), 2: flat, files side by side (1.jpg, 1.txt, 2.jpg,
            2.txt).
        export_params (DatasetExportTaskV2ExportParams | Unset): Parameters of an export task, as sent and as answered;
            every field is optional.
        annotation_format (DatasetExportTaskV2CreateRequestAnnotationFormat | Unset): Format of the exported labels: VOC
            or COCO.
        sample_state (DatasetExportTaskV2CreateRequestSampleState | Unset): Only samples in this state; empty: no
            restriction. __ALL__: labeled, __NONE__: unlabeled, __UNCHECK__: awaiting acceptance, __ACCEPTED__: accepted,
            __REJECTED__: rejected, __UNREVIEWED__: awaiting review, __REVIEWED__: reviewed, __WORKFORCE_SAMPLED__: sampled,
            __WORKFORCE_SAMPLED_UNCHECK__: sampled and awaiting acceptance, __WORKFORCE_SAMPLED_CHECKED__: sampled and
            checked, __WORKFORCE_SAMPLED_ACCEPTED__: sampled and accepted, __WORKFORCE_SAMPLED_REJECTED__: sampled and
            rejected, __AUTO_ANNOTATION__: auto-labeled, awaiting confirmation.
        source_type_header (str | Unset): Prefix of the OBS paths written in the exported label (manifest) file, obs://
            by default; set s3:// for training, which cannot read obs:// paths. Default: 'obs://'.
        version_id (str | Unset): ID of the dataset version to export; needed when exporting a version's data.
        version_format (DatasetExportTaskV2CreateRequestVersionFormat | Unset): Format of the dataset version: Default,
            CarbonData (table datasets only) or CSV.
        with_column_header (bool | Unset): Whether to write the column names as the first row of the CSV file; table
            datasets only (true by default). Default: True.
        status (int | Unset): Task status (listed as a request field by the reference; no values are documented).
        task_id (str | Unset): Task ID (listed as a request field by the reference; no use is documented).
    """

    path: str | Unset = UNSET
    export_type: DatasetExportTaskV2CreateRequestExportType | Unset = UNSET
    export_format: DatasetExportTaskV2CreateRequestExportFormat | Unset = UNSET
    export_params: DatasetExportTaskV2ExportParams | Unset = UNSET
    annotation_format: DatasetExportTaskV2CreateRequestAnnotationFormat | Unset = UNSET
    sample_state: DatasetExportTaskV2CreateRequestSampleState | Unset = UNSET
    source_type_header: str | Unset = "obs://"
    version_id: str | Unset = UNSET
    version_format: DatasetExportTaskV2CreateRequestVersionFormat | Unset = UNSET
    with_column_header: bool | Unset = True
    status: int | Unset = UNSET
    task_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        annotation_format: str | Unset = UNSET
        if not isinstance(self.annotation_format, Unset):
            annotation_format = self.annotation_format.value

        sample_state: str | Unset = UNSET
        if not isinstance(self.sample_state, Unset):
            sample_state = self.sample_state.value

        source_type_header = self.source_type_header

        version_id = self.version_id

        version_format: str | Unset = UNSET
        if not isinstance(self.version_format, Unset):
            version_format = self.version_format.value

        with_column_header = self.with_column_header

        status = self.status

        task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if export_type is not UNSET:
            field_dict["export_type"] = export_type
        if export_format is not UNSET:
            field_dict["export_format"] = export_format
        if export_params is not UNSET:
            field_dict["export_params"] = export_params
        if annotation_format is not UNSET:
            field_dict["annotation_format"] = annotation_format
        if sample_state is not UNSET:
            field_dict["sample_state"] = sample_state
        if source_type_header is not UNSET:
            field_dict["source_type_header"] = source_type_header
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if version_format is not UNSET:
            field_dict["version_format"] = version_format
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header
        if status is not UNSET:
            field_dict["status"] = status
        if task_id is not UNSET:
            field_dict["task_id"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_export_task_v2_export_params import DatasetExportTaskV2ExportParams  # noqa: PLC0415

        d = dict(src_dict)
        path = d.pop("path", UNSET)

        _export_type = d.pop("export_type", UNSET)
        export_type: DatasetExportTaskV2CreateRequestExportType | Unset
        if isinstance(_export_type, Unset):
            export_type = UNSET
        else:
            export_type = DatasetExportTaskV2CreateRequestExportType.from_json(_export_type)

        _export_format = d.pop("export_format", UNSET)
        export_format: DatasetExportTaskV2CreateRequestExportFormat | Unset
        if isinstance(_export_format, Unset):
            export_format = UNSET
        else:
            export_format = DatasetExportTaskV2CreateRequestExportFormat.from_json(_export_format)

        _export_params = d.pop("export_params", UNSET)
        export_params: DatasetExportTaskV2ExportParams | Unset
        if isinstance(_export_params, Unset) or _export_params is None:
            export_params = UNSET
        else:
            export_params = DatasetExportTaskV2ExportParams.from_dict(_export_params)

        _annotation_format = d.pop("annotation_format", UNSET)
        annotation_format: DatasetExportTaskV2CreateRequestAnnotationFormat | Unset
        if isinstance(_annotation_format, Unset):
            annotation_format = UNSET
        else:
            annotation_format = DatasetExportTaskV2CreateRequestAnnotationFormat.from_json(_annotation_format)

        _sample_state = d.pop("sample_state", UNSET)
        sample_state: DatasetExportTaskV2CreateRequestSampleState | Unset
        if isinstance(_sample_state, Unset):
            sample_state = UNSET
        else:
            sample_state = DatasetExportTaskV2CreateRequestSampleState.from_json(_sample_state)

        source_type_header = d.pop("source_type_header", UNSET)

        version_id = d.pop("version_id", UNSET)

        _version_format = d.pop("version_format", UNSET)
        version_format: DatasetExportTaskV2CreateRequestVersionFormat | Unset
        if isinstance(_version_format, Unset):
            version_format = UNSET
        else:
            version_format = DatasetExportTaskV2CreateRequestVersionFormat.from_json(_version_format)

        with_column_header = d.pop("with_column_header", UNSET)

        status = d.pop("status", UNSET)

        task_id = d.pop("task_id", UNSET)

        dataset_export_task_v2_create_request = cls(
            path,
            export_type,
            export_format,
            export_params,
            annotation_format,
            sample_state,
            source_type_header,
            version_id,
            version_format,
            with_column_header,
            status,
            task_id,
        )

        dataset_export_task_v2_create_request.additional_properties = d
        return dataset_export_task_v2_create_request

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
