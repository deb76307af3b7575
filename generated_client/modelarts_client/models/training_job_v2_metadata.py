from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_metadata_annotations import TrainingJobV2MetadataAnnotations


T = TypeVar("T", bound="TrainingJobV2Metadata")


@_attrs_define
class TrainingJobV2Metadata:
    """Identity, name and description of a job.

    Attributes:
        id (str | Unset): Job ID, assigned by the service.
        name (str | Unset): Job name: 1 to 64 letters, digits, underscores or hyphens.
        workspace_id (str | Unset): Workspace of the job. Default: '0'.
        description (str | Unset): Job description, 0 to 256 characters.
        create_time (int | Unset): Creation time, Unix epoch milliseconds.
        user_name (str | Unset): User who created the job.
        annotations (TrainingJobV2MetadataAnnotations | Unset): Advanced settings as key/value strings, e.g.
            `job_template: Template RL` (heterogeneous job), `fault-tolerance/job-retry-num: '3'`, `fault-tolerance/job-
            unconditional-retry: 'true'`, `fault-tolerance/hang-retry: 'true'`, `jupyter-lab/enable: 'true'`,
            `tensorboard/enable: 'true'`, `mindstudio-insight/enable: 'true'`.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    description: str | Unset = UNSET
    create_time: int | Unset = UNSET
    user_name: str | Unset = UNSET
    annotations: TrainingJobV2MetadataAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        workspace_id = self.workspace_id

        description = self.description

        create_time = self.create_time

        user_name = self.user_name

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_metadata_annotations import TrainingJobV2MetadataAnnotations  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        description = d.pop("description", UNSET)

        create_time = d.pop("create_time", UNSET)

        user_name = d.pop("user_name", UNSET)

        _annotations = d.pop("annotations", UNSET)
        annotations: TrainingJobV2MetadataAnnotations | Unset
        if isinstance(_annotations, Unset) or _annotations is None:
            annotations = UNSET
        else:
            annotations = TrainingJobV2MetadataAnnotations.from_dict(_annotations)

        training_job_v2_metadata = cls(
            id,
            name,
            workspace_id,
            description,
            create_time,
            user_name,
            annotations,
        )

        training_job_v2_metadata.additional_properties = d
        return training_job_v2_metadata

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
