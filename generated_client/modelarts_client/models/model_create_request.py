from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_create_request_source_copy import ModelCreateRequestSourceCopy
from ..models.model_create_request_source_type import ModelCreateRequestSourceType
from ..models.model_install_type import ModelInstallType
from ..models.model_type import ModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_api import ModelApi
    from ..models.model_dependency import ModelDependency
    from ..models.model_doc import ModelDoc
    from ..models.model_health import ModelHealth
    from ..models.model_param import ModelParam


T = TypeVar("T", bound="ModelCreateRequest")


@_attrs_define
class ModelCreateRequest:
    """Body of a model import.

    Attributes:
        model_name (str): Model name; letters, Chinese characters, digits, hyphens and underscores.
        model_version (str): Version as three dot-separated numbers, each from 0 to 99 without a leading zero
            (`1.0.0`; `01.01.01` is refused). The text says 1 to 99, the samples use 0.
        source_location (str): OBS path of the model, or the template address of its SWR image.
        model_type (ModelType): AI framework or kind of a model. Union of the lists in the import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        source_job_id (str | Unset): ID of the training job that produced the model, for source tracing. Omit for third-
            party models.
        source_job_version (str | Unset): Version of the training job that produced the model. Omit for third-party
            models.
        source_type (ModelCreateRequestSourceType | Unset): Set to auto for ExeML models (which cannot be downloaded);
            omit for models from training jobs.
        runtime (str | Unset): Runtime environment; the allowed values depend on model_type (the reference's runtime
            table is not in this book).
        description (str | Unset): Remarks, at most 100 characters, without & ! ' " < > =.
        model_algorithm (str | Unset): Algorithm, such as predict_analysis, object_detection or image_classification.
            Starts
            with a letter, at most 36 characters, no Chinese characters and none of & ! ' " < > =.
            May be omitted when the configuration file provides it.
        execution_code (str | Unset): OBS path of the inference code, whose file name must be customize_service.py and
            which
            must sit in the model directory. When omitted the code is found in the model directory.
        input_params (list[ModelParam] | Unset): Input parameters of the model. Optional when initial_config is given.
        output_params (list[ModelParam] | Unset): Output parameters of the model. Optional when initial_config is given.
        dependencies (list[ModelDependency] | Unset): Packages the inference code and model need. May be omitted when
            the configuration file lists them.
        model_metrics (str | Unset): Model precision as a JSON-encoded ModelMetrics object; normally read from the
            configuration file.
        apis (list[ModelApi] | str | Unset): Input and output parameters of all the model's APIs; may be omitted when
            read from the
            configuration file. The table types it as a string (JSON text, as the details answer
            returns it) while the sample request sends an array of objects, so both are accepted.
        initial_config (str | Unset): The final model configuration file as a string; the preferred way to give apis,
            dependencies, input_params and output_params.
        workspace_id (str | Unset): Workspace ID; `0` is the default workspace. Default: '0'.
        model_docs (list[ModelDoc] | Unset): Model description documents, at most three.
        install_type (list[ModelInstallType] | Unset): Kinds of service the model may be deployed as.
        source_copy (ModelCreateRequestSourceCopy | Unset): Image models only (model_type Image): `true` copies the SWR
            image, so later changes to
            the source image do not affect deployments but the model takes longer to create;
            `false` uses the source image directly. Copying is on when not set.
        cmd (str | Unset): Command the model image is started with.
        health (ModelHealth | Unset): Health check of a model, as given at import and returned in the details.
    """

    model_name: str
    model_version: str
    source_location: str
    model_type: ModelType
    source_job_id: str | Unset = UNSET
    source_job_version: str | Unset = UNSET
    source_type: ModelCreateRequestSourceType | Unset = UNSET
    runtime: str | Unset = UNSET
    description: str | Unset = UNSET
    model_algorithm: str | Unset = UNSET
    execution_code: str | Unset = UNSET
    input_params: list[ModelParam] | Unset = UNSET
    output_params: list[ModelParam] | Unset = UNSET
    dependencies: list[ModelDependency] | Unset = UNSET
    model_metrics: str | Unset = UNSET
    apis: list[ModelApi] | str | Unset = UNSET
    initial_config: str | Unset = UNSET
    workspace_id: str | Unset = "0"
    model_docs: list[ModelDoc] | Unset = UNSET
    install_type: list[ModelInstallType] | Unset = UNSET
    source_copy: ModelCreateRequestSourceCopy | Unset = UNSET
    cmd: str | Unset = UNSET
    health: ModelHealth | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        model_version = self.model_version

        source_location = self.source_location

        model_type = self.model_type.value

        source_job_id = self.source_job_id

        source_job_version = self.source_job_version

        source_type: str | Unset = UNSET
        if not isinstance(self.source_type, Unset):
            source_type = self.source_type.value

        runtime = self.runtime

        description = self.description

        model_algorithm = self.model_algorithm

        execution_code = self.execution_code

        input_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.input_params, Unset):
            input_params = []
            for input_params_item_data in self.input_params:
                input_params_item = input_params_item_data.to_dict()
                input_params.append(input_params_item)

        output_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.output_params, Unset):
            output_params = []
            for output_params_item_data in self.output_params:
                output_params_item = output_params_item_data.to_dict()
                output_params.append(output_params_item)

        dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = []
            for dependencies_item_data in self.dependencies:
                dependencies_item = dependencies_item_data.to_dict()
                dependencies.append(dependencies_item)

        model_metrics = self.model_metrics

        apis: list[dict[str, Any]] | str | Unset
        if isinstance(self.apis, Unset):
            apis = UNSET
        elif isinstance(self.apis, list):
            apis = []
            for apis_type_1_item_data in self.apis:
                apis_type_1_item = apis_type_1_item_data.to_dict()
                apis.append(apis_type_1_item)

        else:
            apis = self.apis

        initial_config = self.initial_config

        workspace_id = self.workspace_id

        model_docs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_docs, Unset):
            model_docs = []
            for model_docs_item_data in self.model_docs:
                model_docs_item = model_docs_item_data.to_dict()
                model_docs.append(model_docs_item)

        install_type: list[str] | Unset = UNSET
        if not isinstance(self.install_type, Unset):
            install_type = []
            for install_type_item_data in self.install_type:
                install_type_item = install_type_item_data.value
                install_type.append(install_type_item)

        source_copy: str | Unset = UNSET
        if not isinstance(self.source_copy, Unset):
            source_copy = self.source_copy.value

        cmd = self.cmd

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_name": model_name,
                "model_version": model_version,
                "source_location": source_location,
                "model_type": model_type,
            }
        )
        if source_job_id is not UNSET:
            field_dict["source_job_id"] = source_job_id
        if source_job_version is not UNSET:
            field_dict["source_job_version"] = source_job_version
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if description is not UNSET:
            field_dict["description"] = description
        if model_algorithm is not UNSET:
            field_dict["model_algorithm"] = model_algorithm
        if execution_code is not UNSET:
            field_dict["execution_code"] = execution_code
        if input_params is not UNSET:
            field_dict["input_params"] = input_params
        if output_params is not UNSET:
            field_dict["output_params"] = output_params
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if model_metrics is not UNSET:
            field_dict["model_metrics"] = model_metrics
        if apis is not UNSET:
            field_dict["apis"] = apis
        if initial_config is not UNSET:
            field_dict["initial_config"] = initial_config
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if model_docs is not UNSET:
            field_dict["model_docs"] = model_docs
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if source_copy is not UNSET:
            field_dict["source_copy"] = source_copy
        if cmd is not UNSET:
            field_dict["cmd"] = cmd
        if health is not UNSET:
            field_dict["health"] = health

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_api import ModelApi  # noqa: PLC0415
        from ..models.model_dependency import ModelDependency  # noqa: PLC0415
        from ..models.model_doc import ModelDoc  # noqa: PLC0415
        from ..models.model_health import ModelHealth  # noqa: PLC0415
        from ..models.model_param import ModelParam  # noqa: PLC0415

        d = dict(src_dict)
        model_name = d.pop("model_name")

        model_version = d.pop("model_version")

        source_location = d.pop("source_location")

        model_type = ModelType.from_json(d.pop("model_type"))

        source_job_id = d.pop("source_job_id", UNSET)

        source_job_version = d.pop("source_job_version", UNSET)

        _source_type = d.pop("source_type", UNSET)
        source_type: ModelCreateRequestSourceType | Unset
        if isinstance(_source_type, Unset):
            source_type = UNSET
        else:
            source_type = ModelCreateRequestSourceType.from_json(_source_type)

        runtime = d.pop("runtime", UNSET)

        description = d.pop("description", UNSET)

        model_algorithm = d.pop("model_algorithm", UNSET)

        execution_code = d.pop("execution_code", UNSET)

        _input_params = d.pop("input_params", UNSET)
        input_params: list[ModelParam] | Unset = UNSET
        if _input_params is not UNSET and _input_params is not None:
            input_params = []
            for input_params_item_data in _input_params:
                input_params_item = ModelParam.from_dict(input_params_item_data)

                input_params.append(input_params_item)

        _output_params = d.pop("output_params", UNSET)
        output_params: list[ModelParam] | Unset = UNSET
        if _output_params is not UNSET and _output_params is not None:
            output_params = []
            for output_params_item_data in _output_params:
                output_params_item = ModelParam.from_dict(output_params_item_data)

                output_params.append(output_params_item)

        _dependencies = d.pop("dependencies", UNSET)
        dependencies: list[ModelDependency] | Unset = UNSET
        if _dependencies is not UNSET and _dependencies is not None:
            dependencies = []
            for dependencies_item_data in _dependencies:
                dependencies_item = ModelDependency.from_dict(dependencies_item_data)

                dependencies.append(dependencies_item)

        model_metrics = d.pop("model_metrics", UNSET)

        def _parse_apis(data: object) -> list[ModelApi] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                apis_type_1 = []
                _apis_type_1 = data
                for apis_type_1_item_data in _apis_type_1:
                    apis_type_1_item = ModelApi.from_dict(apis_type_1_item_data)

                    apis_type_1.append(apis_type_1_item)

                return apis_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelApi] | str | Unset, data)

        apis = _parse_apis(d.pop("apis", UNSET))

        initial_config = d.pop("initial_config", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        _model_docs = d.pop("model_docs", UNSET)
        model_docs: list[ModelDoc] | Unset = UNSET
        if _model_docs is not UNSET and _model_docs is not None:
            model_docs = []
            for model_docs_item_data in _model_docs:
                model_docs_item = ModelDoc.from_dict(model_docs_item_data)

                model_docs.append(model_docs_item)

        _install_type = d.pop("install_type", UNSET)
        install_type: list[ModelInstallType] | Unset = UNSET
        if _install_type is not UNSET and _install_type is not None:
            install_type = []
            for install_type_item_data in _install_type:
                install_type_item = ModelInstallType.from_json(install_type_item_data)

                install_type.append(install_type_item)

        _source_copy = d.pop("source_copy", UNSET)
        source_copy: ModelCreateRequestSourceCopy | Unset
        if isinstance(_source_copy, Unset):
            source_copy = UNSET
        else:
            source_copy = ModelCreateRequestSourceCopy.from_json(_source_copy)

        cmd = d.pop("cmd", UNSET)

        _health = d.pop("health", UNSET)
        health: ModelHealth | Unset
        if isinstance(_health, Unset) or _health is None:
            health = UNSET
        else:
            health = ModelHealth.from_dict(_health)

        model_create_request = cls(
            model_name,
            model_version,
            source_location,
            model_type,
            source_job_id,
            source_job_version,
            source_type,
            runtime,
            description,
            model_algorithm,
            execution_code,
            input_params,
            output_params,
            dependencies,
            model_metrics,
            apis,
            initial_config,
            workspace_id,
            model_docs,
            install_type,
            source_copy,
            cmd,
            health,
        )

        model_create_request.additional_properties = d
        return model_create_request

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
