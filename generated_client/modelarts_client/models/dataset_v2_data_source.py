from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_v2_data_source_data_type import DatasetV2DataSourceDataType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_schema_map import DatasetV2SchemaMap
    from ..models.dataset_v2_source_info import DatasetV2SourceInfo


T = TypeVar("T", bound="DatasetV2DataSource")


@_attrs_define
class DatasetV2DataSource:
    """One data source of a dataset (an OBS directory, or a table source for table datasets), as sent and as answered.

    Attributes:
        data_type (DatasetV2DataSourceDataType | Unset): Kind of source. 0: OBS bucket (the default), 1: GaussDB(DWS),
            2: DLI, 3: RDS, 4: MRS, 5: AI Gallery, 6: inference service. Default: DatasetV2DataSourceDataType.OBS.
        data_path (str | Unset): Path of the source data, e.g. an OBS directory /bucket/path/.
        with_column_header (bool | Unset): Table datasets only; whether the first row of the file holds the column
            names.
        schema_maps (list[DatasetV2SchemaMap] | Unset): Column mapping for table data.
        source_info (DatasetV2SourceInfo | Unset): Connection details for importing a table data source (DWS, DLI or
            MRS).
    """

    data_type: DatasetV2DataSourceDataType | Unset = DatasetV2DataSourceDataType.OBS
    data_path: str | Unset = UNSET
    with_column_header: bool | Unset = UNSET
    schema_maps: list[DatasetV2SchemaMap] | Unset = UNSET
    source_info: DatasetV2SourceInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type: int | Unset = UNSET
        if not isinstance(self.data_type, Unset):
            data_type = self.data_type.value

        data_path = self.data_path

        with_column_header = self.with_column_header

        schema_maps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema_maps, Unset):
            schema_maps = []
            for schema_maps_item_data in self.schema_maps:
                schema_maps_item = schema_maps_item_data.to_dict()
                schema_maps.append(schema_maps_item)

        source_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_info, Unset):
            source_info = self.source_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_type is not UNSET:
            field_dict["data_type"] = data_type
        if data_path is not UNSET:
            field_dict["data_path"] = data_path
        if with_column_header is not UNSET:
            field_dict["with_column_header"] = with_column_header
        if schema_maps is not UNSET:
            field_dict["schema_maps"] = schema_maps
        if source_info is not UNSET:
            field_dict["source_info"] = source_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_schema_map import DatasetV2SchemaMap  # noqa: PLC0415
        from ..models.dataset_v2_source_info import DatasetV2SourceInfo  # noqa: PLC0415

        d = dict(src_dict)
        _data_type = d.pop("data_type", UNSET)
        data_type: DatasetV2DataSourceDataType | Unset
        if isinstance(_data_type, Unset):
            data_type = UNSET
        else:
            data_type = DatasetV2DataSourceDataType.from_json(_data_type)

        data_path = d.pop("data_path", UNSET)

        with_column_header = d.pop("with_column_header", UNSET)

        _schema_maps = d.pop("schema_maps", UNSET)
        schema_maps: list[DatasetV2SchemaMap] | Unset = UNSET
        if _schema_maps is not UNSET and _schema_maps is not None:
            schema_maps = []
            for schema_maps_item_data in _schema_maps:
                schema_maps_item = DatasetV2SchemaMap.from_dict(schema_maps_item_data)

                schema_maps.append(schema_maps_item)

        _source_info = d.pop("source_info", UNSET)
        source_info: DatasetV2SourceInfo | Unset
        if isinstance(_source_info, Unset) or _source_info is None:
            source_info = UNSET
        else:
            source_info = DatasetV2SourceInfo.from_dict(_source_info)

        dataset_v2_data_source = cls(
            data_type,
            data_path,
            with_column_header,
            schema_maps,
            source_info,
        )

        dataset_v2_data_source.additional_properties = d
        return dataset_v2_data_source

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
