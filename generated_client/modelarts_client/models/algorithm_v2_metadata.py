from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2_metadata_tags_type_0_item import AlgorithmV2MetadataTagsType0Item


T = TypeVar("T", bound="AlgorithmV2Metadata")


@_attrs_define
class AlgorithmV2Metadata:
    """Basic information of an algorithm, as answered.

    Attributes:
        id (str | Unset): Algorithm ID (a UUID).
        name (str | Unset): Algorithm name: 1 to 64 letters, digits, underscores or hyphens.
        description (str | Unset): Algorithm description, 0 to 256 characters.
        workspace_id (str | Unset): Workspace of the algorithm; 0 is the default workspace.
        ai_project (str | Unset): AI project of the algorithm (retired; default-ai-project).
        user_name (str | Unset): Name of the user who owns the algorithm.
        domain_id (str | Unset): Domain (account) ID of the owner.
        source (str | Unset): Where the algorithm comes from, e.g. custom.
        api_version (str | Unset): Algorithm API version, telling old-style from new-style algorithms.
        is_valid (bool | Unset): Whether the algorithm can be used.
        state (str | Unset): Algorithm state.
        tags (list[AlgorithmV2MetadataTagsType0Item] | None | Unset): Algorithm tags; null when there are none.
        attr_list (list[str] | None | Unset): Algorithm attributes; null when there are none.
        version_num (int | Unset): Number of versions of the algorithm; 0 by default.
        size (int | Unset): Algorithm size.
        create_time (int | Unset): Creation time, Unix epoch milliseconds.
        update_time (int | Unset): Last update time, Unix epoch milliseconds; 0 if never updated.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    ai_project: str | Unset = UNSET
    user_name: str | Unset = UNSET
    domain_id: str | Unset = UNSET
    source: str | Unset = UNSET
    api_version: str | Unset = UNSET
    is_valid: bool | Unset = UNSET
    state: str | Unset = UNSET
    tags: list[AlgorithmV2MetadataTagsType0Item] | None | Unset = UNSET
    attr_list: list[str] | None | Unset = UNSET
    version_num: int | Unset = UNSET
    size: int | Unset = UNSET
    create_time: int | Unset = UNSET
    update_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        workspace_id = self.workspace_id

        ai_project = self.ai_project

        user_name = self.user_name

        domain_id = self.domain_id

        source = self.source

        api_version = self.api_version

        is_valid = self.is_valid

        state = self.state

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        attr_list: list[str] | None | Unset
        if isinstance(self.attr_list, Unset):
            attr_list = UNSET
        elif isinstance(self.attr_list, list):
            attr_list = self.attr_list

        else:
            attr_list = self.attr_list

        version_num = self.version_num

        size = self.size

        create_time = self.create_time

        update_time = self.update_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if source is not UNSET:
            field_dict["source"] = source
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if attr_list is not UNSET:
            field_dict["attr_list"] = attr_list
        if version_num is not UNSET:
            field_dict["version_num"] = version_num
        if size is not UNSET:
            field_dict["size"] = size
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.algorithm_v2_metadata_tags_type_0_item import AlgorithmV2MetadataTagsType0Item  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        ai_project = d.pop("ai_project", UNSET)

        user_name = d.pop("user_name", UNSET)

        domain_id = d.pop("domain_id", UNSET)

        source = d.pop("source", UNSET)

        api_version = d.pop("api_version", UNSET)

        is_valid = d.pop("is_valid", UNSET)

        state = d.pop("state", UNSET)

        def _parse_tags(data: object) -> list[AlgorithmV2MetadataTagsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = AlgorithmV2MetadataTagsType0Item.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlgorithmV2MetadataTagsType0Item] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_attr_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attr_list_type_0 = cast(list[str], data)

                return attr_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        attr_list = _parse_attr_list(d.pop("attr_list", UNSET))

        version_num = d.pop("version_num", UNSET)

        size = d.pop("size", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        algorithm_v2_metadata = cls(
            id,
            name,
            description,
            workspace_id,
            ai_project,
            user_name,
            domain_id,
            source,
            api_version,
            is_valid,
            state,
            tags,
            attr_list,
            version_num,
            size,
            create_time,
            update_time,
        )

        algorithm_v2_metadata.additional_properties = d
        return algorithm_v2_metadata

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
