from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_docker_params import DevEnvDockerParams


T = TypeVar("T", bound="DevEnvProvisionSpec")


@_attrs_define
class DevEnvProvisionSpec:
    """Deployment details.

    Attributes:
        engine (str | Unset): Deployment engine; only CCE at present.
        params (DevEnvDockerParams | Unset): Docker deployment parameters.
    """

    engine: str | Unset = UNSET
    params: DevEnvDockerParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engine = self.engine

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine is not UNSET:
            field_dict["engine"] = engine
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_docker_params import DevEnvDockerParams  # noqa: PLC0415

        d = dict(src_dict)
        engine = d.pop("engine", UNSET)

        _params = d.pop("params", UNSET)
        params: DevEnvDockerParams | Unset
        if isinstance(_params, Unset) or _params is None:
            params = UNSET
        else:
            params = DevEnvDockerParams.from_dict(_params)

        dev_env_provision_spec = cls(
            engine,
            params,
        )

        dev_env_provision_spec.additional_properties = d
        return dev_env_provision_spec

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
