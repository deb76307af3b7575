from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_algorithm_engine import TrainingJobV2AlgorithmEngine
    from ..models.training_job_v2_algorithm_input import TrainingJobV2AlgorithmInput
    from ..models.training_job_v2_algorithm_output import TrainingJobV2AlgorithmOutput


T = TypeVar("T", bound="TrainingJobV2TaskAlgorithm")


@_attrs_define
class TrainingJobV2TaskAlgorithm:
    """Algorithm of a task.

    Attributes:
        code_dir (str | Unset): Absolute path of the directory holding the boot file.
        boot_file (str | Unset): Absolute path of the boot file.
        inputs (TrainingJobV2AlgorithmInput | Unset): Input channel of a task's algorithm (OBS only for heterogeneous
            jobs).
        outputs (TrainingJobV2AlgorithmOutput | Unset): Output channel of a task's algorithm.
        engine (TrainingJobV2AlgorithmEngine | Unset): Engine a task depends on.
        local_code_dir (str | Unset): Directory under /home in the training container that the code directory is
            downloaded to; ignored in v1 compatibility mode and when `code_dir` starts with file://.
        working_dir (str | Unset): Directory the algorithm runs in; ignored in v1 compatibility mode.
    """

    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    inputs: TrainingJobV2AlgorithmInput | Unset = UNSET
    outputs: TrainingJobV2AlgorithmOutput | Unset = UNSET
    engine: TrainingJobV2AlgorithmEngine | Unset = UNSET
    local_code_dir: str | Unset = UNSET
    working_dir: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_dir = self.code_dir

        boot_file = self.boot_file

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        local_code_dir = self.local_code_dir

        working_dir = self.working_dir

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if engine is not UNSET:
            field_dict["engine"] = engine
        if local_code_dir is not UNSET:
            field_dict["local_code_dir"] = local_code_dir
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_algorithm_engine import TrainingJobV2AlgorithmEngine  # noqa: PLC0415
        from ..models.training_job_v2_algorithm_input import TrainingJobV2AlgorithmInput  # noqa: PLC0415
        from ..models.training_job_v2_algorithm_output import TrainingJobV2AlgorithmOutput  # noqa: PLC0415

        d = dict(src_dict)
        code_dir = d.pop("code_dir", UNSET)

        boot_file = d.pop("boot_file", UNSET)

        _inputs = d.pop("inputs", UNSET)
        inputs: TrainingJobV2AlgorithmInput | Unset
        if isinstance(_inputs, Unset) or _inputs is None:
            inputs = UNSET
        else:
            inputs = TrainingJobV2AlgorithmInput.from_dict(_inputs)

        _outputs = d.pop("outputs", UNSET)
        outputs: TrainingJobV2AlgorithmOutput | Unset
        if isinstance(_outputs, Unset) or _outputs is None:
            outputs = UNSET
        else:
            outputs = TrainingJobV2AlgorithmOutput.from_dict(_outputs)

        _engine = d.pop("engine", UNSET)
        engine: TrainingJobV2AlgorithmEngine | Unset
        if isinstance(_engine, Unset) or _engine is None:
            engine = UNSET
        else:
            engine = TrainingJobV2AlgorithmEngine.from_dict(_engine)

        local_code_dir = d.pop("local_code_dir", UNSET)

        working_dir = d.pop("working_dir", UNSET)

        training_job_v2_task_algorithm = cls(
            code_dir,
            boot_file,
            inputs,
            outputs,
            engine,
            local_code_dir,
            working_dir,
        )

        training_job_v2_task_algorithm.additional_properties = d
        return training_job_v2_task_algorithm

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
