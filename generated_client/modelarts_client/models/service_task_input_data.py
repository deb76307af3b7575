from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_task_input_data_headers import ServiceTaskInputDataHeaders
    from ..models.service_task_input_data_tag_item import ServiceTaskInputDataTagItem


T = TypeVar("T", bound="ServiceTaskInputData")


@_attrs_define
class ServiceTaskInputData:
    """One input of a task. The fields used depend on the input type: vis takes `stream_name`; obs
    takes `bucket` and `path`; url takes `url`; restful takes `url`, `certificate_check`,
    `rtsp_path_in_response` and optionally `headers`; vcn takes `device_id` and optionally
    `stream_type`; edgecamera takes `id`. Some services also need `node_id` (restful, vcn).

        Attributes:
            stream_name (str | Unset): VIS stream name (vis input).
            bucket (str | Unset): OBS bucket (obs input).
            path (str | Unset): OBS path (obs input).
            url (str | Unset): File or stream URL (url input), or the URL of the RESTful call that returns the stream
                address (restful input). At most 1000 characters.
            headers (ServiceTaskInputDataHeaders | Unset): Headers sent with the RESTful call (restful input, optional), at
                most 10.
            certificate_check (bool | Unset): Whether the HTTPS certificate of the RESTful call is verified (restful input).
            rtsp_path_in_response (str | Unset): Where the stream address sits in the RESTful call's answer (restful input),
                at most 1024 characters.
            node_id (str | Unset): Edge node ID; needed by some services for restful and vcn input.
            device_id (str | Unset): VCN device ID (vcn input).
            stream_type (int | Unset): Stream analysed (vcn input, optional), 1 primary stream, 2 secondary stream 1, 3
                secondary stream 2.
            id (str | Unset): ID of the edge camera (edgecamera input).
            camera_type (str | Unset): Camera type, `ipc` for an IP camera (ModelArts Edge).
            tag (list[ServiceTaskInputDataTagItem] | Unset): Camera tags, needed when camera_type is ipc (ModelArts Edge).
    """

    stream_name: str | Unset = UNSET
    bucket: str | Unset = UNSET
    path: str | Unset = UNSET
    url: str | Unset = UNSET
    headers: ServiceTaskInputDataHeaders | Unset = UNSET
    certificate_check: bool | Unset = UNSET
    rtsp_path_in_response: str | Unset = UNSET
    node_id: str | Unset = UNSET
    device_id: str | Unset = UNSET
    stream_type: int | Unset = UNSET
    id: str | Unset = UNSET
    camera_type: str | Unset = UNSET
    tag: list[ServiceTaskInputDataTagItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream_name = self.stream_name

        bucket = self.bucket

        path = self.path

        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        certificate_check = self.certificate_check

        rtsp_path_in_response = self.rtsp_path_in_response

        node_id = self.node_id

        device_id = self.device_id

        stream_type = self.stream_type

        id = self.id

        camera_type = self.camera_type

        tag: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = []
            for tag_item_data in self.tag:
                tag_item = tag_item_data.to_dict()
                tag.append(tag_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stream_name is not UNSET:
            field_dict["stream_name"] = stream_name
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if path is not UNSET:
            field_dict["path"] = path
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if certificate_check is not UNSET:
            field_dict["certificate_check"] = certificate_check
        if rtsp_path_in_response is not UNSET:
            field_dict["rtsp_path_in_response"] = rtsp_path_in_response
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if stream_type is not UNSET:
            field_dict["stream_type"] = stream_type
        if id is not UNSET:
            field_dict["id"] = id
        if camera_type is not UNSET:
            field_dict["camera_type"] = camera_type
        if tag is not UNSET:
            field_dict["tag"] = tag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_task_input_data_headers import ServiceTaskInputDataHeaders  # noqa: PLC0415
        from ..models.service_task_input_data_tag_item import ServiceTaskInputDataTagItem  # noqa: PLC0415

        d = dict(src_dict)
        stream_name = d.pop("stream_name", UNSET)

        bucket = d.pop("bucket", UNSET)

        path = d.pop("path", UNSET)

        url = d.pop("url", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ServiceTaskInputDataHeaders | Unset
        if isinstance(_headers, Unset) or _headers is None:
            headers = UNSET
        else:
            headers = ServiceTaskInputDataHeaders.from_dict(_headers)

        certificate_check = d.pop("certificate_check", UNSET)

        rtsp_path_in_response = d.pop("rtsp_path_in_response", UNSET)

        node_id = d.pop("node_id", UNSET)

        device_id = d.pop("device_id", UNSET)

        stream_type = d.pop("stream_type", UNSET)

        id = d.pop("id", UNSET)

        camera_type = d.pop("camera_type", UNSET)

        _tag = d.pop("tag", UNSET)
        tag: list[ServiceTaskInputDataTagItem] | Unset = UNSET
        if _tag is not UNSET and _tag is not None:
            tag = []
            for tag_item_data in _tag:
                tag_item = ServiceTaskInputDataTagItem.from_dict(tag_item_data)

                tag.append(tag_item)

        service_task_input_data = cls(
            stream_name,
            bucket,
            path,
            url,
            headers,
            certificate_check,
            rtsp_path_in_response,
            node_id,
            device_id,
            stream_type,
            id,
            camera_type,
            tag,
        )

        service_task_input_data.additional_properties = d
        return service_task_input_data

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
