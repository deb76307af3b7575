from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_task_input_type import ServiceTaskInputType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task_input_data import ServiceTaskInputData
    from ..models.service_task_input_vcn import ServiceTaskInputVcn


T = TypeVar("T", bound="ServiceTaskInput")


@_attrs_define
class ServiceTaskInput:
    """Where the task reads its data, as given at creation, without the VCN password.

    Attributes:
        type_ (ServiceTaskInputType | Unset): Input type. `restful`: the stream URL is fetched from a custom media
            server through a RESTful
            call; `url`: a file or stream URL; `edgecamera`: a camera attached to an IEF edge node; `vcn`: a
            VCN device; `obs`: files in OBS (IEF only); `vis`: a VIS video stream (IEF only).
        data (list[ServiceTaskInputData] | Unset): The inputs.
        vcn (ServiceTaskInputVcn | Unset): VCN server the task reads from. The password is never returned.
    """

    type_: ServiceTaskInputType | Unset = UNSET
    data: list[ServiceTaskInputData] | Unset = UNSET
    vcn: ServiceTaskInputVcn | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        vcn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vcn, Unset):
            vcn = self.vcn.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if vcn is not UNSET:
            field_dict["vcn"] = vcn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_task_input_data import ServiceTaskInputData  # noqa: PLC0415
        from ..models.service_task_input_vcn import ServiceTaskInputVcn  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ServiceTaskInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ServiceTaskInputType.from_json(_type_)

        _data = d.pop("data", UNSET)
        data: list[ServiceTaskInputData] | Unset = UNSET
        if _data is not UNSET and _data is not None:
            data = []
            for data_item_data in _data:
                data_item = ServiceTaskInputData.from_dict(data_item_data)

                data.append(data_item)

        _vcn = d.pop("vcn", UNSET)
        vcn: ServiceTaskInputVcn | Unset
        if isinstance(_vcn, Unset) or _vcn is None:
            vcn = UNSET
        else:
            vcn = ServiceTaskInputVcn.from_dict(_vcn)

        service_task_input = cls(
            type_,
            data,
            vcn,
        )

        service_task_input.additional_properties = d
        return service_task_input

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
