from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dev_env_create_instance_request_profile_id import DevEnvCreateInstanceRequestProfileId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dev_env_notebook_spec import DevEnvNotebookSpec
    from ..models.dev_env_workspace import DevEnvWorkspace


T = TypeVar("T", bound="DevEnvCreateInstanceRequest")


@_attrs_define
class DevEnvCreateInstanceRequest:
    """Body of the create-instance request.

    Attributes:
        name (str): Instance name; letters, digits, hyphens and underscores, up to 64 characters.
        profile_id (DevEnvCreateInstanceRequestProfileId): Configuration (image profile) ID.
        flavor (str): Instance flavor, for example modelarts.vm.cpu.2u, modelarts.vm.cpu.8u,
            modelarts.vm.gpu.p100, modelarts.vm.cpu.free or modelarts.vm.gpu.free. The flavors
            offered depend on the region.
        spec (DevEnvNotebookSpec): Definition of the notebook instance to create.
        description (str | Unset): Instance description, up to 512 characters, without any of `<>"'/`. Empty by default.
            Default: ''.
        workspace (DevEnvWorkspace | Unset): Workspace of the instance.
    """

    name: str
    profile_id: DevEnvCreateInstanceRequestProfileId
    flavor: str
    spec: DevEnvNotebookSpec
    description: str | Unset = ""
    workspace: DevEnvWorkspace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        profile_id = self.profile_id.value

        flavor = self.flavor

        spec = self.spec.to_dict()

        description = self.description

        workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace, Unset):
            workspace = self.workspace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "profile_id": profile_id,
                "flavor": flavor,
                "spec": spec,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.dev_env_notebook_spec import DevEnvNotebookSpec  # noqa: PLC0415
        from ..models.dev_env_workspace import DevEnvWorkspace  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        profile_id = DevEnvCreateInstanceRequestProfileId.from_json(d.pop("profile_id"))

        flavor = d.pop("flavor")

        spec = DevEnvNotebookSpec.from_dict(d.pop("spec"))

        description = d.pop("description", UNSET)

        _workspace = d.pop("workspace", UNSET)
        workspace: DevEnvWorkspace | Unset
        if isinstance(_workspace, Unset) or _workspace is None:
            workspace = UNSET
        else:
            workspace = DevEnvWorkspace.from_dict(_workspace)

        dev_env_create_instance_request = cls(
            name,
            profile_id,
            flavor,
            spec,
            description,
            workspace,
        )

        dev_env_create_instance_request.additional_properties = d
        return dev_env_create_instance_request

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
