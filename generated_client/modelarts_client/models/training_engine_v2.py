from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_engine_v2_image_info import TrainingEngineV2ImageInfo


T = TypeVar("T", bound="TrainingEngineV2")


@_attrs_define
class TrainingEngineV2:
    """One preset AI engine (framework and version).

    Attributes:
        engine_id (str | Unset): Engine ID, e.g. caffe-1.0.0-python2.7.
        engine_name (str | Unset): Framework name, e.g. Caffe.
        engine_version (str | Unset): Engine version; one name can have several.
        v1_compatible (bool | Unset): Whether the engine runs in v1 compatibility mode.
        run_user (str | Unset): UID the engine starts as by default; empty in the samples for v1-compatible engines.
        image_info (TrainingEngineV2ImageInfo | Unset): Images of an engine.
    """

    engine_id: str | Unset = UNSET
    engine_name: str | Unset = UNSET
    engine_version: str | Unset = UNSET
    v1_compatible: bool | Unset = UNSET
    run_user: str | Unset = UNSET
    image_info: TrainingEngineV2ImageInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine_id = self.engine_id

        engine_name = self.engine_name

        engine_version = self.engine_version

        v1_compatible = self.v1_compatible

        run_user = self.run_user

        image_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_info, Unset):
            image_info = self.image_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine_id is not UNSET:
            field_dict["engine_id"] = engine_id
        if engine_name is not UNSET:
            field_dict["engine_name"] = engine_name
        if engine_version is not UNSET:
            field_dict["engine_version"] = engine_version
        if v1_compatible is not UNSET:
            field_dict["v1_compatible"] = v1_compatible
        if run_user is not UNSET:
            field_dict["run_user"] = run_user
        if image_info is not UNSET:
            field_dict["image_info"] = image_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_engine_v2_image_info import TrainingEngineV2ImageInfo  # noqa: PLC0415

        d = dict(src_dict)
        engine_id = d.pop("engine_id", UNSET)

        engine_name = d.pop("engine_name", UNSET)

        engine_version = d.pop("engine_version", UNSET)

        v1_compatible = d.pop("v1_compatible", UNSET)

        run_user = d.pop("run_user", UNSET)

        _image_info = d.pop("image_info", UNSET)
        image_info: TrainingEngineV2ImageInfo | Unset
        if isinstance(_image_info, Unset) or _image_info is None:
            image_info = UNSET
        else:
            image_info = TrainingEngineV2ImageInfo.from_dict(_image_info)

        training_engine_v2 = cls(
            engine_id,
            engine_name,
            engine_version,
            v1_compatible,
            run_user,
            image_info,
        )

        training_engine_v2.additional_properties = d
        return training_engine_v2

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
