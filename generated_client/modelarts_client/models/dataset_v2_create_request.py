from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_create_request_data_format import DatasetV2CreateRequestDataFormat
from ..models.dataset_v2_create_request_dataset_type import DatasetV2CreateRequestDatasetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_data_source import DatasetV2DataSource
    from ..models.dataset_v2_label import DatasetV2Label
    from ..models.dataset_v2_label_format import DatasetV2LabelFormat
    from ..models.dataset_v2_schema import DatasetV2Schema
    from ..models.dataset_v2_workforce_information import DatasetV2WorkforceInformation


T = TypeVar("T", bound="DatasetV2CreateRequest")


@_attrs_define
class DatasetV2CreateRequest:
    """Body of `create_dataset_v2`: the dataset to create.

    Attributes:
        dataset_name (str): Dataset name: 1 to 100 letters, digits, underscores or hyphens, e.g. dataset-9f3b.
        data_sources (list[DatasetV2DataSource]): Input data, one source per request. Files (images, text, audio, ...)
            in the directory and its subdirectories are synchronized into the dataset; for a table dataset this is the
            import directory, and it must not be in a KMS-encrypted OBS bucket.
        work_path (str): OBS output directory of the dataset (label files and other output), 3 to 700 characters,
            written /bucket/path/ (a bucket alone is not accepted); it must lie outside the input path.
        work_path_type (int): Kind of output path; 0, an OBS bucket, is the default. Default: 0.
        dataset_type (DatasetV2CreateRequestDatasetType | Unset): Labeling type of the dataset. 0: image classification,
            1: object detection, 3: image segmentation, 100: text classification, 101: named entity recognition, 102: text
            triplet, 200: sound classification, 201: speech content, 202: speech paragraph labeling, 400: table, 600: video
            labeling, 900: custom format.
        description (str | Unset): Dataset description, 0 to 256 characters, none of ^ ! < > = & " '; empty by default.
        data_format (DatasetV2CreateRequestDataFormat | Unset): Data format. Default: default format, CarbonData:
            CarbonData (table datasets only).
        labels (list[DatasetV2Label] | Unset): Labels of the dataset.
        label_format (DatasetV2LabelFormat | Unset): Text datasets only; how labels are stored next to the texts in the
            input files.
        schema (list[DatasetV2Schema] | Unset): Columns of a table dataset.
        import_annotations (bool | Unset): Whether labels found in the input directory are imported too (object
            detection, image classification and text classification); true by default. Default: True.
        import_data (bool | Unset): Table datasets only; whether the data is imported when the dataset is created; false
            by default. Default: False.
        managed (bool | Unset): Whether the dataset is hosted; false by default. Default: False.
        workforce_information (DatasetV2WorkforceInformation | Unset): Team labeling task to create with the dataset.
        workspace_id (str | Unset): Workspace of the dataset; 0 (the default workspace) when none was created. Default:
            '0'.
    """

    dataset_name: str
    data_sources: list[DatasetV2DataSource]
    work_path: str
    work_path_type: int = 0
    dataset_type: DatasetV2CreateRequestDatasetType | Unset = UNSET
    description: str | Unset = UNSET
    data_format: DatasetV2CreateRequestDataFormat | Unset = UNSET
    labels: list[DatasetV2Label] | Unset = UNSET
    label_format: DatasetV2LabelFormat | Unset = UNSET
    schema: list[DatasetV2Schema] | Unset = UNSET
    import_annotations: bool | Unset = True
    import_data: bool | Unset = False
    managed: bool | Unset = False
    workforce_information: DatasetV2WorkforceInformation | Unset = UNSET
    workspace_id: str | Unset = "0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_name = self.dataset_name

        data_sources = []
        for data_sources_item_data in self.data_sources:
            data_sources_item = data_sources_item_data.to_dict()
            data_sources.append(data_sources_item)

        work_path = self.work_path

        work_path_type = self.work_path_type

        dataset_type: int | Unset = UNSET
        if not isinstance(self.dataset_type, Unset):
            dataset_type = self.dataset_type.value

        description = self.description

        data_format: str | Unset = UNSET
        if not isinstance(self.data_format, Unset):
            data_format = self.data_format.value

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        label_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.label_format, Unset):
            label_format = self.label_format.to_dict()

        schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = []
            for schema_item_data in self.schema:
                schema_item = schema_item_data.to_dict()
                schema.append(schema_item)

        import_annotations = self.import_annotations

        import_data = self.import_data

        managed = self.managed

        workforce_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workforce_information, Unset):
            workforce_information = self.workforce_information.to_dict()

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_name": dataset_name,
                "data_sources": data_sources,
                "work_path": work_path,
                "work_path_type": work_path_type,
            }
        )
        if dataset_type is not UNSET:
            field_dict["dataset_type"] = dataset_type
        if description is not UNSET:
            field_dict["description"] = description
        if data_format is not UNSET:
            field_dict["data_format"] = data_format
        if labels is not UNSET:
            field_dict["labels"] = labels
        if label_format is not UNSET:
            field_dict["label_format"] = label_format
        if schema is not UNSET:
            field_dict["schema"] = schema
        if import_annotations is not UNSET:
            field_dict["import_annotations"] = import_annotations
        if import_data is not UNSET:
            field_dict["import_data"] = import_data
        if managed is not UNSET:
            field_dict["managed"] = managed
        if workforce_information is not UNSET:
            field_dict["workforce_information"] = workforce_information
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_data_source import DatasetV2DataSource  # noqa: PLC0415
        from ..models.dataset_v2_label import DatasetV2Label  # noqa: PLC0415
        from ..models.dataset_v2_label_format import DatasetV2LabelFormat  # noqa: PLC0415
        from ..models.dataset_v2_schema import DatasetV2Schema  # noqa: PLC0415
        from ..models.dataset_v2_workforce_information import DatasetV2WorkforceInformation  # noqa: PLC0415

        d = dict(src_dict)
        dataset_name = d.pop("dataset_name")

        data_sources = []
        _data_sources = d.pop("data_sources")
        for data_sources_item_data in _data_sources:
            data_sources_item = DatasetV2DataSource.from_dict(data_sources_item_data)

            data_sources.append(data_sources_item)

        work_path = d.pop("work_path")

        work_path_type = d.pop("work_path_type")

        _dataset_type = d.pop("dataset_type", UNSET)
        dataset_type: DatasetV2CreateRequestDatasetType | Unset
        if isinstance(_dataset_type, Unset):
            dataset_type = UNSET
        else:
            dataset_type = DatasetV2CreateRequestDatasetType.from_json(_dataset_type)

        description = d.pop("description", UNSET)

        _data_format = d.pop("data_format", UNSET)
        data_format: DatasetV2CreateRequestDataFormat | Unset
        if isinstance(_data_format, Unset):
            data_format = UNSET
        else:
            data_format = DatasetV2CreateRequestDataFormat.from_json(_data_format)

        _labels = d.pop("labels", UNSET)
        labels: list[DatasetV2Label] | Unset = UNSET
        if _labels is not UNSET and _labels is not None:
            labels = []
            for labels_item_data in _labels:
                labels_item = DatasetV2Label.from_dict(labels_item_data)

                labels.append(labels_item)

        _label_format = d.pop("label_format", UNSET)
        label_format: DatasetV2LabelFormat | Unset
        if isinstance(_label_format, Unset) or _label_format is None:
            label_format = UNSET
        else:
            label_format = DatasetV2LabelFormat.from_dict(_label_format)

        _schema = d.pop("schema", UNSET)
        schema: list[DatasetV2Schema] | Unset = UNSET
        if _schema is not UNSET and _schema is not None:
            schema = []
            for schema_item_data in _schema:
                schema_item = DatasetV2Schema.from_dict(schema_item_data)

                schema.append(schema_item)

        import_annotations = d.pop("import_annotations", UNSET)

        import_data = d.pop("import_data", UNSET)

        managed = d.pop("managed", UNSET)

        _workforce_information = d.pop("workforce_information", UNSET)
        workforce_information: DatasetV2WorkforceInformation | Unset
        if isinstance(_workforce_information, Unset) or _workforce_information is None:
            workforce_information = UNSET
        else:
            workforce_information = DatasetV2WorkforceInformation.from_dict(_workforce_information)

        workspace_id = d.pop("workspace_id", UNSET)

        dataset_v2_create_request = cls(
            dataset_name,
            data_sources,
            work_path,
            work_path_type,
            dataset_type,
            description,
            data_format,
            labels,
            label_format,
            schema,
            import_annotations,
            import_data,
            managed,
            workforce_information,
            workspace_id,
        )

        dataset_v2_create_request.additional_properties = d
        return dataset_v2_create_request

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
