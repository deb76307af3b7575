from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_input_request import TrainingJobV2InputRequest
    from ..models.training_job_v2_output_request import TrainingJobV2OutputRequest
    from ..models.training_job_v2_parameter import TrainingJobV2Parameter
    from ..models.training_job_v2_task_engine import TrainingJobV2TaskEngine


T = TypeVar("T", bound="TrainingJobV2TaskJobConfig")


@_attrs_define
class TrainingJobV2TaskJobConfig:
    """Algorithm configuration of a task (boot file and the like).

    Attributes:
        parameters (list[TrainingJobV2Parameter] | Unset): Run parameters of the algorithm.
        inputs (list[TrainingJobV2InputRequest] | Unset): Data input channels of the algorithm.
        outputs (list[TrainingJobV2OutputRequest] | Unset): Data output channels of the algorithm.
        engine (TrainingJobV2TaskEngine | Unset): Engine of a task's algorithm; leave name and version out when
            `engine_id` is given.
    """

    parameters: list[TrainingJobV2Parameter] | Unset = UNSET
    inputs: list[TrainingJobV2InputRequest] | Unset = UNSET
    outputs: list[TrainingJobV2OutputRequest] | Unset = UNSET
    engine: TrainingJobV2TaskEngine | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

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

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if engine is not UNSET:
            field_dict["engine"] = engine

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_input_request import TrainingJobV2InputRequest  # noqa: PLC0415
        from ..models.training_job_v2_output_request import TrainingJobV2OutputRequest  # noqa: PLC0415
        from ..models.training_job_v2_parameter import TrainingJobV2Parameter  # noqa: PLC0415
        from ..models.training_job_v2_task_engine import TrainingJobV2TaskEngine  # noqa: PLC0415

        d = dict(src_dict)
        _parameters = d.pop("parameters", UNSET)
        parameters: list[TrainingJobV2Parameter] | Unset = UNSET
        if _parameters is not UNSET and _parameters is not None:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = TrainingJobV2Parameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        _inputs = d.pop("inputs", UNSET)
        inputs: list[TrainingJobV2InputRequest] | Unset = UNSET
        if _inputs is not UNSET and _inputs is not None:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = TrainingJobV2InputRequest.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[TrainingJobV2OutputRequest] | Unset = UNSET
        if _outputs is not UNSET and _outputs is not None:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = TrainingJobV2OutputRequest.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        _engine = d.pop("engine", UNSET)
        engine: TrainingJobV2TaskEngine | Unset
        if isinstance(_engine, Unset) or _engine is None:
            engine = UNSET
        else:
            engine = TrainingJobV2TaskEngine.from_dict(_engine)

        training_job_v2_task_job_config = cls(
            parameters,
            inputs,
            outputs,
            engine,
        )

        training_job_v2_task_job_config.additional_properties = d
        return training_job_v2_task_job_config

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
