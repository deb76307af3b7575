from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_metadata_request_annotations import TrainingJobV2MetadataRequestAnnotations


T = TypeVar("T", bound="TrainingJobV2MetadataRequest")


@_attrs_define
class TrainingJobV2MetadataRequest:
    """Name, workspace, description and advanced settings of a job to create.

    Attributes:
        name (str): Job name: 1 to 64 letters, digits, underscores or hyphens.
        workspace_id (str | Unset): Workspace of the job. Default: '0'.
        description (str | Unset): Job description, 0 to 256 characters; none by default.
        annotations (TrainingJobV2MetadataRequestAnnotations | Unset): Advanced settings as key/value strings, e.g.
            `job_template: Template RL` (heterogeneous job), `fault-tolerance/job-retry-num: '3'`, `fault-tolerance/job-
            unconditional-retry: 'true'`, `fault-tolerance/hang-retry: 'true'`, `jupyter-lab/enable: 'true'`,
            `tensorboard/enable: 'true'`, `mindstudio-insight/enable: 'true'`.
    """

    name: str
    workspace_id: str | Unset = "0"
    description: str | Unset = UNSET
    annotations: TrainingJobV2MetadataRequestAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        workspace_id = self.workspace_id

        description = self.description

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_metadata_request_annotations import TrainingJobV2MetadataRequestAnnotations  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        workspace_id = d.pop("workspace_id", UNSET)

        description = d.pop("description", UNSET)

        _annotations = d.pop("annotations", UNSET)
        annotations: TrainingJobV2MetadataRequestAnnotations | Unset
        if isinstance(_annotations, Unset) or _annotations is None:
            annotations = UNSET
        else:
            annotations = TrainingJobV2MetadataRequestAnnotations.from_dict(_annotations)

        training_job_v2_metadata_request = cls(
            name,
            workspace_id,
            description,
            annotations,
        )

        training_job_v2_metadata_request.additional_properties = d
        return training_job_v2_metadata_request

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
