from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_health_check_method import ModelHealthCheckMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelHealth")


@_attrs_define
class ModelHealth:
    """Health check of a model, as given at import and returned in the details.

    Attributes:
        url (str | Unset): URL of the health check interface.
        protocol (str | Unset): Protocol of the health check interface; currently only HTTP (written `http` in the
            samples).
        initial_delay_seconds (str | Unset): Seconds after an instance starts before health checks begin.
        timeout_seconds (str | Unset): Health check timeout.
        period_seconds (str | Unset): Seconds between two health checks.
        failure_threshold (str | Unset): Number of failed health checks after which the instance counts as unhealthy.
        check_method (ModelHealthCheckMethod | Unset): How the check is made, `HTTP` (a request to url) or `EXEC`
            (running command).
        command (str | Unset): Command run by an EXEC check; its words are separated by spaces.
    """

    url: str | Unset = UNSET
    protocol: str | Unset = UNSET
    initial_delay_seconds: str | Unset = UNSET
    timeout_seconds: str | Unset = UNSET
    period_seconds: str | Unset = UNSET
    failure_threshold: str | Unset = UNSET
    check_method: ModelHealthCheckMethod | Unset = UNSET
    command: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        protocol = self.protocol

        initial_delay_seconds = self.initial_delay_seconds

        timeout_seconds = self.timeout_seconds

        period_seconds = self.period_seconds

        failure_threshold = self.failure_threshold

        check_method: str | Unset = UNSET
        if not isinstance(self.check_method, Unset):
            check_method = self.check_method.value

        command = self.command

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if initial_delay_seconds is not UNSET:
            field_dict["initial_delay_seconds"] = initial_delay_seconds
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if period_seconds is not UNSET:
            field_dict["period_seconds"] = period_seconds
        if failure_threshold is not UNSET:
            field_dict["failure_threshold"] = failure_threshold
        if check_method is not UNSET:
            field_dict["check_method"] = check_method
        if command is not UNSET:
            field_dict["command"] = command

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        protocol = d.pop("protocol", UNSET)

        initial_delay_seconds = d.pop("initial_delay_seconds", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        period_seconds = d.pop("period_seconds", UNSET)

        failure_threshold = d.pop("failure_threshold", UNSET)

        _check_method = d.pop("check_method", UNSET)
        check_method: ModelHealthCheckMethod | Unset
        if isinstance(_check_method, Unset):
            check_method = UNSET
        else:
            check_method = ModelHealthCheckMethod.from_json(_check_method)

        command = d.pop("command", UNSET)

        model_health = cls(
            url,
            protocol,
            initial_delay_seconds,
            timeout_seconds,
            period_seconds,
            failure_threshold,
            check_method,
            command,
        )

        model_health.additional_properties = d
        return model_health

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
