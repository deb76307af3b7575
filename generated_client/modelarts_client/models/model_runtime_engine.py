from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_runtime_engine_arch_item import ModelRuntimeEngineArchItem
from ..models.model_runtime_engine_image_source_item import ModelRuntimeEngineImageSourceItem
from ..models.model_runtime_engine_request_mode_item import ModelRuntimeEngineRequestModeItem
from ..models.model_runtime_engine_status_list_item import ModelRuntimeEngineStatusListItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_runtime_accelerator import ModelRuntimeAccelerator


T = TypeVar("T", bound="ModelRuntimeEngine")


@_attrs_define
class ModelRuntimeEngine:
    """One AI engine and its runtimes. The arrays are parallel: entry i of `request_mode`,
    `accelerators`, `arch`, `status_list` and `image_source` describes `runtimes[i]`.

        Attributes:
            ai_engine (str | Unset): AI engine, e.g. TensorFlow, PyTorch, MindSpore, XGBoost, Scikit_Learn, Spark_MLlib or
                Custom.
            runtimes (list[str] | Unset): Runtime image names, e.g. pytorch_1.8.0-cuda_10.2-py_3.7-ubuntu_18.04-x86_64.
            request_mode (list[ModelRuntimeEngineRequestModeItem] | Unset): Kind of real-time service each runtime supports,
                `sync` or `async`.
            accelerators (list[ModelRuntimeAccelerator] | Unset): Accelerator card each runtime uses.
            arch (list[ModelRuntimeEngineArchItem] | Unset): CPU architecture of each runtime.
            status_list (list[ModelRuntimeEngineStatusListItem] | Unset): Status of each runtime: `normal`, `deleting` or
                `deleted`.
            image_source (list[ModelRuntimeEngineImageSourceItem] | Unset): Where each runtime image comes from,
                `base_image` or `uniform_image`.
    """

    ai_engine: str | Unset = UNSET
    runtimes: list[str] | Unset = UNSET
    request_mode: list[ModelRuntimeEngineRequestModeItem] | Unset = UNSET
    accelerators: list[ModelRuntimeAccelerator] | Unset = UNSET
    arch: list[ModelRuntimeEngineArchItem] | Unset = UNSET
    status_list: list[ModelRuntimeEngineStatusListItem] | Unset = UNSET
    image_source: list[ModelRuntimeEngineImageSourceItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_engine = self.ai_engine

        runtimes: list[str] | Unset = UNSET
        if not isinstance(self.runtimes, Unset):
            runtimes = self.runtimes

        request_mode: list[str] | Unset = UNSET
        if not isinstance(self.request_mode, Unset):
            request_mode = []
            for request_mode_item_data in self.request_mode:
                request_mode_item = request_mode_item_data.value
                request_mode.append(request_mode_item)

        accelerators: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.accelerators, Unset):
            accelerators = []
            for accelerators_item_data in self.accelerators:
                accelerators_item = accelerators_item_data.to_dict()
                accelerators.append(accelerators_item)

        arch: list[str] | Unset = UNSET
        if not isinstance(self.arch, Unset):
            arch = []
            for arch_item_data in self.arch:
                arch_item = arch_item_data.value
                arch.append(arch_item)

        status_list: list[str] | Unset = UNSET
        if not isinstance(self.status_list, Unset):
            status_list = []
            for status_list_item_data in self.status_list:
                status_list_item = status_list_item_data.value
                status_list.append(status_list_item)

        image_source: list[str] | Unset = UNSET
        if not isinstance(self.image_source, Unset):
            image_source = []
            for image_source_item_data in self.image_source:
                image_source_item = image_source_item_data.value
                image_source.append(image_source_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_engine is not UNSET:
            field_dict["ai_engine"] = ai_engine
        if runtimes is not UNSET:
            field_dict["runtimes"] = runtimes
        if request_mode is not UNSET:
            field_dict["request_mode"] = request_mode
        if accelerators is not UNSET:
            field_dict["accelerators"] = accelerators
        if arch is not UNSET:
            field_dict["arch"] = arch
        if status_list is not UNSET:
            field_dict["status_list"] = status_list
        if image_source is not UNSET:
            field_dict["image_source"] = image_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_runtime_accelerator import ModelRuntimeAccelerator  # noqa: PLC0415

        d = dict(src_dict)
        ai_engine = d.pop("ai_engine", UNSET)

        runtimes = cast(list[str], d.pop("runtimes", UNSET))

        _request_mode = d.pop("request_mode", UNSET)
        request_mode: list[ModelRuntimeEngineRequestModeItem] | Unset = UNSET
        if _request_mode is not UNSET and _request_mode is not None:
            request_mode = []
            for request_mode_item_data in _request_mode:
                request_mode_item = ModelRuntimeEngineRequestModeItem.from_json(request_mode_item_data)

                request_mode.append(request_mode_item)

        _accelerators = d.pop("accelerators", UNSET)
        accelerators: list[ModelRuntimeAccelerator] | Unset = UNSET
        if _accelerators is not UNSET and _accelerators is not None:
            accelerators = []
            for accelerators_item_data in _accelerators:
                accelerators_item = ModelRuntimeAccelerator.from_dict(accelerators_item_data)

                accelerators.append(accelerators_item)

        _arch = d.pop("arch", UNSET)
        arch: list[ModelRuntimeEngineArchItem] | Unset = UNSET
        if _arch is not UNSET and _arch is not None:
            arch = []
            for arch_item_data in _arch:
                arch_item = ModelRuntimeEngineArchItem.from_json(arch_item_data)

                arch.append(arch_item)

        _status_list = d.pop("status_list", UNSET)
        status_list: list[ModelRuntimeEngineStatusListItem] | Unset = UNSET
        if _status_list is not UNSET and _status_list is not None:
            status_list = []
            for status_list_item_data in _status_list:
                status_list_item = ModelRuntimeEngineStatusListItem.from_json(status_list_item_data)

                status_list.append(status_list_item)

        _image_source = d.pop("image_source", UNSET)
        image_source: list[ModelRuntimeEngineImageSourceItem] | Unset = UNSET
        if _image_source is not UNSET and _image_source is not None:
            image_source = []
            for image_source_item_data in _image_source:
                image_source_item = ModelRuntimeEngineImageSourceItem.from_json(image_source_item_data)

                image_source.append(image_source_item)

        model_runtime_engine = cls(
            ai_engine,
            runtimes,
            request_mode,
            accelerators,
            arch,
            status_list,
            image_source,
        )

        model_runtime_engine.additional_properties = d
        return model_runtime_engine

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
