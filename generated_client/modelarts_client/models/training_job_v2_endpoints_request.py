from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_ssh_request import TrainingJobV2SshRequest


T = TypeVar("T", bound="TrainingJobV2EndpointsRequest")


@_attrs_define
class TrainingJobV2EndpointsRequest:
    """Remote access settings of a job to create.

    Attributes:
        ssh (TrainingJobV2SshRequest | Unset): SSH access settings.
    """

    ssh: TrainingJobV2SshRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ssh: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssh, Unset):
            ssh = self.ssh.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ssh is not UNSET:
            field_dict["ssh"] = ssh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_ssh_request import TrainingJobV2SshRequest  # noqa: PLC0415

        d = dict(src_dict)
        _ssh = d.pop("ssh", UNSET)
        ssh: TrainingJobV2SshRequest | Unset
        if isinstance(_ssh, Unset) or _ssh is None:
            ssh = UNSET
        else:
            ssh = TrainingJobV2SshRequest.from_dict(_ssh)

        training_job_v2_endpoints_request = cls(
            ssh,
        )

        training_job_v2_endpoints_request.additional_properties = d
        return training_job_v2_endpoints_request

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
