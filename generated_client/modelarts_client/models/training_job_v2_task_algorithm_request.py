from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_output_request import TrainingJobV2OutputRequest
    from ..models.training_job_v2_task_engine import TrainingJobV2TaskEngine
    from ..models.training_job_v2_task_input_request import TrainingJobV2TaskInputRequest
    from ..models.training_job_v2_task_job_config import TrainingJobV2TaskJobConfig


T = TypeVar("T", bound="TrainingJobV2TaskAlgorithmRequest")


@_attrs_define
class TrainingJobV2TaskAlgorithmRequest:
    """Algorithm of a task of a heterogeneous job.

    Attributes:
        job_config (TrainingJobV2TaskJobConfig | Unset): Algorithm configuration of a task (boot file and the like).
        code_dir (str | Unset): Code directory, e.g. /usr/app/; goes with `boot_file`.
        boot_file (str | Unset): Boot file inside `code_dir`, e.g. /usr/app/boot.py; goes with `code_dir`.
        engine (TrainingJobV2TaskEngine | Unset): Engine of a task's algorithm; leave name and version out when
            `engine_id` is given.
        inputs (list[TrainingJobV2TaskInputRequest] | Unset): Data input channels of the task.
        outputs (list[TrainingJobV2OutputRequest] | Unset): Data output channels of the task.
        local_code_dir (str | Unset): Directory under /home in the training container that the code directory is
            downloaded to; ignored in v1 compatibility mode and when `code_dir` starts with file://.
        working_dir (str | Unset): Directory the algorithm runs in; ignored in v1 compatibility mode.
    """

    job_config: TrainingJobV2TaskJobConfig | Unset = UNSET
    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    engine: TrainingJobV2TaskEngine | Unset = UNSET
    inputs: list[TrainingJobV2TaskInputRequest] | Unset = UNSET
    outputs: list[TrainingJobV2OutputRequest] | Unset = UNSET
    local_code_dir: str | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job_config, Unset):
            job_config = self.job_config.to_dict()

        code_dir = self.code_dir

        boot_file = self.boot_file

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item = outputs_item_data.to_dict()
                outputs.append(outputs_item)

        local_code_dir = self.local_code_dir

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_config is not UNSET:
            field_dict["job_config"] = job_config
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if engine is not UNSET:
            field_dict["engine"] = engine
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if local_code_dir is not UNSET:
            field_dict["local_code_dir"] = local_code_dir
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_output_request import TrainingJobV2OutputRequest  # noqa: PLC0415
        from ..models.training_job_v2_task_engine import TrainingJobV2TaskEngine  # noqa: PLC0415
        from ..models.training_job_v2_task_input_request import TrainingJobV2TaskInputRequest  # noqa: PLC0415
        from ..models.training_job_v2_task_job_config import TrainingJobV2TaskJobConfig  # noqa: PLC0415

        d = dict(src_dict)
        _job_config = d.pop("job_config", UNSET)
        job_config: TrainingJobV2TaskJobConfig | Unset
        if isinstance(_job_config, Unset) or _job_config is None:
            job_config = UNSET
        else:
            job_config = TrainingJobV2TaskJobConfig.from_dict(_job_config)

        code_dir = d.pop("code_dir", UNSET)

        boot_file = d.pop("boot_file", UNSET)

        _engine = d.pop("engine", UNSET)
        engine: TrainingJobV2TaskEngine | Unset
        if isinstance(_engine, Unset) or _engine is None:
            engine = UNSET
        else:
            engine = TrainingJobV2TaskEngine.from_dict(_engine)

        _inputs = d.pop("inputs", UNSET)
        inputs: list[TrainingJobV2TaskInputRequest] | Unset = UNSET
        if _inputs is not UNSET and _inputs is not None:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = TrainingJobV2TaskInputRequest.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[TrainingJobV2OutputRequest] | Unset = UNSET
        if _outputs is not UNSET and _outputs is not None:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = TrainingJobV2OutputRequest.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        local_code_dir = d.pop("local_code_dir", UNSET)

        working_dir = d.pop("working_dir", UNSET)

        training_job_v2_task_algorithm_request = cls(
            job_config,
            code_dir,
            boot_file,
            engine,
            inputs,
            outputs,
            local_code_dir,
            working_dir,
        )

        training_job_v2_task_algorithm_request.additional_properties = d
        return training_job_v2_task_algorithm_request

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
