from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_auto_stop import DevEnvAutoStop
    from ..models.dev_env_evs_storage import DevEnvEvsStorage
    from ..models.dev_env_notebook_spec_annotations import DevEnvNotebookSpecAnnotations
    from ..models.dev_env_obs_storage import DevEnvObsStorage


T = TypeVar("T", bound="DevEnvNotebookSpec")


@_attrs_define
class DevEnvNotebookSpec:
    """Definition of the notebook instance to create.

    Attributes:
        storage (DevEnvEvsStorage | DevEnvObsStorage): Storage of the notebook's work directory: an OBS directory
            (`type: obs`, whose
            `location.path` is then required) or an EVS disk (`type: evs`).
        auto_stop (DevEnvAutoStop | Unset): Auto-stop settings, applied at every start of the instance.
        annotations (DevEnvNotebookSpecAnnotations | Unset): Free-form labels. Empty by default.
    """

    storage: DevEnvEvsStorage | DevEnvObsStorage
    auto_stop: DevEnvAutoStop | Unset = UNSET
    annotations: DevEnvNotebookSpecAnnotations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dev_env_obs_storage import DevEnvObsStorage  # noqa: PLC0415

        storage: dict[str, Any]
        if isinstance(self.storage, DevEnvObsStorage):
            storage = self.storage.to_dict()
        else:
            storage = self.storage.to_dict()

        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "storage": storage,
            }
        )
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_auto_stop import DevEnvAutoStop  # noqa: PLC0415
        from ..models.dev_env_evs_storage import DevEnvEvsStorage  # noqa: PLC0415
        from ..models.dev_env_notebook_spec_annotations import DevEnvNotebookSpecAnnotations  # noqa: PLC0415
        from ..models.dev_env_obs_storage import DevEnvObsStorage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_storage(data: object) -> DevEnvEvsStorage | DevEnvObsStorage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_type_0 = DevEnvObsStorage.from_dict(data)

                return storage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            storage_type_1 = DevEnvEvsStorage.from_dict(data)

            return storage_type_1

        storage = _parse_storage(d.pop("storage"))

        _auto_stop = d.pop("auto_stop", UNSET)
        auto_stop: DevEnvAutoStop | Unset
        if isinstance(_auto_stop, Unset) or _auto_stop is None:
            auto_stop = UNSET
        else:
            auto_stop = DevEnvAutoStop.from_dict(_auto_stop)

        _annotations = d.pop("annotations", UNSET)
        annotations: DevEnvNotebookSpecAnnotations | Unset
        if isinstance(_annotations, Unset) or _annotations is None:
            annotations = UNSET
        else:
            annotations = DevEnvNotebookSpecAnnotations.from_dict(_annotations)

        dev_env_notebook_spec = cls(
            storage,
            auto_stop,
            annotations,
        )

        dev_env_notebook_spec.additional_properties = d
        return dev_env_notebook_spec

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
