from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_docker_annotations import DevEnvDockerAnnotations


T = TypeVar("T", bound="DevEnvDockerParams")


@_attrs_define
class DevEnvDockerParams:
    """Docker deployment parameters.

    Attributes:
        namespace (str | Unset): SWR organization (globally unique) holding the image.
        image_name (str | Unset): Image name.
        image_tag (str | Unset): Image tag.
        annotations (DevEnvDockerAnnotations | None | Unset): Free-form labels of the image; often null.
    """

    namespace: str | Unset = UNSET
    image_name: str | Unset = UNSET
    image_tag: str | Unset = UNSET
    annotations: DevEnvDockerAnnotations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dev_env_docker_annotations import DevEnvDockerAnnotations  # noqa: PLC0415

        namespace = self.namespace

        image_name = self.image_name

        image_tag = self.image_tag

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, DevEnvDockerAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if image_name is not UNSET:
            field_dict["image_name"] = image_name
        if image_tag is not UNSET:
            field_dict["image_tag"] = image_tag
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_docker_annotations import DevEnvDockerAnnotations  # noqa: PLC0415

        d = dict(src_dict)
        namespace = d.pop("namespace", UNSET)

        image_name = d.pop("image_name", UNSET)

        image_tag = d.pop("image_tag", UNSET)

        def _parse_annotations(data: object) -> DevEnvDockerAnnotations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = DevEnvDockerAnnotations.from_dict(data)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevEnvDockerAnnotations | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        dev_env_docker_params = cls(
            namespace,
            image_name,
            image_tag,
            annotations,
        )

        dev_env_docker_params.additional_properties = d
        return dev_env_docker_params

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
