from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_import_task_v2_create_request_import_origin import DatasetImportTaskV2CreateRequestImportOrigin
from ..models.dataset_import_task_v2_create_request_import_type import DatasetImportTaskV2CreateRequestImportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_data_source import DatasetV2DataSource
    from ..models.dataset_v2_label import DatasetV2Label
    from ..models.dataset_v2_label_format import DatasetV2LabelFormat


T = TypeVar("T", bound="DatasetImportTaskV2CreateRequest")


@_attrs_define
class DatasetImportTaskV2CreateRequest:
    """What to import into the dataset, from where, and which samples and labels to keep.

    Attributes:
        import_path (str): OBS directory to import, or the full path of the manifest file. A directory can only be
            imported into an image classification, object detection, text classification or sound classification dataset.
        import_type (DatasetImportTaskV2CreateRequestImportType | Unset): How to import: dir (the files of an OBS
            directory) or manifest (a manifest file).
        import_origin (DatasetImportTaskV2CreateRequestImportOrigin | Unset): Where the data comes from: obs (OBS
            bucket, the default), dws (GaussDB(DWS)), dli (DLI), rds (RDS), mrs (MRS), inference (inference service).
            Default: DatasetImportTaskV2CreateRequestImportOrigin.OBS.
        data_source (DatasetV2DataSource | Unset): One data source of a dataset (an OBS directory, or a table source for
            table datasets), as sent and as answered.
        import_folder (str | Unset): Subdirectory of the dataset's storage directory to import into. Import tasks that
            name the same subdirectory do not import the same samples twice. Ignored for table datasets.
        import_samples (bool | Unset): Whether to import the samples; true by default. Default: True.
        import_annotations (bool | Unset): Whether to import the labels of the samples; true by default. Default: True.
        final_annotation (bool | Unset): Whether the imported labels are final (true, the default) or still to be
            confirmed (false). Default: True.
        difficult_only (bool | Unset): Whether to import only the samples marked as hard examples; false (all samples)
            by default. Default: False.
        included_labels (list[DatasetV2Label] | Unset): Import only the samples that carry one of these labels.
        excluded_labels (list[DatasetV2Label] | Unset): Do not import the samples that carry one of these labels.
        label_format (DatasetV2LabelFormat | Unset): Text datasets only; how labels are stored next to the texts in the
            input files.
        with_column_header (bool | Unset): For a table dataset, whether the first row of the file holds the column
            names; false by default. Default: False.
    """

    import_path: str
    import_type: DatasetImportTaskV2CreateRequestImportType | Unset = UNSET
    import_origin: DatasetImportTaskV2CreateRequestImportOrigin | Unset = (
        DatasetImportTaskV2CreateRequestImportOrigin.OBS
    )
    data_source: DatasetV2DataSource | Unset = UNSET
    import_folder: str | Unset = UNSET
    import_samples: bool | Unset = True
    import_annotations: bool | Unset = True
    final_annotation: bool | Unset = True
    difficult_only: bool | Unset = False
    included_labels: list[DatasetV2Label] | Unset = UNSET
    excluded_labels: list[DatasetV2Label] | Unset = UNSET
    label_format: DatasetV2LabelFormat | Unset = UNSET
    with_column_header: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_path = self.import_path

        import_type: str | Unset = UNSET
        if not isinstance(self.import_type, Unset):
            import_type = self.import_type.value

        import_origin: str | Unset = UNSET
        if not isinstance(self.import_origin, Unset):
            import_origin = self.import_origin.value

        data_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_source, Unset):
            data_source = self.data_source.to_dict()

        import_folder = self.import_folder

        import_samples = self.import_samples

        import_annotations = self.import_annotations

        final_annotation = self.final_annotation

        difficult_only = self.difficult_only

        included_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.included_labels, Unset):
            included_labels = []
            for included_labels_item_data in self.included_labels:
                included_labels_item = included_labels_item_data.to_dict()
                included_labels.append(included_labels_item)

        excluded_labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.excluded_labels, Unset):
            excluded_labels = []
            for excluded_labels_item_data in self.excluded_labels:
                excluded_labels_item = excluded_labels_item_data.to_dict()
                excluded_labels.append(excluded_labels_item)

        label_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_format, Unset):
            label_format = self.label_format.to_dict()

        with_column_header = self.with_column_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import_path": import_path,
            }
        )
        if import_type is not UNSET:
            field_dict["import_type"] = import_type
        if import_origin is not UNSET:
            field_dict["import_origin"] = import_origin
        if data_source is not UNSET:
            field_dict["data_source"] = data_source
        if import_folder is not UNSET:
            field_dict["import_folder"] = import_folder
        if import_samples is not UNSET:
            field_dict["import_samples"] = import_samples
        if import_annotations is not UNSET:
            field_dict["import_annotations"] = import_annotations
        if final_annotation is not UNSET:
            field_dict["final_annotation"] = final_annotation
        if difficult_only is not UNSET:
            field_dict["difficult_only"] = difficult_only
        if included_labels is not UNSET:
            field_dict["included_labels"] = included_labels
        if excluded_labels is not UNSET:
            field_dict["excluded_labels"] = excluded_labels
        if label_format is not UNSET:
            field_dict["label_format"] = label_format
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_data_source import DatasetV2DataSource  # noqa: PLC0415
        from ..models.dataset_v2_label import DatasetV2Label  # noqa: PLC0415
        from ..models.dataset_v2_label_format import DatasetV2LabelFormat  # noqa: PLC0415

        d = dict(src_dict)
        import_path = d.pop("import_path")

        _import_type = d.pop("import_type", UNSET)
        import_type: DatasetImportTaskV2CreateRequestImportType | Unset
        if isinstance(_import_type, Unset):
            import_type = UNSET
        else:
            import_type = DatasetImportTaskV2CreateRequestImportType.from_json(_import_type)

        _import_origin = d.pop("import_origin", UNSET)
        import_origin: DatasetImportTaskV2CreateRequestImportOrigin | Unset
        if isinstance(_import_origin, Unset):
            import_origin = UNSET
        else:
            import_origin = DatasetImportTaskV2CreateRequestImportOrigin.from_json(_import_origin)

        _data_source = d.pop("data_source", UNSET)
        data_source: DatasetV2DataSource | Unset
        if isinstance(_data_source, Unset) or _data_source is None:
            data_source = UNSET
        else:
            data_source = DatasetV2DataSource.from_dict(_data_source)

        import_folder = d.pop("import_folder", UNSET)

        import_samples = d.pop("import_samples", UNSET)

        import_annotations = d.pop("import_annotations", UNSET)

        final_annotation = d.pop("final_annotation", UNSET)

        difficult_only = d.pop("difficult_only", UNSET)

        _included_labels = d.pop("included_labels", UNSET)
        included_labels: list[DatasetV2Label] | Unset = UNSET
        if _included_labels is not UNSET and _included_labels is not None:
            included_labels = []
            for included_labels_item_data in _included_labels:
                included_labels_item = DatasetV2Label.from_dict(included_labels_item_data)

                included_labels.append(included_labels_item)

        _excluded_labels = d.pop("excluded_labels", UNSET)
        excluded_labels: list[DatasetV2Label] | Unset = UNSET
        if _excluded_labels is not UNSET and _excluded_labels is not None:
            excluded_labels = []
            for excluded_labels_item_data in _excluded_labels:
                excluded_labels_item = DatasetV2Label.from_dict(excluded_labels_item_data)

                excluded_labels.append(excluded_labels_item)

        _label_format = d.pop("label_format", UNSET)
        label_format: DatasetV2LabelFormat | Unset
        if isinstance(_label_format, Unset) or _label_format is None:
            label_format = UNSET
        else:
            label_format = DatasetV2LabelFormat.from_dict(_label_format)

        with_column_header = d.pop("with_column_header", UNSET)

        dataset_import_task_v2_create_request = cls(
            import_path,
            import_type,
            import_origin,
            data_source,
            import_folder,
            import_samples,
            import_annotations,
            final_annotation,
            difficult_only,
            included_labels,
            excluded_labels,
            label_format,
            with_column_header,
        )

        dataset_import_task_v2_create_request.additional_properties = d
        return dataset_import_task_v2_create_request

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
