from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_detail_source_copy import ModelDetailSourceCopy
from ..models.model_install_type import ModelInstallType
from ..models.model_source import ModelSource
from ..models.model_status import ModelStatus
from ..models.model_type import ModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_dependency_info import ModelDependencyInfo
    from ..models.model_detail_labels_map import ModelDetailLabelsMap
    from ..models.model_guide_doc import ModelGuideDoc
    from ..models.model_health import ModelHealth
    from ..models.model_param import ModelParam
    from ..models.model_specification import ModelSpecification


T = TypeVar("T", bound="ModelDetail")


@_attrs_define
class ModelDetail:
    """Full description of a model.

    Attributes:
        model_id (str | Unset): Model ID.
        model_name (str | Unset): Model name.
        model_version (str | Unset): Model version.
        create_at (int | Unset): Creation time, epoch milliseconds (UTC).
        tenant (str | Unset): Tenant owning the model.
        project (str | Unset): Project owning the model.
        owner (str | Unset): User owning the model.
        source_location (str | Unset): OBS path of the model, or the template address of its SWR image.
        source_job_id (str | Unset): ID of the training job that produced the model.
        source_job_version (str | Unset): Version of the training job that produced the model.
        source_type (str | Unset): auto for an ExeML model; empty or absent for one from a training job or an OBS model
            file.
        model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in the import, list and
            details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        model_size (int | Unset): Model size in bytes.
        model_status (ModelStatus | Unset): Model status (values listed with the `model_status` filter of the list
            operation).
        runtime (str | Unset): Runtime environment.
        description (str | Unset): Model description.
        execution_code (str | Unset): OBS path of the inference code (file name customize_service.py).
        schema_doc (str | Unset): Download address of the model schema file.
        image_address (str | Unset): Image path produced by packaging the model.
        input_params (list[ModelParam] | Unset): Input parameters of the model.
        output_params (list[ModelParam] | Unset): Output parameters of the model.
        dependencies (list[ModelDependencyInfo] | Unset): Packages the inference code and model need.
        model_metrics (str | Unset): Model precision as a JSON-encoded ModelMetrics object.
        apis (str | Unset): Input and output parameters of all the model's APIs, as JSON text (from the model preview).
        model_source (ModelSource | Unset): Where a model comes from. auto is ExeML, algos a built-in algorithm, custom
            a custom model.
        tunable (bool | Unset): Whether the model can be tuned.
        market_flag (bool | Unset): Whether the model was subscribed from the marketplace.
        publishable_flag (bool | Unset): Whether the model can be published to the marketplace.
        model_docs (list[ModelGuideDoc] | Unset): Model description documents.
        health (ModelHealth | Unset): Health check of a model, as given at import and returned in the details.
        model_algorithm (str | Unset): Algorithm, such as predict_analysis, object_detection or image_classification.
        model_labels (list[str] | Unset): Model labels.
        labels_map (ModelDetailLabelsMap | Unset): Label map; its only key is `labels`, whose value is the label array.
        workspace_id (str | Unset): Workspace ID.
        install_type (list[ModelInstallType] | Unset): Kinds of service the model can be deployed as.
        specification (ModelSpecification | Unset): Smallest resources a deployment of the model needs.
        config (str | Unset): Model configuration, as JSON text. Its probes are the keys health, readiness_health and
            startup_health, each with the fields of ModelHealth.
        source_copy (ModelDetailSourceCopy | Unset): Image models only (model_type Image): `true` copies the SWR image,
            so later changes to
            the source image do not affect deployments but the model takes longer to create;
            `false` uses the source image directly. Copying is on when not set.
        cmd (str | Unset): Command the model image is started with.
    """

    model_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    model_version: str | Unset = UNSET
    create_at: int | Unset = UNSET
    tenant: str | Unset = UNSET
    project: str | Unset = UNSET
    owner: str | Unset = UNSET
    source_location: str | Unset = UNSET
    source_job_id: str | Unset = UNSET
    source_job_version: str | Unset = UNSET
    source_type: str | Unset = UNSET
    model_type: ModelType | Unset = UNSET
    model_size: int | Unset = UNSET
    model_status: ModelStatus | Unset = UNSET
    runtime: str | Unset = UNSET
    description: str | Unset = UNSET
    execution_code: str | Unset = UNSET
    schema_doc: str | Unset = UNSET
    image_address: str | Unset = UNSET
    input_params: list[ModelParam] | Unset = UNSET
    output_params: list[ModelParam] | Unset = UNSET
    dependencies: list[ModelDependencyInfo] | Unset = UNSET
    model_metrics: str | Unset = UNSET
    apis: str | Unset = UNSET
    model_source: ModelSource | Unset = UNSET
    tunable: bool | Unset = UNSET
    market_flag: bool | Unset = UNSET
    publishable_flag: bool | Unset = UNSET
    model_docs: list[ModelGuideDoc] | Unset = UNSET
    health: ModelHealth | Unset = UNSET
    model_algorithm: str | Unset = UNSET
    model_labels: list[str] | Unset = UNSET
    labels_map: ModelDetailLabelsMap | Unset = UNSET
    workspace_id: str | Unset = UNSET
    install_type: list[ModelInstallType] | Unset = UNSET
    specification: ModelSpecification | Unset = UNSET
    config: str | Unset = UNSET
    source_copy: ModelDetailSourceCopy | Unset = UNSET
    cmd: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        model_name = self.model_name

        model_version = self.model_version

        create_at = self.create_at

        tenant = self.tenant

        project = self.project

        owner = self.owner

        source_location = self.source_location

        source_job_id = self.source_job_id

        source_job_version = self.source_job_version

        source_type = self.source_type

        model_type: str | Unset = UNSET
        if not isinstance(self.model_type, Unset):
            model_type = self.model_type.value

        model_size = self.model_size

        model_status: str | Unset = UNSET
        if not isinstance(self.model_status, Unset):
            model_status = self.model_status.value

        runtime = self.runtime

        description = self.description

        execution_code = self.execution_code

        schema_doc = self.schema_doc

        image_address = self.image_address

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

        apis = self.apis

        model_source: str | Unset = UNSET
        if not isinstance(self.model_source, Unset):
            model_source = self.model_source.value

        tunable = self.tunable

        market_flag = self.market_flag

        publishable_flag = self.publishable_flag

        model_docs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_docs, Unset):
            model_docs = []
            for model_docs_item_data in self.model_docs:
                model_docs_item = model_docs_item_data.to_dict()
                model_docs.append(model_docs_item)

        health: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health, Unset):
            health = self.health.to_dict()

        model_algorithm = self.model_algorithm

        model_labels: list[str] | Unset = UNSET
        if not isinstance(self.model_labels, Unset):
            model_labels = self.model_labels

        labels_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels_map, Unset):
            labels_map = self.labels_map.to_dict()

        workspace_id = self.workspace_id

        install_type: list[str] | Unset = UNSET
        if not isinstance(self.install_type, Unset):
            install_type = []
            for install_type_item_data in self.install_type:
                install_type_item = install_type_item_data.value
                install_type.append(install_type_item)

        specification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.specification, Unset):
            specification = self.specification.to_dict()

        config = self.config

        source_copy: str | Unset = UNSET
        if not isinstance(self.source_copy, Unset):
            source_copy = self.source_copy.value

        cmd = self.cmd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if create_at is not UNSET:
            field_dict["create_at"] = create_at
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if project is not UNSET:
            field_dict["project"] = project
        if owner is not UNSET:
            field_dict["owner"] = owner
        if source_location is not UNSET:
            field_dict["source_location"] = source_location
        if source_job_id is not UNSET:
            field_dict["source_job_id"] = source_job_id
        if source_job_version is not UNSET:
            field_dict["source_job_version"] = source_job_version
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if model_type is not UNSET:
            field_dict["model_type"] = model_type
        if model_size is not UNSET:
            field_dict["model_size"] = model_size
        if model_status is not UNSET:
            field_dict["model_status"] = model_status
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if description is not UNSET:
            field_dict["description"] = description
        if execution_code is not UNSET:
            field_dict["execution_code"] = execution_code
        if schema_doc is not UNSET:
            field_dict["schema_doc"] = schema_doc
        if image_address is not UNSET:
            field_dict["image_address"] = image_address
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
        if model_source is not UNSET:
            field_dict["model_source"] = model_source
        if tunable is not UNSET:
            field_dict["tunable"] = tunable
        if market_flag is not UNSET:
            field_dict["market_flag"] = market_flag
        if publishable_flag is not UNSET:
            field_dict["publishable_flag"] = publishable_flag
        if model_docs is not UNSET:
            field_dict["model_docs"] = model_docs
        if health is not UNSET:
            field_dict["health"] = health
        if model_algorithm is not UNSET:
            field_dict["model_algorithm"] = model_algorithm
        if model_labels is not UNSET:
            field_dict["model_labels"] = model_labels
        if labels_map is not UNSET:
            field_dict["labels_map"] = labels_map
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if install_type is not UNSET:
            field_dict["install_type"] = install_type
        if specification is not UNSET:
            field_dict["specification"] = specification
        if config is not UNSET:
            field_dict["config"] = config
        if source_copy is not UNSET:
            field_dict["source_copy"] = source_copy
        if cmd is not UNSET:
            field_dict["cmd"] = cmd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} is a JSON object, not {type(src_dict).__name__}")
        from ..models.model_dependency_info import ModelDependencyInfo  # noqa: PLC0415
        from ..models.model_detail_labels_map import ModelDetailLabelsMap  # noqa: PLC0415
        from ..models.model_guide_doc import ModelGuideDoc  # noqa: PLC0415
        from ..models.model_health import ModelHealth  # noqa: PLC0415
        from ..models.model_param import ModelParam  # noqa: PLC0415
        from ..models.model_specification import ModelSpecification  # noqa: PLC0415

        d = dict(src_dict)
        model_id = d.pop("model_id", UNSET)

        model_name = d.pop("model_name", UNSET)

        model_version = d.pop("model_version", UNSET)

        create_at = d.pop("create_at", UNSET)

        tenant = d.pop("tenant", UNSET)

        project = d.pop("project", UNSET)

        owner = d.pop("owner", UNSET)

        source_location = d.pop("source_location", UNSET)

        source_job_id = d.pop("source_job_id", UNSET)

        source_job_version = d.pop("source_job_version", UNSET)

        source_type = d.pop("source_type", UNSET)

        _model_type = d.pop("model_type", UNSET)
        model_type: ModelType | Unset
        if isinstance(_model_type, Unset):
            model_type = UNSET
        else:
            model_type = ModelType.from_json(_model_type)

        model_size = d.pop("model_size", UNSET)

        _model_status = d.pop("model_status", UNSET)
        model_status: ModelStatus | Unset
        if isinstance(_model_status, Unset):
            model_status = UNSET
        else:
            model_status = ModelStatus.from_json(_model_status)

        runtime = d.pop("runtime", UNSET)

        description = d.pop("description", UNSET)

        execution_code = d.pop("execution_code", UNSET)

        schema_doc = d.pop("schema_doc", UNSET)

        image_address = d.pop("image_address", UNSET)

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
        dependencies: list[ModelDependencyInfo] | Unset = UNSET
        if _dependencies is not UNSET and _dependencies is not None:
            dependencies = []
            for dependencies_item_data in _dependencies:
                dependencies_item = ModelDependencyInfo.from_dict(dependencies_item_data)

                dependencies.append(dependencies_item)

        model_metrics = d.pop("model_metrics", UNSET)

        apis = d.pop("apis", UNSET)

        _model_source = d.pop("model_source", UNSET)
        model_source: ModelSource | Unset
        if isinstance(_model_source, Unset):
            model_source = UNSET
        else:
            model_source = ModelSource.from_json(_model_source)

        tunable = d.pop("tunable", UNSET)

        market_flag = d.pop("market_flag", UNSET)

        publishable_flag = d.pop("publishable_flag", UNSET)

        _model_docs = d.pop("model_docs", UNSET)
        model_docs: list[ModelGuideDoc] | Unset = UNSET
        if _model_docs is not UNSET and _model_docs is not None:
            model_docs = []
            for model_docs_item_data in _model_docs:
                model_docs_item = ModelGuideDoc.from_dict(model_docs_item_data)

                model_docs.append(model_docs_item)

        _health = d.pop("health", UNSET)
        health: ModelHealth | Unset
        if isinstance(_health, Unset) or _health is None:
            health = UNSET
        else:
            health = ModelHealth.from_dict(_health)

        model_algorithm = d.pop("model_algorithm", UNSET)

        model_labels = cast(list[str], d.pop("model_labels", UNSET))

        _labels_map = d.pop("labels_map", UNSET)
        labels_map: ModelDetailLabelsMap | Unset
        if isinstance(_labels_map, Unset) or _labels_map is None:
            labels_map = UNSET
        else:
            labels_map = ModelDetailLabelsMap.from_dict(_labels_map)

        workspace_id = d.pop("workspace_id", UNSET)

        _install_type = d.pop("install_type", UNSET)
        install_type: list[ModelInstallType] | Unset = UNSET
        if _install_type is not UNSET and _install_type is not None:
            install_type = []
            for install_type_item_data in _install_type:
                install_type_item = ModelInstallType.from_json(install_type_item_data)

                install_type.append(install_type_item)

        _specification = d.pop("specification", UNSET)
        specification: ModelSpecification | Unset
        if isinstance(_specification, Unset) or _specification is None:
            specification = UNSET
        else:
            specification = ModelSpecification.from_dict(_specification)

        config = d.pop("config", UNSET)

        _source_copy = d.pop("source_copy", UNSET)
        source_copy: ModelDetailSourceCopy | Unset
        if isinstance(_source_copy, Unset):
            source_copy = UNSET
        else:
            source_copy = ModelDetailSourceCopy.from_json(_source_copy)

        cmd = d.pop("cmd", UNSET)

        model_detail = cls(
            model_id,
            model_name,
            model_version,
            create_at,
            tenant,
            project,
            owner,
            source_location,
            source_job_id,
            source_job_version,
            source_type,
            model_type,
            model_size,
            model_status,
            runtime,
            description,
            execution_code,
            schema_doc,
            image_address,
            input_params,
            output_params,
            dependencies,
            model_metrics,
            apis,
            model_source,
            tunable,
            market_flag,
            publishable_flag,
            model_docs,
            health,
            model_algorithm,
            model_labels,
            labels_map,
            workspace_id,
            install_type,
            specification,
            config,
            source_copy,
            cmd,
        )

        model_detail.additional_properties = d
        return model_detail

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
