from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgorithmV2MetadataSpec")


@_attrs_define
class AlgorithmV2MetadataSpec:
    """Basic information of an algorithm, as sent on create and update.

    Attributes:
        name (str): Algorithm name: 1 to 64 letters, digits, underscores or hyphens.
        id (str | Unset): Algorithm ID (a UUID); leave it out when creating.
        description (str | Unset): Algorithm description, 0 to 256 characters; none by default.
        workspace_id (str | Unset): Workspace of the algorithm; 0 is the default workspace. Default: '0'.
        ai_project (str | Unset): AI project of the algorithm; AI projects are retired, so this is ignored. Default:
            'default-ai-project'.
    """

    name: str
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    ai_project: str | Unset = "default-ai-project"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        description = self.description

        workspace_id = self.workspace_id

        ai_project = self.ai_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        ai_project = d.pop("ai_project", UNSET)

        algorithm_v2_metadata_spec = cls(
            name,
            id,
            description,
            workspace_id,
            ai_project,
        )

        algorithm_v2_metadata_spec.additional_properties = d
        return algorithm_v2_metadata_spec

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
