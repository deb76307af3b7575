from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_log_volume import ServiceLogVolume
    from ..models.service_persistent_volume import ServicePersistentVolume


T = TypeVar("T", bound="ServiceModelAdditionalProperties")


@_attrs_define
class ServiceModelAdditionalProperties:
    """Extra deployment attributes of one model of a service (rolling upgrade, graceful stop, mounted volumes). Other keys
    are kept as given.

        Attributes:
            log_volume (list[ServiceLogVolume] | Unset): Host directories mounted for logs. Dedicated resource pools only;
                refused in the public pool.
            max_surge (float | Unset): Rolling upgrade: instances added at a time, as a fraction of the instances when below
                1, as a count otherwise. Greater than 0; the service uses 1 when it is not set.
            max_unavailable (float | Unset): Rolling upgrade: instances that may be down at a time, as a fraction when below
                1, as a count otherwise. The service uses 0 when it is not set.
            termination_grace_period_seconds (int | Unset): Seconds a container is given to stop gracefully.
            persistent_volumes (list[ServicePersistentVolume] | Unset): Persistent storage mounted into the containers.
    """

    log_volume: list[ServiceLogVolume] | Unset = UNSET
    max_surge: float | Unset = UNSET
    max_unavailable: float | Unset = UNSET
    termination_grace_period_seconds: int | Unset = UNSET
    persistent_volumes: list[ServicePersistentVolume] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_volume: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.log_volume, Unset):
            log_volume = []
            for log_volume_item_data in self.log_volume:
                log_volume_item = log_volume_item_data.to_dict()
                log_volume.append(log_volume_item)

        max_surge = self.max_surge

        max_unavailable = self.max_unavailable

        termination_grace_period_seconds = self.termination_grace_period_seconds

        persistent_volumes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.persistent_volumes, Unset):
            persistent_volumes = []
            for persistent_volumes_item_data in self.persistent_volumes:
                persistent_volumes_item = persistent_volumes_item_data.to_dict()
                persistent_volumes.append(persistent_volumes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_volume is not UNSET:
            field_dict["log_volume"] = log_volume
        if max_surge is not UNSET:
            field_dict["max_surge"] = max_surge
        if max_unavailable is not UNSET:
            field_dict["max_unavailable"] = max_unavailable
        if termination_grace_period_seconds is not UNSET:
            field_dict["termination_grace_period_seconds"] = termination_grace_period_seconds
        if persistent_volumes is not UNSET:
            field_dict["persistent_volumes"] = persistent_volumes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.service_log_volume import ServiceLogVolume  # noqa: PLC0415
        from ..models.service_persistent_volume import ServicePersistentVolume  # noqa: PLC0415

        d = dict(src_dict)
        _log_volume = d.pop("log_volume", UNSET)
        log_volume: list[ServiceLogVolume] | Unset = UNSET
        if _log_volume is not UNSET and _log_volume is not None:
            log_volume = []
            for log_volume_item_data in _log_volume:
                log_volume_item = ServiceLogVolume.from_dict(log_volume_item_data)

                log_volume.append(log_volume_item)

        max_surge = d.pop("max_surge", UNSET)

        max_unavailable = d.pop("max_unavailable", UNSET)

        termination_grace_period_seconds = d.pop("termination_grace_period_seconds", UNSET)

        _persistent_volumes = d.pop("persistent_volumes", UNSET)
        persistent_volumes: list[ServicePersistentVolume] | Unset = UNSET
        if _persistent_volumes is not UNSET and _persistent_volumes is not None:
            persistent_volumes = []
            for persistent_volumes_item_data in _persistent_volumes:
                persistent_volumes_item = ServicePersistentVolume.from_dict(persistent_volumes_item_data)

                persistent_volumes.append(persistent_volumes_item)

        service_model_additional_properties = cls(
            log_volume,
            max_surge,
            max_unavailable,
            termination_grace_period_seconds,
            persistent_volumes,
        )

        service_model_additional_properties.additional_properties = d
        return service_model_additional_properties

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
