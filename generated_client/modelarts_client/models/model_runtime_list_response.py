from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_runtime_engine import ModelRuntimeEngine


T = TypeVar("T", bound="ModelRuntimeListResponse")


@_attrs_define
class ModelRuntimeListResponse:
    """Answer of `list_model_runtimes`.

    Attributes:
        count (int | Unset): Number of engines over all pages (the reference, read as written; see the errata).
        total_count (int | Unset): Number of engines in this answer (the reference, read as written; see the errata).
        engine_runtimes (list[ModelRuntimeEngine] | Unset): The engines.
    """

    count: int | Unset = UNSET
    total_count: int | Unset = UNSET
    engine_runtimes: list[ModelRuntimeEngine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        total_count = self.total_count

        engine_runtimes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.engine_runtimes, Unset):
            engine_runtimes = []
            for engine_runtimes_item_data in self.engine_runtimes:
                engine_runtimes_item = engine_runtimes_item_data.to_dict()
                engine_runtimes.append(engine_runtimes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if total_count is not UNSET:
            field_dict["total_count"] = total_count
        if engine_runtimes is not UNSET:
            field_dict["engine_runtimes"] = engine_runtimes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_runtime_engine import ModelRuntimeEngine  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        total_count = d.pop("total_count", UNSET)

        _engine_runtimes = d.pop("engine_runtimes", UNSET)
        engine_runtimes: list[ModelRuntimeEngine] | Unset = UNSET
        if _engine_runtimes is not UNSET and _engine_runtimes is not None:
            engine_runtimes = []
            for engine_runtimes_item_data in _engine_runtimes:
                engine_runtimes_item = ModelRuntimeEngine.from_dict(engine_runtimes_item_data)

                engine_runtimes.append(engine_runtimes_item)

        model_runtime_list_response = cls(
            count,
            total_count,
            engine_runtimes,
        )

        model_runtime_list_response.additional_properties = d
        return model_runtime_list_response

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
