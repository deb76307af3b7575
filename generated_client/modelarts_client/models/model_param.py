from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_param_method import ModelParamMethod
from ..models.model_param_param_type import ModelParamParamType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelParam")


@_attrs_define
class ModelParam:
    """One input or output parameter of a model API.

    Attributes:
        url (str | Unset): API URL.
        method (ModelParamMethod | Unset): Request method.
        protocol (str | Unset): Request protocol.
        param_name (str | Unset): Parameter name, 64 characters at most recommended.
        param_type (ModelParamParamType | Unset): Parameter type. The tables list int, string, float, timestamp, date
            and file; the
            samples also use box and object, so those are included.
        min_ (float | Unset): Lower bound, for param_type int or float only.
        max_ (float | Unset): Upper bound, for param_type int or float only.
        param_desc (str | Unset): Parameter description, 100 characters at most recommended.
    """

    url: str | Unset = UNSET
    method: ModelParamMethod | Unset = UNSET
    protocol: str | Unset = UNSET
    param_name: str | Unset = UNSET
    param_type: ModelParamParamType | Unset = UNSET
    min_: float | Unset = UNSET
    max_: float | Unset = UNSET
    param_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        protocol = self.protocol

        param_name = self.param_name

        param_type: str | Unset = UNSET
        if not isinstance(self.param_type, Unset):
            param_type = self.param_type.value

        min_ = self.min_

        max_ = self.max_

        param_desc = self.param_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if param_name is not UNSET:
            field_dict["param_name"] = param_name
        if param_type is not UNSET:
            field_dict["param_type"] = param_type
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if param_desc is not UNSET:
            field_dict["param_desc"] = param_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _method = d.pop("method", UNSET)
        method: ModelParamMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = ModelParamMethod.from_json(_method)

        protocol = d.pop("protocol", UNSET)

        param_name = d.pop("param_name", UNSET)

        _param_type = d.pop("param_type", UNSET)
        param_type: ModelParamParamType | Unset
        if isinstance(_param_type, Unset):
            param_type = UNSET
        else:
            param_type = ModelParamParamType.from_json(_param_type)

        min_ = d.pop("min", UNSET)

        max_ = d.pop("max", UNSET)

        param_desc = d.pop("param_desc", UNSET)

        model_param = cls(
            url,
            method,
            protocol,
            param_name,
            param_type,
            min_,
            max_,
            param_desc,
        )

        model_param.additional_properties = d
        return model_param

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
