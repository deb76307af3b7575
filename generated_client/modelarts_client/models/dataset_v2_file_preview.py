from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_v2_file_preview_tags import DatasetV2FilePreviewTags


T = TypeVar("T", bound="DatasetV2FilePreview")


@_attrs_define
class DatasetV2FilePreview:
    """A preview sample of a dataset, as listed by `list_datasets_v2` with `file_preview=true`.

    Attributes:
        file_id (str | Unset): Sample ID.
        file_name (str | Unset): Sample name (the field name is spelled with a capital N).
        file_type (str | Unset): File type.
        dataset_id (str | Unset): Dataset ID.
        url (str | Unset): Signed OBS URL of the preview sample.
        size (int | Unset): Size of the image sample.
        width (int | Unset): Width of the image sample.
        height (int | Unset): Height of the image sample.
        depth (int | Unset): Number of channels of the image sample.
        tags (DatasetV2FilePreviewTags | Unset): Label information of the sample.
        create_time (int | Unset): When the sample was created, Unix epoch milliseconds.
    """

    file_id: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_type: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    url: str | Unset = UNSET
    size: int | Unset = UNSET
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    depth: int | Unset = UNSET
    tags: DatasetV2FilePreviewTags | Unset = UNSET
    create_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        file_name = self.file_name

        file_type = self.file_type

        dataset_id = self.dataset_id

        url = self.url

        size = self.size

        width = self.width

        height = self.height

        depth = self.depth

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        create_time = self.create_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_name is not UNSET:
            field_dict["file_Name"] = file_name
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if url is not UNSET:
            field_dict["url"] = url
        if size is not UNSET:
            field_dict["size"] = size
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if depth is not UNSET:
            field_dict["depth"] = depth
        if tags is not UNSET:
            field_dict["tags"] = tags
        if create_time is not UNSET:
            field_dict["create_time"] = create_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dataset_v2_file_preview_tags import DatasetV2FilePreviewTags  # noqa: PLC0415

        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        file_name = d.pop("file_Name", UNSET)

        file_type = d.pop("file_type", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        url = d.pop("url", UNSET)

        size = d.pop("size", UNSET)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        depth = d.pop("depth", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: DatasetV2FilePreviewTags | Unset
        if isinstance(_tags, Unset) or _tags is None:
            tags = UNSET
        else:
            tags = DatasetV2FilePreviewTags.from_dict(_tags)

        create_time = d.pop("create_time", UNSET)

        dataset_v2_file_preview = cls(
            file_id,
            file_name,
            file_type,
            dataset_id,
            url,
            size,
            width,
            height,
            depth,
            tags,
            create_time,
        )

        dataset_v2_file_preview.additional_properties = d
        return dataset_v2_file_preview

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
