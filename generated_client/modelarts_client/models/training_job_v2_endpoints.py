from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_jupyter_lab import TrainingJobV2JupyterLab
    from ..models.training_job_v2_mind_studio_insight import TrainingJobV2MindStudioInsight
    from ..models.training_job_v2_ssh import TrainingJobV2Ssh
    from ..models.training_job_v2_tensorboard import TrainingJobV2Tensorboard


T = TypeVar("T", bound="TrainingJobV2Endpoints")


@_attrs_define
class TrainingJobV2Endpoints:
    """Remote access to a job.

    Attributes:
        ssh (TrainingJobV2Ssh | Unset): SSH access to a job.
        jupyter_lab (TrainingJobV2JupyterLab | Unset): JupyterLab access to a job.
        tensorboard (TrainingJobV2Tensorboard | Unset): TensorBoard access to a job.
        mindstudio_insight (TrainingJobV2MindStudioInsight | Unset): MindStudio Insight access to a job.
    """

    ssh: TrainingJobV2Ssh | Unset = UNSET
    jupyter_lab: TrainingJobV2JupyterLab | Unset = UNSET
    tensorboard: TrainingJobV2Tensorboard | Unset = UNSET
    mindstudio_insight: TrainingJobV2MindStudioInsight | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ssh: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ssh, Unset):
            ssh = self.ssh.to_dict()

        jupyter_lab: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jupyter_lab, Unset):
            jupyter_lab = self.jupyter_lab.to_dict()

        tensorboard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tensorboard, Unset):
            tensorboard = self.tensorboard.to_dict()

        mindstudio_insight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mindstudio_insight, Unset):
            mindstudio_insight = self.mindstudio_insight.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ssh is not UNSET:
            field_dict["ssh"] = ssh
        if jupyter_lab is not UNSET:
            field_dict["jupyter_lab"] = jupyter_lab
        if tensorboard is not UNSET:
            field_dict["tensorboard"] = tensorboard
        if mindstudio_insight is not UNSET:
            field_dict["mindstudio_insight"] = mindstudio_insight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_jupyter_lab import TrainingJobV2JupyterLab  # noqa: PLC0415
        from ..models.training_job_v2_mind_studio_insight import TrainingJobV2MindStudioInsight  # noqa: PLC0415
        from ..models.training_job_v2_ssh import TrainingJobV2Ssh  # noqa: PLC0415
        from ..models.training_job_v2_tensorboard import TrainingJobV2Tensorboard  # noqa: PLC0415

        d = dict(src_dict)
        _ssh = d.pop("ssh", UNSET)
        ssh: TrainingJobV2Ssh | Unset
        if isinstance(_ssh, Unset) or _ssh is None:
            ssh = UNSET
        else:
            ssh = TrainingJobV2Ssh.from_dict(_ssh)

        _jupyter_lab = d.pop("jupyter_lab", UNSET)
        jupyter_lab: TrainingJobV2JupyterLab | Unset
        if isinstance(_jupyter_lab, Unset) or _jupyter_lab is None:
            jupyter_lab = UNSET
        else:
            jupyter_lab = TrainingJobV2JupyterLab.from_dict(_jupyter_lab)

        _tensorboard = d.pop("tensorboard", UNSET)
        tensorboard: TrainingJobV2Tensorboard | Unset
        if isinstance(_tensorboard, Unset) or _tensorboard is None:
            tensorboard = UNSET
        else:
            tensorboard = TrainingJobV2Tensorboard.from_dict(_tensorboard)

        _mindstudio_insight = d.pop("mindstudio_insight", UNSET)
        mindstudio_insight: TrainingJobV2MindStudioInsight | Unset
        if isinstance(_mindstudio_insight, Unset) or _mindstudio_insight is None:
            mindstudio_insight = UNSET
        else:
            mindstudio_insight = TrainingJobV2MindStudioInsight.from_dict(_mindstudio_insight)

        training_job_v2_endpoints = cls(
            ssh,
            jupyter_lab,
            tensorboard,
            mindstudio_insight,
        )

        training_job_v2_endpoints.additional_properties = d
        return training_job_v2_endpoints

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
