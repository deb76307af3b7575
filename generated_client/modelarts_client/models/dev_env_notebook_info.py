from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_auto_stop_info import DevEnvAutoStopInfo
    from ..models.dev_env_extend_params import DevEnvExtendParams
    from ..models.dev_env_failed_reasons import DevEnvFailedReasons
    from ..models.dev_env_notebook_info_annotations import DevEnvNotebookInfoAnnotations
    from ..models.dev_env_notebook_info_credential import DevEnvNotebookInfoCredential
    from ..models.dev_env_notebook_repository import DevEnvNotebookRepository
    from ..models.dev_env_storage_info import DevEnvStorageInfo


T = TypeVar("T", bound="DevEnvNotebookInfo")


@_attrs_define
class DevEnvNotebookInfo:
    """Definition of a notebook instance as the service reports it.

    Attributes:
        log_path (str | Unset): Where the logs of a custom image are stored.
        custom_script_path (str | Unset): Where the custom initialization scripts run at start are stored.
        storage (DevEnvStorageInfo | Unset): Storage of the notebook's work directory.
        credential (DevEnvNotebookInfoCredential | Unset): AK/SK used to access OBS.
        resource_reserved_timestamp (int | Unset): Time the resources were reserved.
        auto_stop (DevEnvAutoStopInfo | Unset): Auto-stop settings and state of the instance.
        failed_reasons (DevEnvFailedReasons | Unset): Why creating or starting the instance failed.
        annotations (DevEnvNotebookInfoAnnotations | Unset): Annotations, among them target_domain and the notebook url
            (not directly accessible).
        extend_params (DevEnvExtendParams | None | Unset): Extended parameters; often null.
        repository (DevEnvNotebookRepository | None | Unset): Git repository information; returned by the service but
            not usable. Often null.
    """

    log_path: str | Unset = UNSET
    custom_script_path: str | Unset = UNSET
    storage: DevEnvStorageInfo | Unset = UNSET
    credential: DevEnvNotebookInfoCredential | Unset = UNSET
    resource_reserved_timestamp: int | Unset = UNSET
    auto_stop: DevEnvAutoStopInfo | Unset = UNSET
    failed_reasons: DevEnvFailedReasons | Unset = UNSET
    annotations: DevEnvNotebookInfoAnnotations | Unset = UNSET
    extend_params: DevEnvExtendParams | None | Unset = UNSET
    repository: DevEnvNotebookRepository | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dev_env_extend_params import DevEnvExtendParams  # noqa: PLC0415
        from ..models.dev_env_notebook_repository import DevEnvNotebookRepository  # noqa: PLC0415

        log_path = self.log_path

        custom_script_path = self.custom_script_path

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        resource_reserved_timestamp = self.resource_reserved_timestamp

        auto_stop: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auto_stop, Unset):
            auto_stop = self.auto_stop.to_dict()

        failed_reasons: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failed_reasons, Unset):
            failed_reasons = self.failed_reasons.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        extend_params: dict[str, Any] | None | Unset
        if isinstance(self.extend_params, Unset):
            extend_params = UNSET
        elif isinstance(self.extend_params, DevEnvExtendParams):
            extend_params = self.extend_params.to_dict()
        else:
            extend_params = self.extend_params

        repository: dict[str, Any] | None | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        elif isinstance(self.repository, DevEnvNotebookRepository):
            repository = self.repository.to_dict()
        else:
            repository = self.repository

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_path is not UNSET:
            field_dict["log_path"] = log_path
        if custom_script_path is not UNSET:
            field_dict["custom_script_path"] = custom_script_path
        if storage is not UNSET:
            field_dict["storage"] = storage
        if credential is not UNSET:
            field_dict["credential"] = credential
        if resource_reserved_timestamp is not UNSET:
            field_dict["resource_reserved_timestamp"] = resource_reserved_timestamp
        if auto_stop is not UNSET:
            field_dict["auto_stop"] = auto_stop
        if failed_reasons is not UNSET:
            field_dict["failed_reasons"] = failed_reasons
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if extend_params is not UNSET:
            field_dict["extend_params"] = extend_params
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_auto_stop_info import DevEnvAutoStopInfo  # noqa: PLC0415
        from ..models.dev_env_extend_params import DevEnvExtendParams  # noqa: PLC0415
        from ..models.dev_env_failed_reasons import DevEnvFailedReasons  # noqa: PLC0415
        from ..models.dev_env_notebook_info_annotations import DevEnvNotebookInfoAnnotations  # noqa: PLC0415
        from ..models.dev_env_notebook_info_credential import DevEnvNotebookInfoCredential  # noqa: PLC0415
        from ..models.dev_env_notebook_repository import DevEnvNotebookRepository  # noqa: PLC0415
        from ..models.dev_env_storage_info import DevEnvStorageInfo  # noqa: PLC0415

        d = dict(src_dict)
        log_path = d.pop("log_path", UNSET)

        custom_script_path = d.pop("custom_script_path", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: DevEnvStorageInfo | Unset
        if isinstance(_storage, Unset) or _storage is None:
            storage = UNSET
        else:
            storage = DevEnvStorageInfo.from_dict(_storage)

        _credential = d.pop("credential", UNSET)
        credential: DevEnvNotebookInfoCredential | Unset
        if isinstance(_credential, Unset) or _credential is None:
            credential = UNSET
        else:
            credential = DevEnvNotebookInfoCredential.from_dict(_credential)

        resource_reserved_timestamp = d.pop("resource_reserved_timestamp", UNSET)

        _auto_stop = d.pop("auto_stop", UNSET)
        auto_stop: DevEnvAutoStopInfo | Unset
        if isinstance(_auto_stop, Unset) or _auto_stop is None:
            auto_stop = UNSET
        else:
            auto_stop = DevEnvAutoStopInfo.from_dict(_auto_stop)

        _failed_reasons = d.pop("failed_reasons", UNSET)
        failed_reasons: DevEnvFailedReasons | Unset
        if isinstance(_failed_reasons, Unset) or _failed_reasons is None:
            failed_reasons = UNSET
        else:
            failed_reasons = DevEnvFailedReasons.from_dict(_failed_reasons)

        _annotations = d.pop("annotations", UNSET)
        annotations: DevEnvNotebookInfoAnnotations | Unset
        if isinstance(_annotations, Unset) or _annotations is None:
            annotations = UNSET
        else:
            annotations = DevEnvNotebookInfoAnnotations.from_dict(_annotations)

        def _parse_extend_params(data: object) -> DevEnvExtendParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extend_params_type_0 = DevEnvExtendParams.from_dict(data)

                return extend_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevEnvExtendParams | None | Unset, data)

        extend_params = _parse_extend_params(d.pop("extend_params", UNSET))

        def _parse_repository(data: object) -> DevEnvNotebookRepository | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repository_type_0 = DevEnvNotebookRepository.from_dict(data)

                return repository_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevEnvNotebookRepository | None | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        dev_env_notebook_info = cls(
            log_path,
            custom_script_path,
            storage,
            credential,
            resource_reserved_timestamp,
            auto_stop,
            failed_reasons,
            annotations,
            extend_params,
            repository,
        )

        dev_env_notebook_info.additional_properties = d
        return dev_env_notebook_info

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
