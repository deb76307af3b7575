from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_env_instance_status import DevEnvInstanceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_ai_project import DevEnvAiProject
    from ..models.dev_env_flavor_details import DevEnvFlavorDetails
    from ..models.dev_env_notebook_info import DevEnvNotebookInfo
    from ..models.dev_env_pool import DevEnvPool
    from ..models.dev_env_profile import DevEnvProfile
    from ..models.dev_env_queuing_info import DevEnvQueuingInfo
    from ..models.dev_env_repository import DevEnvRepository
    from ..models.dev_env_user import DevEnvUser
    from ..models.dev_env_workspace import DevEnvWorkspace


T = TypeVar("T", bound="DevEnvInstance")


@_attrs_define
class DevEnvInstance:
    """A development environment instance.

    Attributes:
        id (str | Unset): Instance ID.
        name (str | Unset): Instance name.
        description (str | Unset): Instance description.
        status (DevEnvInstanceStatus | Unset): Instance status. CREATE_QUEUING / START_QUEUING: waiting for free
            resources to create /
            start; CREATING, CREATE_FAILED; READY_TO_START: free resources waiting to be started;
            STARTING, RESTARTING, START_FAILED, RUNNING, STOPPING, STOPPED; UNAVAILABLE; DELETED;
            RESIZING / RESIZE_FAILED: flavor change in progress / failed.
        creation_timestamp (str | Unset): Creation time, epoch milliseconds written as a string. Example: 1594887749962.
        latest_update_timestamp (str | Unset): Time of the last change, epoch milliseconds written as a string. Example:
            1594887749962.
        profile (DevEnvProfile | Unset): Configuration (image profile) of the instance.
        flavor (str | Unset): Instance flavor.
        flavor_details (DevEnvFlavorDetails | Unset): Flavor of the instance and its availability.
        pool (DevEnvPool | Unset): Dedicated resource pool the instance runs in.
        spec (DevEnvNotebookInfo | Unset): Definition of a notebook instance as the service reports it.
        workspace (DevEnvWorkspace | Unset): Workspace of the instance.
        ai_project (DevEnvAiProject | Unset): AI project the instance belongs to.
        error_code (str | Unset): Error code of a failed instance (chapter 10.2 of the reference).
        queuing_info (DevEnvQueuingInfo | Unset): Queue position of an instance waiting for free resources.
        user (DevEnvUser | Unset): Owner of the instance.
        repository (DevEnvRepository | None | Unset): Git repository information; returned by the service but not
            usable.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: DevEnvInstanceStatus | Unset = UNSET
    creation_timestamp: str | Unset = UNSET
    latest_update_timestamp: str | Unset = UNSET
    profile: DevEnvProfile | Unset = UNSET
    flavor: str | Unset = UNSET
    flavor_details: DevEnvFlavorDetails | Unset = UNSET
    pool: DevEnvPool | Unset = UNSET
    spec: DevEnvNotebookInfo | Unset = UNSET
    workspace: DevEnvWorkspace | Unset = UNSET
    ai_project: DevEnvAiProject | Unset = UNSET
    error_code: str | Unset = UNSET
    queuing_info: DevEnvQueuingInfo | Unset = UNSET
    user: DevEnvUser | Unset = UNSET
    repository: DevEnvRepository | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dev_env_repository import DevEnvRepository  # noqa: PLC0415

        id = self.id

        name = self.name

        description = self.description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        creation_timestamp = self.creation_timestamp

        latest_update_timestamp = self.latest_update_timestamp

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        flavor = self.flavor

        flavor_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flavor_details, Unset):
            flavor_details = self.flavor_details.to_dict()

        pool: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pool, Unset):
            pool = self.pool.to_dict()

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        ai_project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_project, Unset):
            ai_project = self.ai_project.to_dict()

        error_code = self.error_code

        queuing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.queuing_info, Unset):
            queuing_info = self.queuing_info.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        repository: dict[str, Any] | None | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        elif isinstance(self.repository, DevEnvRepository):
            repository = self.repository.to_dict()
        else:
            repository = self.repository

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if creation_timestamp is not UNSET:
            field_dict["creation_timestamp"] = creation_timestamp
        if latest_update_timestamp is not UNSET:
            field_dict["latest_update_timestamp"] = latest_update_timestamp
        if profile is not UNSET:
            field_dict["profile"] = profile
        if flavor is not UNSET:
            field_dict["flavor"] = flavor
        if flavor_details is not UNSET:
            field_dict["flavor_details"] = flavor_details
        if pool is not UNSET:
            field_dict["pool"] = pool
        if spec is not UNSET:
            field_dict["spec"] = spec
        if workspace is not UNSET:
            field_dict["workspace"] = workspace
        if ai_project is not UNSET:
            field_dict["ai_project"] = ai_project
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if queuing_info is not UNSET:
            field_dict["queuing_info"] = queuing_info
        if user is not UNSET:
            field_dict["user"] = user
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_ai_project import DevEnvAiProject  # noqa: PLC0415
        from ..models.dev_env_flavor_details import DevEnvFlavorDetails  # noqa: PLC0415
        from ..models.dev_env_notebook_info import DevEnvNotebookInfo  # noqa: PLC0415
        from ..models.dev_env_pool import DevEnvPool  # noqa: PLC0415
        from ..models.dev_env_profile import DevEnvProfile  # noqa: PLC0415
        from ..models.dev_env_queuing_info import DevEnvQueuingInfo  # noqa: PLC0415
        from ..models.dev_env_repository import DevEnvRepository  # noqa: PLC0415
        from ..models.dev_env_user import DevEnvUser  # noqa: PLC0415
        from ..models.dev_env_workspace import DevEnvWorkspace  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: DevEnvInstanceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DevEnvInstanceStatus.from_json(_status)

        creation_timestamp = d.pop("creation_timestamp", UNSET)

        latest_update_timestamp = d.pop("latest_update_timestamp", UNSET)

        _profile = d.pop("profile", UNSET)
        profile: DevEnvProfile | Unset
        if isinstance(_profile, Unset) or _profile is None:
            profile = UNSET
        else:
            profile = DevEnvProfile.from_dict(_profile)

        flavor = d.pop("flavor", UNSET)

        _flavor_details = d.pop("flavor_details", UNSET)
        flavor_details: DevEnvFlavorDetails | Unset
        if isinstance(_flavor_details, Unset) or _flavor_details is None:
            flavor_details = UNSET
        else:
            flavor_details = DevEnvFlavorDetails.from_dict(_flavor_details)

        _pool = d.pop("pool", UNSET)
        pool: DevEnvPool | Unset
        if isinstance(_pool, Unset) or _pool is None:
            pool = UNSET
        else:
            pool = DevEnvPool.from_dict(_pool)

        _spec = d.pop("spec", UNSET)
        spec: DevEnvNotebookInfo | Unset
        if isinstance(_spec, Unset) or _spec is None:
            spec = UNSET
        else:
            spec = DevEnvNotebookInfo.from_dict(_spec)

        _workspace = d.pop("workspace", UNSET)
        workspace: DevEnvWorkspace | Unset
        if isinstance(_workspace, Unset) or _workspace is None:
            workspace = UNSET
        else:
            workspace = DevEnvWorkspace.from_dict(_workspace)

        _ai_project = d.pop("ai_project", UNSET)
        ai_project: DevEnvAiProject | Unset
        if isinstance(_ai_project, Unset) or _ai_project is None:
            ai_project = UNSET
        else:
            ai_project = DevEnvAiProject.from_dict(_ai_project)

        error_code = d.pop("error_code", UNSET)

        _queuing_info = d.pop("queuing_info", UNSET)
        queuing_info: DevEnvQueuingInfo | Unset
        if isinstance(_queuing_info, Unset) or _queuing_info is None:
            queuing_info = UNSET
        else:
            queuing_info = DevEnvQueuingInfo.from_dict(_queuing_info)

        _user = d.pop("user", UNSET)
        user: DevEnvUser | Unset
        if isinstance(_user, Unset) or _user is None:
            user = UNSET
        else:
            user = DevEnvUser.from_dict(_user)

        def _parse_repository(data: object) -> DevEnvRepository | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repository_type_0 = DevEnvRepository.from_dict(data)

                return repository_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevEnvRepository | None | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        dev_env_instance = cls(
            id,
            name,
            description,
            status,
            creation_timestamp,
            latest_update_timestamp,
            profile,
            flavor,
            flavor_details,
            pool,
            spec,
            workspace,
            ai_project,
            error_code,
            queuing_info,
            user,
            repository,
        )

        dev_env_instance.additional_properties = d
        return dev_env_instance

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
