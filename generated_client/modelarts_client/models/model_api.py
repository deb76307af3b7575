from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_api_input_params import ModelApiInputParams
    from ..models.model_api_output_params import ModelApiOutputParams


T = TypeVar("T", bound="ModelApi")


@_attrs_define
class ModelApi:
    """One API of a model with the JSON Schemas of its input and output (known only from the
    import sample request).

        Attributes:
            url (str | Unset): API URL.
            protocol (str | Unset): Request protocol.
            method (str | Unset): Request method.
            input_params (ModelApiInputParams | Unset): JSON Schema of the request body.
            output_params (ModelApiOutputParams | Unset): JSON Schema of the response body.
    """

    url: str | Unset = UNSET
    protocol: str | Unset = UNSET
    method: str | Unset = UNSET
    input_params: ModelApiInputParams | Unset = UNSET
    output_params: ModelApiOutputParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        protocol = self.protocol

        method = self.method

        input_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = self.input_params.to_dict()

        output_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_params, Unset):
            output_params = self.output_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if method is not UNSET:
            field_dict["method"] = method
        if input_params is not UNSET:
            field_dict["input_params"] = input_params
        if output_params is not UNSET:
            field_dict["output_params"] = output_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_api_input_params import ModelApiInputParams  # noqa: PLC0415
        from ..models.model_api_output_params import ModelApiOutputParams  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        protocol = d.pop("protocol", UNSET)

        method = d.pop("method", UNSET)

        _input_params = d.pop("input_params", UNSET)
        input_params: ModelApiInputParams | Unset
        if isinstance(_input_params, Unset) or _input_params is None:
            input_params = UNSET
        else:
            input_params = ModelApiInputParams.from_dict(_input_params)

        _output_params = d.pop("output_params", UNSET)
        output_params: ModelApiOutputParams | Unset
        if isinstance(_output_params, Unset) or _output_params is None:
            output_params = UNSET
        else:
            output_params = ModelApiOutputParams.from_dict(_output_params)

        model_api = cls(
            url,
            protocol,
            method,
            input_params,
            output_params,
        )

        model_api.additional_properties = d
        return model_api

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
