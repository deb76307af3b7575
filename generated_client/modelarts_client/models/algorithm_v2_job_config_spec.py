from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algorithm_v2_engine import AlgorithmV2Engine
    from ..models.algorithm_v2_input import AlgorithmV2Input
    from ..models.algorithm_v2_output_spec import AlgorithmV2OutputSpec
    from ..models.algorithm_v2_parameter import AlgorithmV2Parameter


T = TypeVar("T", bound="AlgorithmV2JobConfigSpec")


@_attrs_define
class AlgorithmV2JobConfigSpec:
    """How the algorithm runs (code, boot file or command, parameters, data channels, engine), as sent.

    Attributes:
        code_dir (str | Unset): Code directory, e.g. /usr/app/; give it together with `boot_file`.
        boot_file (str | Unset): Boot file inside `code_dir`, e.g. /usr/app/boot.py; give it together with `code_dir`.
        command (str | Unset): Container start command, for an algorithm on a custom image.
        parameters (list[AlgorithmV2Parameter] | Unset): Running parameters (hyperparameters) of the algorithm.
        inputs (list[AlgorithmV2Input] | Unset): Data input channels.
        outputs (list[AlgorithmV2OutputSpec] | Unset): Data output channels.
        engine (AlgorithmV2Engine | Unset): The AI engine (or custom image) the algorithm runs on.
        parameters_customization (bool | Unset): Whether a training job created from the algorithm may add or change
            hyperparameters.
    """

    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    command: str | Unset = UNSET
    parameters: list[AlgorithmV2Parameter] | Unset = UNSET
    inputs: list[AlgorithmV2Input] | Unset = UNSET
    outputs: list[AlgorithmV2OutputSpec] | Unset = UNSET
    engine: AlgorithmV2Engine | Unset = UNSET
    parameters_customization: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_dir = self.code_dir

        boot_file = self.boot_file

        command = self.command

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

        parameters_customization = self.parameters_customization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if command is not UNSET:
            field_dict["command"] = command
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if engine is not UNSET:
            field_dict["engine"] = engine
        if parameters_customization is not UNSET:
            field_dict["parameters_customization"] = parameters_customization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.algorithm_v2_engine import AlgorithmV2Engine  # noqa: PLC0415
        from ..models.algorithm_v2_input import AlgorithmV2Input  # noqa: PLC0415
        from ..models.algorithm_v2_output_spec import AlgorithmV2OutputSpec  # noqa: PLC0415
        from ..models.algorithm_v2_parameter import AlgorithmV2Parameter  # noqa: PLC0415

        d = dict(src_dict)
        code_dir = d.pop("code_dir", UNSET)

        boot_file = d.pop("boot_file", UNSET)

        command = d.pop("command", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[AlgorithmV2Parameter] | Unset = UNSET
        if _parameters is not UNSET and _parameters is not None:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = AlgorithmV2Parameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        _inputs = d.pop("inputs", UNSET)
        inputs: list[AlgorithmV2Input] | Unset = UNSET
        if _inputs is not UNSET and _inputs is not None:
            inputs = []
            for inputs_item_data in _inputs:
                inputs_item = AlgorithmV2Input.from_dict(inputs_item_data)

                inputs.append(inputs_item)

        _outputs = d.pop("outputs", UNSET)
        outputs: list[AlgorithmV2OutputSpec] | Unset = UNSET
        if _outputs is not UNSET and _outputs is not None:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item = AlgorithmV2OutputSpec.from_dict(outputs_item_data)

                outputs.append(outputs_item)

        _engine = d.pop("engine", UNSET)
        engine: AlgorithmV2Engine | Unset
        if isinstance(_engine, Unset) or _engine is None:
            engine = UNSET
        else:
            engine = AlgorithmV2Engine.from_dict(_engine)

        parameters_customization = d.pop("parameters_customization", UNSET)

        algorithm_v2_job_config_spec = cls(
            code_dir,
            boot_file,
            command,
            parameters,
            inputs,
            outputs,
            engine,
            parameters_customization,
        )

        algorithm_v2_job_config_spec.additional_properties = d
        return algorithm_v2_job_config_spec

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
