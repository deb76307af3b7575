from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.training_job_v2_algorithm_request_environments import TrainingJobV2AlgorithmRequestEnvironments
    from ..models.training_job_v2_engine import TrainingJobV2Engine
    from ..models.training_job_v2_input_request import TrainingJobV2InputRequest
    from ..models.training_job_v2_output_request import TrainingJobV2OutputRequest
    from ..models.training_job_v2_parameter import TrainingJobV2Parameter
    from ..models.training_job_v2_policies import TrainingJobV2Policies
    from ..models.training_job_v2_summary_request import TrainingJobV2SummaryRequest


T = TypeVar("T", bound="TrainingJobV2AlgorithmRequest")


@_attrs_define
class TrainingJobV2AlgorithmRequest:
    """Algorithm of a job to create, given in one of three ways: `id` (an algorithm from algorithm management),
    `subscription_id` + `item_version_id` (a subscribed algorithm), or `code_dir` + `boot_file` (own code).

        Attributes:
            id (str | Unset): ID of an algorithm from algorithm management.
            name (str | Unset): Algorithm name; leave empty.
            subscription_id (str | Unset): Subscription ID of a subscribed algorithm; goes with `item_version_id`.
            item_version_id (str | Unset): Version ID of a subscribed algorithm; goes with `subscription_id`.
            code_dir (str | Unset): Code directory, e.g. /usr/app/; goes with `boot_file`, not needed with `id` or a
                subscription.
            boot_file (str | Unset): Boot file inside `code_dir`, e.g. /usr/app/boot.py; goes with `code_dir`.
            autosearch_config_path (str | Unset): OBS URL of the YAML configuration of an auto search job.
            autosearch_framework_path (str | Unset): OBS URL of the framework code directory of an auto search job.
            command (str | Unset): Command that starts the container of a custom image.
            parameters (list[TrainingJobV2Parameter] | Unset): Run parameters of the job.
            policies (TrainingJobV2Policies | Unset): Job policies, used by hyperparameter search.
            inputs (list[TrainingJobV2InputRequest] | Unset): Data input channels of the job.
            outputs (list[TrainingJobV2OutputRequest] | Unset): Data output channels of the job.
            engine (TrainingJobV2Engine | Unset): Engine of a job, given as `engine_id`, as `engine_name` +
                `engine_version`, or as `image_url`; leave it out when the algorithm is given by `id` or by a subscription.
            local_code_dir (str | Unset): Directory under /home in the training container that the code directory is
                downloaded to; ignored in v1 compatibility mode and when `code_dir` starts with file://.
            working_dir (str | Unset): Directory the algorithm runs in; ignored in v1 compatibility mode.
            environments (TrainingJobV2AlgorithmRequestEnvironments | Unset): Environment variables, at most 100; names of
                letters, digits and underscores, not starting with a digit, at most 8,192 characters; values at most 4,096
                characters; no `$` anywhere.
            summary (TrainingJobV2SummaryRequest | Unset): Visualization log settings of a job to create.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    item_version_id: str | Unset = UNSET
    code_dir: str | Unset = UNSET
    boot_file: str | Unset = UNSET
    autosearch_config_path: str | Unset = UNSET
    autosearch_framework_path: str | Unset = UNSET
    command: str | Unset = UNSET
    parameters: list[TrainingJobV2Parameter] | Unset = UNSET
    policies: TrainingJobV2Policies | Unset = UNSET
    inputs: list[TrainingJobV2InputRequest] | Unset = UNSET
    outputs: list[TrainingJobV2OutputRequest] | Unset = UNSET
    engine: TrainingJobV2Engine | Unset = UNSET
    local_code_dir: str | Unset = UNSET
    working_dir: str | Unset = UNSET
    environments: TrainingJobV2AlgorithmRequestEnvironments | Unset = UNSET
    summary: TrainingJobV2SummaryRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        subscription_id = self.subscription_id

        item_version_id = self.item_version_id

        code_dir = self.code_dir

        boot_file = self.boot_file

        autosearch_config_path = self.autosearch_config_path

        autosearch_framework_path = self.autosearch_framework_path

        command = self.command

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        policies: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = self.policies.to_dict()

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

        local_code_dir = self.local_code_dir

        working_dir = self.working_dir

        environments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = self.environments.to_dict()

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if item_version_id is not UNSET:
            field_dict["item_version_id"] = item_version_id
        if code_dir is not UNSET:
            field_dict["code_dir"] = code_dir
        if boot_file is not UNSET:
            field_dict["boot_file"] = boot_file
        if autosearch_config_path is not UNSET:
            field_dict["autosearch_config_path"] = autosearch_config_path
        if autosearch_framework_path is not UNSET:
            field_dict["autosearch_framework_path"] = autosearch_framework_path
        if command is not UNSET:
            field_dict["command"] = command
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if policies is not UNSET:
            field_dict["policies"] = policies
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
        if environments is not UNSET:
            field_dict["environments"] = environments
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.training_job_v2_algorithm_request_environments import TrainingJobV2AlgorithmRequestEnvironments  # noqa: PLC0415
        from ..models.training_job_v2_engine import TrainingJobV2Engine  # noqa: PLC0415
        from ..models.training_job_v2_input_request import TrainingJobV2InputRequest  # noqa: PLC0415
        from ..models.training_job_v2_output_request import TrainingJobV2OutputRequest  # noqa: PLC0415
        from ..models.training_job_v2_parameter import TrainingJobV2Parameter  # noqa: PLC0415
        from ..models.training_job_v2_policies import TrainingJobV2Policies  # noqa: PLC0415
        from ..models.training_job_v2_summary_request import TrainingJobV2SummaryRequest  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        item_version_id = d.pop("item_version_id", UNSET)

        code_dir = d.pop("code_dir", UNSET)

        boot_file = d.pop("boot_file", UNSET)

        autosearch_config_path = d.pop("autosearch_config_path", UNSET)

        autosearch_framework_path = d.pop("autosearch_framework_path", UNSET)

        command = d.pop("command", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[TrainingJobV2Parameter] | Unset = UNSET
        if _parameters is not UNSET and _parameters is not None:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = TrainingJobV2Parameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        _policies = d.pop("policies", UNSET)
        policies: TrainingJobV2Policies | Unset
        if isinstance(_policies, Unset) or _policies is None:
            policies = UNSET
        else:
            policies = TrainingJobV2Policies.from_dict(_policies)

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
        engine: TrainingJobV2Engine | Unset
        if isinstance(_engine, Unset) or _engine is None:
            engine = UNSET
        else:
            engine = TrainingJobV2Engine.from_dict(_engine)

        local_code_dir = d.pop("local_code_dir", UNSET)

        working_dir = d.pop("working_dir", UNSET)

        _environments = d.pop("environments", UNSET)
        environments: TrainingJobV2AlgorithmRequestEnvironments | Unset
        if isinstance(_environments, Unset) or _environments is None:
            environments = UNSET
        else:
            environments = TrainingJobV2AlgorithmRequestEnvironments.from_dict(_environments)

        _summary = d.pop("summary", UNSET)
        summary: TrainingJobV2SummaryRequest | Unset
        if isinstance(_summary, Unset) or _summary is None:
            summary = UNSET
        else:
            summary = TrainingJobV2SummaryRequest.from_dict(_summary)

        training_job_v2_algorithm_request = cls(
            id,
            name,
            subscription_id,
            item_version_id,
            code_dir,
            boot_file,
            autosearch_config_path,
            autosearch_framework_path,
            command,
            parameters,
            policies,
            inputs,
            outputs,
            engine,
            local_code_dir,
            working_dir,
            environments,
            summary,
        )

        training_job_v2_algorithm_request.additional_properties = d
        return training_job_v2_algorithm_request

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
