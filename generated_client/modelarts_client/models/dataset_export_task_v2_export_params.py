from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_export_task_v2_export_params_export_dest import DatasetExportTaskV2ExportParamsExportDest
from ..models.dataset_export_task_v2_export_params_sample_state import DatasetExportTaskV2ExportParamsSampleState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_export_task_v2_search_condition import DatasetExportTaskV2SearchCondition


T = TypeVar("T", bound="DatasetExportTaskV2ExportParams")


@_attrs_define
class DatasetExportTaskV2ExportParams:
    """Parameters of an export task, as sent and as answered; every field is optional.

    Attributes:
        export_dest (DatasetExportTaskV2ExportParamsExportDest | Unset): Where the data goes. DIR: an OBS directory (the
            default), NEW_DATASET: a new dataset. Default: DatasetExportTaskV2ExportParamsExportDest.DIR.
        export_new_dataset_name (str | Unset): Name of the new dataset, when `export_dest` is NEW_DATASET.
        export_new_dataset_work_path (str | Unset): Working directory of the new dataset, when `export_dest` is
            NEW_DATASET.
        export_dataset_version_name (str | Unset): Name of the dataset version the data is exported to.
        export_dataset_version_format (str | Unset): Format of the dataset version the data is exported to.
        sample_state (DatasetExportTaskV2ExportParamsSampleState | Unset): Only samples in this state; empty: no
            restriction. __ALL__: labeled, __NONE__: unlabeled, __UNCHECK__: awaiting acceptance, __ACCEPTED__: accepted,
            __REJECTED__: rejected, __UNREVIEWED__: awaiting review, __REVIEWED__: reviewed, __WORKFORCE_SAMPLED__: sampled,
            __WORKFORCE_SAMPLED_UNCHECK__: sampled and awaiting acceptance, __WORKFORCE_SAMPLED_CHECKED__: sampled and
            checked, __WORKFORCE_SAMPLED_ACCEPTED__: sampled and accepted, __WORKFORCE_SAMPLED_REJECTED__: sampled and
            rejected, __AUTO_ANNOTATION__: auto-labeled, awaiting confirmation.
        samples (list[str] | Unset): IDs of the samples to export.
        search_conditions (list[DatasetExportTaskV2SearchCondition] | Unset): Search conditions selecting the samples to
            export; a sample matching any one of them is exported (OR).
        clear_hard_property (bool | Unset): Whether to clear hard example marks (true by default). Default: True.
        clear_difficult (bool | Unset): Not in the reference's tables; answered by the service (seen as false in a list
            sample).
        ratio_sample_usage (bool | Unset): Whether to split the samples at random into a training and a validation set
            by `train_sample_ratio` (false by default). Default: False.
        train_sample_ratio (str | Unset): Share of the samples put in the training set, as a decimal string; 1.00 (the
            default) puts every sample in the training set. Default: '1.00'.
    """

    export_dest: DatasetExportTaskV2ExportParamsExportDest | Unset = DatasetExportTaskV2ExportParamsExportDest.DIR
    export_new_dataset_name: str | Unset = UNSET
    export_new_dataset_work_path: str | Unset = UNSET
    export_dataset_version_name: str | Unset = UNSET
    export_dataset_version_format: str | Unset = UNSET
    sample_state: DatasetExportTaskV2ExportParamsSampleState | Unset = UNSET
    samples: list[str] | Unset = UNSET
    search_conditions: list[DatasetExportTaskV2SearchCondition] | Unset = UNSET
    clear_hard_property: bool | Unset = True
    clear_difficult: bool | Unset = UNSET
    ratio_sample_usage: bool | Unset = False
    train_sample_ratio: str | Unset = "1.00"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_dest: str | Unset = UNSET
        if not isinstance(self.export_dest, Unset):
            export_dest = self.export_dest.value

        export_new_dataset_name = self.export_new_dataset_name

        export_new_dataset_work_path = self.export_new_dataset_work_path

        export_dataset_version_name = self.export_dataset_version_name

        export_dataset_version_format = self.export_dataset_version_format

        sample_state: str | Unset = UNSET
        if not isinstance(self.sample_state, Unset):
            sample_state = self.sample_state.value

        samples: list[str] | Unset = UNSET
        if not isinstance(self.samples, Unset):
            samples = self.samples

        search_conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.search_conditions, Unset):
            search_conditions = []
            for search_conditions_item_data in self.search_conditions:
                search_conditions_item = search_conditions_item_data.to_dict()
                search_conditions.append(search_conditions_item)

        clear_hard_property = self.clear_hard_property

        clear_difficult = self.clear_difficult

        ratio_sample_usage = self.ratio_sample_usage

        train_sample_ratio = self.train_sample_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_dest is not UNSET:
            field_dict["export_dest"] = export_dest
        if export_new_dataset_name is not UNSET:
            field_dict["export_new_dataset_name"] = export_new_dataset_name
        if export_new_dataset_work_path is not UNSET:
            field_dict["export_new_dataset_work_path"] = export_new_dataset_work_path
        if export_dataset_version_name is not UNSET:
            field_dict["export_dataset_version_name"] = export_dataset_version_name
        if export_dataset_version_format is not UNSET:
            field_dict["export_dataset_version_format"] = export_dataset_version_format
        if sample_state is not UNSET:
            field_dict["sample_state"] = sample_state
        if samples is not UNSET:
            field_dict["samples"] = samples
        if search_conditions is not UNSET:
            field_dict["search_conditions"] = search_conditions
        if clear_hard_property is not UNSET:
            field_dict["clear_hard_property"] = clear_hard_property
        if clear_difficult is not UNSET:
            field_dict["clear_difficult"] = clear_difficult
        if ratio_sample_usage is not UNSET:
            field_dict["ratio_sample_usage"] = ratio_sample_usage
        if train_sample_ratio is not UNSET:
            field_dict["train_sample_ratio"] = train_sample_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_export_task_v2_search_condition import DatasetExportTaskV2SearchCondition  # noqa: PLC0415

        d = dict(src_dict)
        _export_dest = d.pop("export_dest", UNSET)
        export_dest: DatasetExportTaskV2ExportParamsExportDest | Unset
        if isinstance(_export_dest, Unset):
            export_dest = UNSET
        else:
            export_dest = DatasetExportTaskV2ExportParamsExportDest.from_json(_export_dest)

        export_new_dataset_name = d.pop("export_new_dataset_name", UNSET)

        export_new_dataset_work_path = d.pop("export_new_dataset_work_path", UNSET)

        export_dataset_version_name = d.pop("export_dataset_version_name", UNSET)

        export_dataset_version_format = d.pop("export_dataset_version_format", UNSET)

        _sample_state = d.pop("sample_state", UNSET)
        sample_state: DatasetExportTaskV2ExportParamsSampleState | Unset
        if isinstance(_sample_state, Unset):
            sample_state = UNSET
        else:
            sample_state = DatasetExportTaskV2ExportParamsSampleState.from_json(_sample_state)

        samples = cast(list[str], d.pop("samples", UNSET))

        _search_conditions = d.pop("search_conditions", UNSET)
        search_conditions: list[DatasetExportTaskV2SearchCondition] | Unset = UNSET
        if _search_conditions is not UNSET and _search_conditions is not None:
            search_conditions = []
            for search_conditions_item_data in _search_conditions:
                search_conditions_item = DatasetExportTaskV2SearchCondition.from_dict(search_conditions_item_data)

                search_conditions.append(search_conditions_item)

        clear_hard_property = d.pop("clear_hard_property", UNSET)

        clear_difficult = d.pop("clear_difficult", UNSET)

        ratio_sample_usage = d.pop("ratio_sample_usage", UNSET)

        train_sample_ratio = d.pop("train_sample_ratio", UNSET)

        dataset_export_task_v2_export_params = cls(
            export_dest,
            export_new_dataset_name,
            export_new_dataset_work_path,
            export_dataset_version_name,
            export_dataset_version_format,
            sample_state,
            samples,
            search_conditions,
            clear_hard_property,
            clear_difficult,
            ratio_sample_usage,
            train_sample_ratio,
        )

        dataset_export_task_v2_export_params.additional_properties = d
        return dataset_export_task_v2_export_params

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
