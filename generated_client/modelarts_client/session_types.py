"""Static types of ``modelarts_overlays.Session``'s calls, one overload per operation of the spec.

Generated with the client, from the same parse of the document; never imported at run time (the
overlays read it only when type checking), so it costs a call or an import nothing. Names a user
may want in their own annotations: ``OperationName`` (any operation), ``ListOperationName``,
``WaitableOperationName``, and the ``...Dict`` TypedDicts of request bodies given as plain dicts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any, Literal, Protocol, overload

from typing_extensions import Required, TypedDict

from .models import (
    Cluster,
    ClusterListResponse,
    ClusterStatus,
    DevEnvActionRequest,
    DevEnvActionResponse,
    DevEnvCreateInstanceRequest,
    DevEnvDeleteInstanceResponse,
    DevEnvInstance,
    DevEnvInstanceList,
    DevEnvInstanceStatus,
    DevEnvUpdateInstanceRequest,
    GetTrainingJobConfigConfigType,
    GetTrainingJobLogLinesOrder,
    IamTokenRequest,
    IamTokenResponse,
    JobSpecEngineList,
    JobSpecResourceList,
    JobStatus,
    ListBuiltinAlgorithmsOrder,
    ListBuiltinAlgorithmsSortBy,
    ListClustersOrder,
    ListClustersSortBy,
    ListDevenvInstancesOrder,
    ListDevenvInstancesSortby,
    ListJobEngineSpecsJobType,
    ListJobResourceSpecsJobType,
    ListJobResourceSpecsProjectType,
    ListModelsOrder,
    ListModelsSortBy,
    ListServiceEventsEventType,
    ListServiceEventsOrder,
    ListServicesOrder,
    ListServiceSpecificationsInferType,
    ListServicesSortBy,
    ListTrainingJobConfigsConfigType,
    ListTrainingJobConfigsOrder,
    ListTrainingJobConfigsSortBy,
    ListTrainingJobsOrder,
    ListTrainingJobsSortBy,
    ListVisualizationJobsOrder,
    ListVisualizationJobsSortBy,
    ListWorkspacesOrder,
    ListWorkspacesSortBy,
    ModelCreateRequest,
    ModelCreateResponse,
    ModelDeleteResponse,
    ModelDetail,
    ModelListResponse,
    ModelStatus,
    ModelSummary,
    ModelType,
    OperationResult,
    ServiceCreateRequest,
    ServiceCreateResponse,
    ServiceDetail,
    ServiceEvent,
    ServiceEventListResponse,
    ServiceInferType,
    ServiceListResponse,
    ServiceMonitorResponse,
    ServiceNodeStatusRequest,
    ServiceSpecificationListResponse,
    ServiceStatus,
    ServiceSummary,
    ServiceUpdateLogsResponse,
    ServiceUpdateRequest,
    TrainAlgorithm,
    TrainAlgorithmListResponse,
    TrainConfigCreateRequest,
    TrainConfigDetail,
    TrainConfigList,
    TrainConfigSummary,
    TrainConfigUpdateRequest,
    TrainJobCreateRequest,
    TrainJobCreateResponse,
    TrainJobDescriptionUpdateRequest,
    TrainJobListResponse,
    TrainJobLogFileListResponse,
    TrainJobLogLinesResponse,
    TrainJobLogResponse,
    TrainJobSummary,
    TrainJobVersion,
    TrainJobVersionCreateRequest,
    TrainJobVersionCreateResponse,
    TrainJobVersionDetail,
    TrainJobVersionListResponse,
    VisualizationCreateRequest,
    VisualizationCreateResponse,
    VisualizationDetail,
    VisualizationJobSummary,
    VisualizationList,
    VisualizationUpdateRequest,
    WorkspaceCreateRequest,
    WorkspaceIdResponse,
    WorkspaceInfo,
    WorkspaceListResponse,
    WorkspaceQuotasResponse,
    WorkspaceQuotasUpdateRequest,
    WorkspaceSummary,
    WorkspaceUpdateRequest,
)
from .types import Unset

OperationName = Literal[
    "create_devenv_instance",
    "create_iam_token",
    "create_model",
    "create_service",
    "create_training_job",
    "create_training_job_config",
    "create_training_job_version",
    "create_visualization_job",
    "create_workspace",
    "delete_devenv_instance",
    "delete_model",
    "delete_service",
    "delete_training_job",
    "delete_training_job_config",
    "delete_training_job_version",
    "delete_visualization_job",
    "delete_workspace",
    "get_devenv_instance",
    "get_model",
    "get_service",
    "get_service_monitor",
    "get_training_job_config",
    "get_training_job_log_lines",
    "get_training_job_logs",
    "get_training_job_version",
    "get_visualization_job",
    "get_workspace",
    "get_workspace_quotas",
    "list_builtin_algorithms",
    "list_clusters",
    "list_devenv_instances",
    "list_job_engine_specs",
    "list_job_resource_specs",
    "list_models",
    "list_service_events",
    "list_service_specifications",
    "list_service_update_logs",
    "list_services",
    "list_training_job_configs",
    "list_training_job_log_files",
    "list_training_job_versions",
    "list_training_jobs",
    "list_visualization_jobs",
    "list_workspaces",
    "manage_devenv_instance",
    "restart_visualization_job",
    "stop_training_job_version",
    "stop_visualization_job",
    "update_devenv_instance",
    "update_service",
    "update_service_node_status",
    "update_training_job_config",
    "update_training_job_description",
    "update_visualization_job_description",
    "update_workspace",
    "update_workspace_quotas",
]

ListOperationName = Literal[
    "get_training_job_log_lines",
    "get_training_job_logs",
    "list_builtin_algorithms",
    "list_clusters",
    "list_devenv_instances",
    "list_models",
    "list_service_events",
    "list_services",
    "list_training_job_configs",
    "list_training_job_versions",
    "list_training_jobs",
    "list_visualization_jobs",
    "list_workspaces",
]

WaitableOperationName = Literal[
    "get_devenv_instance",
    "get_model",
    "get_service",
    "get_training_job_version",
    "get_visualization_job",
    "get_workspace",
]


class ResolvedOperation(Protocol):
    """An operation already looked up (the overlays' ``Operation``); calls through it are not typed."""

    @property
    def operation_id(self) -> str: ...

    @property
    def module(self) -> ModuleType: ...


# What the untyped fallback overloads take: a generated operation module, or a resolved operation.
OperationRef = ModuleType | ResolvedOperation


class DevEnvActionRequestDict(TypedDict, total=False):
    """``DevEnvActionRequest`` as a plain dict."""

    action: Required[Literal["start", "stop", "restart", "queue", "dequeue"]]


class DevEnvAutoStopDict(TypedDict, total=False):
    """``DevEnvAutoStop`` as a plain dict."""

    enable: bool
    duration: int
    prompt: bool


class DevEnvAutoStopUpdateDict(TypedDict, total=False):
    """``DevEnvAutoStopUpdate`` as a plain dict."""

    enable: bool
    duration: int
    prompt: bool


class DevEnvCreateInstanceRequestDict(TypedDict, total=False):
    """``DevEnvCreateInstanceRequest`` as a plain dict."""

    name: Required[str]
    profile_id: Required[
        Literal["Python2", "Python2-gpu", "Python3", "Python3-gpu", "TF-2.1.0&Pytorch-1.4.0-python3.6"]
    ]
    flavor: Required[str]
    spec: Required[DevEnvNotebookSpecDict]
    description: str
    workspace: DevEnvWorkspaceDict


class DevEnvEvsStorageDict(TypedDict, total=False):
    """``DevEnvEvsStorage`` as a plain dict."""

    type: Required[Literal["evs"]]
    location: DevEnvEvsStorageLocationDict


class DevEnvEvsStorageLocationDict(TypedDict, total=False):
    """``DevEnvEvsStorageLocation`` as a plain dict."""

    volume_size: int


class DevEnvNotebookSpecDict(TypedDict, total=False):
    """``DevEnvNotebookSpec`` as a plain dict."""

    storage: Required[DevEnvObsStorageDict | DevEnvEvsStorageDict]
    auto_stop: DevEnvAutoStopDict
    annotations: dict[str, Any]


class DevEnvObsStorageDict(TypedDict, total=False):
    """``DevEnvObsStorage`` as a plain dict."""

    type: Required[Literal["obs"]]
    location: Required[DevEnvObsStorageLocationDict]


class DevEnvObsStorageLocationDict(TypedDict, total=False):
    """``DevEnvObsStorageLocation`` as a plain dict."""

    path: Required[str]


class DevEnvUpdateInstanceRequestDict(TypedDict, total=False):
    """``DevEnvUpdateInstanceRequest`` as a plain dict."""

    description: str
    spec: DevEnvUpdateSpecDict


class DevEnvUpdateSpecDict(TypedDict, total=False):
    """``DevEnvUpdateSpec`` as a plain dict."""

    auto_stop: DevEnvAutoStopUpdateDict


class DevEnvWorkspaceDict(TypedDict, total=False):
    """``DevEnvWorkspace`` as a plain dict."""

    id: str


class IamAuthDict(TypedDict, total=False):
    """``IamAuth`` as a plain dict."""

    identity: Required[IamIdentityDict]
    scope: Required[IamScopeDict]


class IamDomainNameDict(TypedDict, total=False):
    """``IamDomainName`` as a plain dict."""

    name: Required[str]


class IamIdentityDict(TypedDict, total=False):
    """``IamIdentity`` as a plain dict."""

    methods: Required[list[Literal["password"]]]
    password: Required[IamPasswordIdentityDict]


class IamPasswordIdentityDict(TypedDict, total=False):
    """``IamPasswordIdentity`` as a plain dict."""

    user: Required[IamPasswordUserDict]


class IamPasswordUserDict(TypedDict, total=False):
    """``IamPasswordUser`` as a plain dict."""

    name: Required[str]
    password: Required[str]
    domain: Required[IamDomainNameDict]


class IamScopeDict(TypedDict, total=False):
    """``IamScope`` as a plain dict."""

    project: Required[IamScopeProjectDict]


class IamScopeProjectDict(TypedDict, total=False):
    """``IamScopeProject`` as a plain dict."""

    name: str
    id: str


class IamTokenRequestDict(TypedDict, total=False):
    """``IamTokenRequest`` as a plain dict."""

    auth: Required[IamAuthDict]


class ModelApiDict(TypedDict, total=False):
    """``ModelApi`` as a plain dict."""

    url: str
    protocol: str
    method: str
    input_params: dict[str, Any]
    output_params: dict[str, Any]


class ModelCreateRequestDict(TypedDict, total=False):
    """``ModelCreateRequest`` as a plain dict."""

    model_name: Required[str]
    model_version: Required[str]
    source_location: Required[str]
    model_type: Required[
        Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
    ]
    source_job_id: str
    source_job_version: str
    source_type: Literal["auto"]
    runtime: str
    description: str
    model_algorithm: str
    execution_code: str
    input_params: list[ModelParamDict]
    output_params: list[ModelParamDict]
    dependencies: list[ModelDependencyDict]
    model_metrics: str
    apis: str | list[ModelApiDict]
    initial_config: str
    workspace_id: str
    model_docs: list[ModelDocDict]
    install_type: list[Literal["real-time", "realtime", "batch", "edge"]]


class ModelDependencyDict(TypedDict, total=False):
    """``ModelDependency`` as a plain dict."""

    installer: Required[Literal["pip"]]
    packages: Required[list[ModelPackageDict]]


class ModelDocDict(TypedDict, total=False):
    """``ModelDoc`` as a plain dict."""

    doc_name: Required[str]
    doc_url: Required[str]


class ModelPackageDict(TypedDict, total=False):
    """``ModelPackage`` as a plain dict."""

    package_name: Required[str]
    package_version: str
    restraint: Literal["EXACT", "ATLEAST", "ATMOST"]


class ModelParamDict(TypedDict, total=False):
    """``ModelParam`` as a plain dict."""

    url: str
    method: Literal["post", "get"]
    protocol: str
    param_name: str
    param_type: Literal["int", "string", "float", "timestamp", "date", "file", "box", "object"]
    min: float
    max: float
    param_desc: str


class ServiceAdditionalPropertiesDict(TypedDict, total=False):
    """``ServiceAdditionalProperties`` as a plain dict."""

    smn_notification: ServiceSmnNotificationDict


class ServiceConfigBatchDict(TypedDict, total=False):
    """``ServiceConfigBatch`` as a plain dict."""

    model_id: Required[str]
    specification: Required[str]
    instance_count: Required[int]
    src_path: Required[str]
    dest_path: Required[str]
    req_uri: Required[str]
    mapping_type: Required[Literal["file", "csv"]]
    envs: dict[str, Any]
    src_type: Literal["ManifestFile"]
    mapping_rule: dict[str, Any]


class ServiceConfigEdgeDict(TypedDict, total=False):
    """``ServiceConfigEdge`` as a plain dict."""

    model_id: Required[str]
    specification: Required[str]
    nodes: Required[list[str]]
    envs: dict[str, Any]


class ServiceConfigRealTimeDict(TypedDict, total=False):
    """``ServiceConfigRealTime`` as a plain dict."""

    model_id: Required[str]
    weight: Required[int]
    specification: Required[str]
    instance_count: Required[int]
    custom_spec: ServiceCustomSpecDict
    envs: dict[str, Any]
    cluster_id: str
    additional_properties: dict[str, Any]


class ServiceCreateRequestDict(TypedDict, total=False):
    """``ServiceCreateRequest`` as a plain dict."""

    service_name: Required[str]
    infer_type: Required[Literal["real-time", "batch", "edge"]]
    config: Required[list[ServiceConfigRealTimeDict | ServiceConfigBatchDict | ServiceConfigEdgeDict]]
    description: str
    workspace_id: str
    vpc_id: str
    subnet_network_id: str
    security_group_id: str
    cluster_id: str
    schedule: list[ServiceScheduleDict]
    additional_properties: ServiceAdditionalPropertiesDict


class ServiceCustomSpecDict(TypedDict, total=False):
    """``ServiceCustomSpec`` as a plain dict."""

    cpu: float
    memory: int
    gpu_p4: float
    ascend_a310: int


class ServiceNodeStatusRequestDict(TypedDict, total=False):
    """``ServiceNodeStatusRequest`` as a plain dict."""

    status: Required[Literal["running", "stopped"]]


class ServiceScheduleDict(TypedDict, total=False):
    """``ServiceSchedule`` as a plain dict."""

    type: Required[Literal["stop"]]
    time_unit: Required[Literal["DAYS", "HOURS", "MINUTES"]]
    duration: Required[int]


class ServiceSmnNotificationDict(TypedDict, total=False):
    """``ServiceSmnNotification`` as a plain dict."""

    topic_urn: Required[str]
    events: Required[list[Literal[1, 3, 7, 11]]]


class ServiceUpdateRequestDict(TypedDict, total=False):
    """``ServiceUpdateRequest`` as a plain dict."""

    description: str
    status: Literal["running", "stopped"]
    config: list[ServiceConfigRealTimeDict | ServiceConfigBatchDict | ServiceConfigEdgeDict]
    schedule: list[ServiceScheduleDict]
    additional_properties: ServiceAdditionalPropertiesDict


class TrainConfigCreateRequestDict(TypedDict, total=False):
    """``TrainConfigCreateRequest`` as a plain dict."""

    config_name: Required[str]
    worker_server_num: Required[int]
    spec_id: Required[int]
    config_desc: str
    app_url: str
    boot_file_url: str
    model_id: int
    parameter: list[TrainConfigParameterDict]
    data_url: str
    dataset_id: str
    dataset_version_id: str
    data_source: list[TrainConfigDataSourceDict]
    engine_id: int
    train_url: str
    log_url: str
    user_image_url: str
    user_command: str


class TrainConfigDataSourceDict(TypedDict, total=False):
    """``TrainConfigDataSource`` as a plain dict."""

    type: Required[Literal["obs", "dataset"]]
    dataset_id: str
    dataset_version: str
    data_url: str


class TrainConfigParameterDict(TypedDict, total=False):
    """``TrainConfigParameter`` as a plain dict."""

    label: str
    value: str | float


class TrainConfigUpdateRequestDict(TypedDict, total=False):
    """``TrainConfigUpdateRequest`` as a plain dict."""

    worker_server_num: Required[int]
    spec_id: Required[int]
    config_desc: str
    app_url: str
    boot_file_url: str
    model_id: int
    parameter: list[TrainConfigParameterDict]
    data_url: str
    dataset_id: str
    dataset_version_id: str
    data_source: list[TrainConfigDataSourceDict]
    engine_id: int
    train_url: str
    log_url: str
    user_image_url: str
    user_command: str


class TrainJobCreateConfigDict(TypedDict, total=False):
    """``TrainJobCreateConfig`` as a plain dict."""

    worker_server_num: Required[int]
    spec_id: Required[int]
    train_url: Required[str]
    app_url: str
    boot_file_url: str
    parameter: list[TrainJobParameterDict]
    data_url: str
    dataset_id: str
    dataset_version_id: str
    data_source: list[TrainJobDataSourceDict]
    engine_id: int
    model_id: int
    log_url: str
    user_image_url: str
    user_command: str
    create_version: bool
    volumes: list[TrainJobVolumeDict]


class TrainJobCreateRequestDict(TypedDict, total=False):
    """``TrainJobCreateRequest`` as a plain dict."""

    job_name: Required[str]
    config: Required[TrainJobCreateConfigDict]
    job_desc: str
    workspace_id: str


class TrainJobDataSourceDict(TypedDict, total=False):
    """``TrainJobDataSource`` as a plain dict."""

    type: Required[Literal["obs", "dataset"]]
    dataset_id: str
    dataset_version: str
    data_url: str


class TrainJobDescriptionUpdateRequestDict(TypedDict, total=False):
    """``TrainJobDescriptionUpdateRequest`` as a plain dict."""

    job_desc: str


class TrainJobHostPathVolumeDict(TypedDict, total=False):
    """``TrainJobHostPathVolume`` as a plain dict."""

    src_path: Required[str]
    dest_path: Required[str]
    read_only: bool


class TrainJobNfsVolumeDict(TypedDict, total=False):
    """``TrainJobNfsVolume`` as a plain dict."""

    id: Required[str]
    src_path: Required[str]
    dest_path: Required[str]
    read_only: bool


class TrainJobParameterDict(TypedDict, total=False):
    """``TrainJobParameter`` as a plain dict."""

    label: str
    value: str


class TrainJobVersionConfigDict(TypedDict, total=False):
    """``TrainJobVersionConfig`` as a plain dict."""

    worker_server_num: Required[int]
    spec_id: Required[int]
    train_url: Required[str]
    pre_version_id: Required[int]
    app_url: str
    boot_file_url: str
    parameter: list[TrainJobParameterDict]
    data_url: str
    dataset_id: str
    dataset_version_id: str
    data_source: list[TrainJobDataSourceDict]
    engine_id: int
    model_id: int
    log_url: str
    user_image_url: str
    user_command: str


class TrainJobVersionCreateRequestDict(TypedDict, total=False):
    """``TrainJobVersionCreateRequest`` as a plain dict."""

    config: Required[TrainJobVersionConfigDict]
    job_desc: str


class TrainJobVolumeDict(TypedDict, total=False):
    """``TrainJobVolume`` as a plain dict."""

    nfs: TrainJobNfsVolumeDict
    host_path: TrainJobHostPathVolumeDict


class VisualizationCreateRequestDict(TypedDict, total=False):
    """``VisualizationCreateRequest`` as a plain dict."""

    job_name: Required[str]
    train_url: Required[str]
    job_desc: str


class VisualizationUpdateRequestDict(TypedDict, total=False):
    """``VisualizationUpdateRequest`` as a plain dict."""

    job_desc: str


class WorkspaceCreateRequestDict(TypedDict, total=False):
    """``WorkspaceCreateRequest`` as a plain dict."""

    name: Required[str]
    description: str
    enterprise_project_id: str
    auth_type: Literal["PUBLIC", "PRIVATE", "INTERNAL"]
    grants: list[WorkspaceGrantDict]


class WorkspaceGrantDict(TypedDict, total=False):
    """``WorkspaceGrant`` as a plain dict."""

    user_id: str
    user_name: str


class WorkspaceQuotaUpdateDict(TypedDict, total=False):
    """``WorkspaceQuotaUpdate`` as a plain dict."""

    resource: Required[str]
    quota: Required[int]


class WorkspaceQuotasUpdateRequestDict(TypedDict, total=False):
    """``WorkspaceQuotasUpdateRequest`` as a plain dict."""

    quotas: Required[list[WorkspaceQuotaUpdateDict]]


class WorkspaceUpdateRequestDict(TypedDict, total=False):
    """``WorkspaceUpdateRequest`` as a plain dict."""

    name: str
    description: str
    auth_type: Literal["PUBLIC", "PRIVATE", "INTERNAL"]
    grants: list[WorkspaceGrantDict]


class Call(Protocol):
    """``Session.call``: the operation's parameters in, its parsed 2xx answer out."""

    @overload
    def __call__(
        self,
        operation: Literal["create_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        body: DevEnvCreateInstanceRequest | DevEnvCreateInstanceRequestDict,
    ) -> DevEnvInstance:
        """Create a development environment instance"""

    @overload
    def __call__(
        self,
        operation: Literal["create_iam_token"],
        /,
        *,
        body: IamTokenRequest | IamTokenRequestDict,
    ) -> IamTokenResponse:
        """Obtain an IAM user token"""

    @overload
    def __call__(
        self,
        operation: Literal["create_model"],
        /,
        *,
        project_id: str = ...,
        body: ModelCreateRequest | ModelCreateRequestDict,
    ) -> ModelCreateResponse:
        """Import a model"""

    @overload
    def __call__(
        self,
        operation: Literal["create_service"],
        /,
        *,
        project_id: str = ...,
        body: ServiceCreateRequest | ServiceCreateRequestDict,
    ) -> ServiceCreateResponse:
        """Deploy a model as a service"""

    @overload
    def __call__(
        self,
        operation: Literal["create_training_job"],
        /,
        *,
        project_id: str = ...,
        body: TrainJobCreateRequest | TrainJobCreateRequestDict,
    ) -> TrainJobCreateResponse:
        """Create a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["create_training_job_config"],
        /,
        *,
        project_id: str = ...,
        body: TrainConfigCreateRequest | TrainConfigCreateRequestDict,
    ) -> OperationResult:
        """Create a training job configuration"""

    @overload
    def __call__(
        self,
        operation: Literal["create_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        body: TrainJobVersionCreateRequest | TrainJobVersionCreateRequestDict,
    ) -> TrainJobVersionCreateResponse:
        """Create a version of a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["create_visualization_job"],
        /,
        *,
        project_id: str = ...,
        body: VisualizationCreateRequest | VisualizationCreateRequestDict,
    ) -> VisualizationCreateResponse:
        """Create a visualization job"""

    @overload
    def __call__(
        self,
        operation: Literal["create_workspace"],
        /,
        *,
        project_id: str = ...,
        body: WorkspaceCreateRequest | WorkspaceCreateRequestDict,
    ) -> WorkspaceInfo:
        """Create a workspace"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
    ) -> DevEnvDeleteInstanceResponse:
        """Delete a development environment instance"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_model"],
        /,
        *,
        project_id: str = ...,
        model_id: str,
        cascade: bool | Unset = ...,
    ) -> ModelDeleteResponse:
        """Delete a model"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_service"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
    ) -> Any:
        """Delete a service"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_training_job"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
    ) -> OperationResult:
        """Delete a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_training_job_config"],
        /,
        *,
        project_id: str = ...,
        config_name: str,
    ) -> OperationResult:
        """Delete a training job configuration"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
    ) -> OperationResult:
        """Delete a version of a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
    ) -> OperationResult:
        """Delete a visualization job"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_workspace"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
    ) -> WorkspaceIdResponse:
        """Delete a workspace"""

    @overload
    def __call__(
        self,
        operation: Literal["get_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
    ) -> DevEnvInstance:
        """Get a development environment instance"""

    @overload
    def __call__(
        self,
        operation: Literal["get_model"],
        /,
        *,
        project_id: str = ...,
        model_id: str,
    ) -> ModelDetail:
        """Get model details"""

    @overload
    def __call__(
        self,
        operation: Literal["get_service"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
    ) -> ServiceDetail:
        """Get a service"""

    @overload
    def __call__(
        self,
        operation: Literal["get_service_monitor"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        node_id: str | Unset = ...,
    ) -> ServiceMonitorResponse:
        """Get service monitoring information"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_config"],
        /,
        *,
        project_id: str = ...,
        config_name: str,
        config_type: GetTrainingJobConfigConfigType | Literal["custom", "sample"] | Unset = ...,
    ) -> TrainConfigDetail:
        """Get a training job configuration"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_log_lines"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        base_line: str | Unset = ...,
        lines: int | Unset = ...,
        log_file: str,
        order: GetTrainingJobLogLinesOrder | Literal["asc", "desc"] | Unset = ...,
    ) -> TrainJobLogLinesResponse:
        """Read training job logs by line (new)"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_logs"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        start_byte: int | Unset = ...,
        offset: int | Unset = ...,
        log_file: str,
    ) -> TrainJobLogResponse:
        """Read training job logs by byte window (old)"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
    ) -> TrainJobVersionDetail:
        """Get the details of a training job version"""

    @overload
    def __call__(
        self,
        operation: Literal["get_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
    ) -> VisualizationDetail:
        """Get a visualization job"""

    @overload
    def __call__(
        self,
        operation: Literal["get_workspace"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
    ) -> WorkspaceInfo:
        """Get workspace details"""

    @overload
    def __call__(
        self,
        operation: Literal["get_workspace_quotas"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
    ) -> WorkspaceQuotasResponse:
        """Get workspace quotas"""

    @overload
    def __call__(
        self,
        operation: Literal["list_builtin_algorithms"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListBuiltinAlgorithmsSortBy
        | Literal["engine", "model_name", "model_precision", "model_usage", "model_size", "create_time", "parameter"]
        | Unset = ...,
        order: ListBuiltinAlgorithmsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
    ) -> TrainAlgorithmListResponse:
        """List built-in algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_clusters"],
        /,
        *,
        project_id: str = ...,
        cluster_name: str | Unset = ...,
        status: ClusterStatus | Literal["deploying", "running", "concerning", "abnormal"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListClustersSortBy | Literal["created_at", "cluster_name"] | Unset = ...,
        order: ListClustersOrder | Literal["asc", "desc"] | Unset = ...,
    ) -> ClusterListResponse:
        """List dedicated resource pools"""

    @overload
    def __call__(
        self,
        operation: Literal["list_devenv_instances"],
        /,
        *,
        project_id: str = ...,
        de_type: str,
        provision_type: str | Unset = ...,
        status: DevEnvInstanceStatus
        | Literal[
            "CREATE_QUEUING",
            "CREATING",
            "CREATE_FAILED",
            "START_QUEUING",
            "READY_TO_START",
            "STARTING",
            "RESTARTING",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "UNAVAILABLE",
            "DELETED",
            "RESIZING",
            "RESIZE_FAILED",
        ]
        | Unset = ...,
        sortby: ListDevenvInstancesSortby | Literal["name", "creation_timestamp"] | Unset = ...,
        order: ListDevenvInstancesOrder | Literal["asc", "desc"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        workspace_id: str | Unset = ...,
        ai_project: str | Unset = ...,
        pool_id: str | Unset = ...,
    ) -> DevEnvInstanceList:
        """List development environment instances"""

    @overload
    def __call__(
        self,
        operation: Literal["list_job_engine_specs"],
        /,
        *,
        project_id: str = ...,
        job_type: ListJobEngineSpecsJobType | Literal["train", "inference"] | Unset = ...,
    ) -> JobSpecEngineList:
        """List job engine specifications"""

    @overload
    def __call__(
        self,
        operation: Literal["list_job_resource_specs"],
        /,
        *,
        project_id: str = ...,
        job_type: ListJobResourceSpecsJobType | Literal["train", "inference"] | Unset = ...,
        engine_id: int | Unset = ...,
        project_type: ListJobResourceSpecsProjectType | Literal[0, 1, 2, 3] | Unset = ...,
    ) -> JobSpecResourceList:
        """List job resource specifications"""

    @overload
    def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        description: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListModelsSortBy | Literal["create_at", "model_version", "model_size"] | Unset = ...,
        order: ListModelsOrder | Literal["asc", "desc"] | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> ModelListResponse:
        """List models"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_events"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        event_type: ListServiceEventsEventType | Literal["normal", "abnormal"] | Unset = ...,
        start_time: int | Unset = ...,
        end_time: int | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListServiceEventsOrder | Literal["asc", "desc"] | Unset = ...,
    ) -> ServiceEventListResponse:
        """List service events"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_specifications"],
        /,
        *,
        project_id: str = ...,
        is_personal_cluster: bool | Unset = ...,
        infer_type: ListServiceSpecificationsInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
    ) -> ServiceSpecificationListResponse:
        """List supported service deployment flavors"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_update_logs"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
    ) -> ServiceUpdateLogsResponse:
        """List service update logs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_services"],
        /,
        *,
        project_id: str = ...,
        service_id: str | Unset = ...,
        service_name: str | Unset = ...,
        model_id: str | Unset = ...,
        workspace_id: str | Unset = ...,
        infer_type: ServiceInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
        status: ServiceStatus
        | Literal["running", "deploying", "concerning", "failed", "stopped", "finished"]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
    ) -> ServiceListResponse:
        """List services"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_configs"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobConfigsSortBy | Literal["config_name", "config_desc", "create_time"] | Unset = ...,
        order: ListTrainingJobConfigsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        config_type: ListTrainingJobConfigsConfigType | Literal["custom", "sample"] | Unset = ...,
    ) -> TrainConfigList:
        """List training job configurations"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_log_files"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
    ) -> TrainJobLogFileListResponse:
        """List the log file names of a training job version"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_versions"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
    ) -> TrainJobVersionListResponse:
        """List the versions of a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_jobs"],
        /,
        *,
        project_id: str = ...,
        status: str | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobsSortBy
        | Literal["job_name", "job_desc", "status", "duration", "version_count", "create_time"]
        | Unset = ...,
        order: ListTrainingJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> TrainJobListResponse:
        """List training jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_visualization_jobs"],
        /,
        *,
        project_id: str = ...,
        status: JobStatus
        | Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]
        | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListVisualizationJobsSortBy
        | Literal["job_id", "job_name", "job_desc", "create_time", "status"]
        | Unset = ...,
        order: ListVisualizationJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> VisualizationList:
        """List visualization jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_workspaces"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListWorkspacesSortBy | Literal["name", "update_time", "status"] | Unset = ...,
        order: ListWorkspacesOrder | Literal["asc", "desc"] | Unset = ...,
        enterprise_project_id: str | Unset = ...,
        name: str | Unset = ...,
        filter_accessible: bool | Unset = ...,
    ) -> WorkspaceListResponse:
        """List workspaces"""

    @overload
    def __call__(
        self,
        operation: Literal["manage_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
        body: DevEnvActionRequest | DevEnvActionRequestDict,
    ) -> DevEnvActionResponse:
        """Start, stop, restart, queue or dequeue an instance"""

    @overload
    def __call__(
        self,
        operation: Literal["restart_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
    ) -> OperationResult:
        """Restart a visualization job"""

    @overload
    def __call__(
        self,
        operation: Literal["stop_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
    ) -> OperationResult:
        """Stop a training job version"""

    @overload
    def __call__(
        self,
        operation: Literal["stop_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
    ) -> OperationResult:
        """Stop a visualization job"""

    @overload
    def __call__(
        self,
        operation: Literal["update_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
        body: DevEnvUpdateInstanceRequest | DevEnvUpdateInstanceRequestDict,
    ) -> DevEnvInstance:
        """Modify a development environment instance"""

    @overload
    def __call__(
        self,
        operation: Literal["update_service"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        body: ServiceUpdateRequest | ServiceUpdateRequestDict,
    ) -> Any:
        """Update a service"""

    @overload
    def __call__(
        self,
        operation: Literal["update_service_node_status"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        node_id: str,
        body: ServiceNodeStatusRequest | ServiceNodeStatusRequestDict,
    ) -> Any:
        """Start or stop a service instance on an edge node"""

    @overload
    def __call__(
        self,
        operation: Literal["update_training_job_config"],
        /,
        *,
        project_id: str = ...,
        config_name: str,
        body: TrainConfigUpdateRequest | TrainConfigUpdateRequestDict,
    ) -> OperationResult:
        """Modify a training job configuration"""

    @overload
    def __call__(
        self,
        operation: Literal["update_training_job_description"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        body: TrainJobDescriptionUpdateRequest | TrainJobDescriptionUpdateRequestDict,
    ) -> OperationResult:
        """Modify the description of a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["update_visualization_job_description"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
        body: VisualizationUpdateRequest | VisualizationUpdateRequestDict,
    ) -> OperationResult:
        """Modify the description of a visualization job"""

    @overload
    def __call__(
        self,
        operation: Literal["update_workspace"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
        body: WorkspaceUpdateRequest | WorkspaceUpdateRequestDict,
    ) -> WorkspaceIdResponse:
        """Modify a workspace"""

    @overload
    def __call__(
        self,
        operation: Literal["update_workspace_quotas"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
        body: WorkspaceQuotasUpdateRequest | WorkspaceQuotasUpdateRequestDict,
    ) -> WorkspaceQuotasResponse:
        """Modify workspace quotas"""

    @overload
    def __call__(self, operation: OperationRef, /, **params: Any) -> Any: ...


class AsyncCall(Protocol):
    """``Session.acall``: the async twin of :class:`Call`."""

    @overload
    async def __call__(
        self,
        operation: Literal["create_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        body: DevEnvCreateInstanceRequest | DevEnvCreateInstanceRequestDict,
    ) -> DevEnvInstance:
        """Create a development environment instance"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_iam_token"],
        /,
        *,
        body: IamTokenRequest | IamTokenRequestDict,
    ) -> IamTokenResponse:
        """Obtain an IAM user token"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_model"],
        /,
        *,
        project_id: str = ...,
        body: ModelCreateRequest | ModelCreateRequestDict,
    ) -> ModelCreateResponse:
        """Import a model"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_service"],
        /,
        *,
        project_id: str = ...,
        body: ServiceCreateRequest | ServiceCreateRequestDict,
    ) -> ServiceCreateResponse:
        """Deploy a model as a service"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_training_job"],
        /,
        *,
        project_id: str = ...,
        body: TrainJobCreateRequest | TrainJobCreateRequestDict,
    ) -> TrainJobCreateResponse:
        """Create a training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_training_job_config"],
        /,
        *,
        project_id: str = ...,
        body: TrainConfigCreateRequest | TrainConfigCreateRequestDict,
    ) -> OperationResult:
        """Create a training job configuration"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        body: TrainJobVersionCreateRequest | TrainJobVersionCreateRequestDict,
    ) -> TrainJobVersionCreateResponse:
        """Create a version of a training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_visualization_job"],
        /,
        *,
        project_id: str = ...,
        body: VisualizationCreateRequest | VisualizationCreateRequestDict,
    ) -> VisualizationCreateResponse:
        """Create a visualization job"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_workspace"],
        /,
        *,
        project_id: str = ...,
        body: WorkspaceCreateRequest | WorkspaceCreateRequestDict,
    ) -> WorkspaceInfo:
        """Create a workspace"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
    ) -> DevEnvDeleteInstanceResponse:
        """Delete a development environment instance"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_model"],
        /,
        *,
        project_id: str = ...,
        model_id: str,
        cascade: bool | Unset = ...,
    ) -> ModelDeleteResponse:
        """Delete a model"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_service"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
    ) -> Any:
        """Delete a service"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_training_job"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
    ) -> OperationResult:
        """Delete a training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_training_job_config"],
        /,
        *,
        project_id: str = ...,
        config_name: str,
    ) -> OperationResult:
        """Delete a training job configuration"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
    ) -> OperationResult:
        """Delete a version of a training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
    ) -> OperationResult:
        """Delete a visualization job"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_workspace"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
    ) -> WorkspaceIdResponse:
        """Delete a workspace"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
    ) -> DevEnvInstance:
        """Get a development environment instance"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_model"],
        /,
        *,
        project_id: str = ...,
        model_id: str,
    ) -> ModelDetail:
        """Get model details"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_service"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
    ) -> ServiceDetail:
        """Get a service"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_service_monitor"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        node_id: str | Unset = ...,
    ) -> ServiceMonitorResponse:
        """Get service monitoring information"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_training_job_config"],
        /,
        *,
        project_id: str = ...,
        config_name: str,
        config_type: GetTrainingJobConfigConfigType | Literal["custom", "sample"] | Unset = ...,
    ) -> TrainConfigDetail:
        """Get a training job configuration"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_training_job_log_lines"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        base_line: str | Unset = ...,
        lines: int | Unset = ...,
        log_file: str,
        order: GetTrainingJobLogLinesOrder | Literal["asc", "desc"] | Unset = ...,
    ) -> TrainJobLogLinesResponse:
        """Read training job logs by line (new)"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_training_job_logs"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        start_byte: int | Unset = ...,
        offset: int | Unset = ...,
        log_file: str,
    ) -> TrainJobLogResponse:
        """Read training job logs by byte window (old)"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
    ) -> TrainJobVersionDetail:
        """Get the details of a training job version"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
    ) -> VisualizationDetail:
        """Get a visualization job"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_workspace"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
    ) -> WorkspaceInfo:
        """Get workspace details"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_workspace_quotas"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
    ) -> WorkspaceQuotasResponse:
        """Get workspace quotas"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_builtin_algorithms"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListBuiltinAlgorithmsSortBy
        | Literal["engine", "model_name", "model_precision", "model_usage", "model_size", "create_time", "parameter"]
        | Unset = ...,
        order: ListBuiltinAlgorithmsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
    ) -> TrainAlgorithmListResponse:
        """List built-in algorithms"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_clusters"],
        /,
        *,
        project_id: str = ...,
        cluster_name: str | Unset = ...,
        status: ClusterStatus | Literal["deploying", "running", "concerning", "abnormal"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListClustersSortBy | Literal["created_at", "cluster_name"] | Unset = ...,
        order: ListClustersOrder | Literal["asc", "desc"] | Unset = ...,
    ) -> ClusterListResponse:
        """List dedicated resource pools"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_devenv_instances"],
        /,
        *,
        project_id: str = ...,
        de_type: str,
        provision_type: str | Unset = ...,
        status: DevEnvInstanceStatus
        | Literal[
            "CREATE_QUEUING",
            "CREATING",
            "CREATE_FAILED",
            "START_QUEUING",
            "READY_TO_START",
            "STARTING",
            "RESTARTING",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "UNAVAILABLE",
            "DELETED",
            "RESIZING",
            "RESIZE_FAILED",
        ]
        | Unset = ...,
        sortby: ListDevenvInstancesSortby | Literal["name", "creation_timestamp"] | Unset = ...,
        order: ListDevenvInstancesOrder | Literal["asc", "desc"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        workspace_id: str | Unset = ...,
        ai_project: str | Unset = ...,
        pool_id: str | Unset = ...,
    ) -> DevEnvInstanceList:
        """List development environment instances"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_job_engine_specs"],
        /,
        *,
        project_id: str = ...,
        job_type: ListJobEngineSpecsJobType | Literal["train", "inference"] | Unset = ...,
    ) -> JobSpecEngineList:
        """List job engine specifications"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_job_resource_specs"],
        /,
        *,
        project_id: str = ...,
        job_type: ListJobResourceSpecsJobType | Literal["train", "inference"] | Unset = ...,
        engine_id: int | Unset = ...,
        project_type: ListJobResourceSpecsProjectType | Literal[0, 1, 2, 3] | Unset = ...,
    ) -> JobSpecResourceList:
        """List job resource specifications"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        description: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListModelsSortBy | Literal["create_at", "model_version", "model_size"] | Unset = ...,
        order: ListModelsOrder | Literal["asc", "desc"] | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> ModelListResponse:
        """List models"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_service_events"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        event_type: ListServiceEventsEventType | Literal["normal", "abnormal"] | Unset = ...,
        start_time: int | Unset = ...,
        end_time: int | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListServiceEventsOrder | Literal["asc", "desc"] | Unset = ...,
    ) -> ServiceEventListResponse:
        """List service events"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_service_specifications"],
        /,
        *,
        project_id: str = ...,
        is_personal_cluster: bool | Unset = ...,
        infer_type: ListServiceSpecificationsInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
    ) -> ServiceSpecificationListResponse:
        """List supported service deployment flavors"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_service_update_logs"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
    ) -> ServiceUpdateLogsResponse:
        """List service update logs"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_services"],
        /,
        *,
        project_id: str = ...,
        service_id: str | Unset = ...,
        service_name: str | Unset = ...,
        model_id: str | Unset = ...,
        workspace_id: str | Unset = ...,
        infer_type: ServiceInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
        status: ServiceStatus
        | Literal["running", "deploying", "concerning", "failed", "stopped", "finished"]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
    ) -> ServiceListResponse:
        """List services"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_training_job_configs"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobConfigsSortBy | Literal["config_name", "config_desc", "create_time"] | Unset = ...,
        order: ListTrainingJobConfigsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        config_type: ListTrainingJobConfigsConfigType | Literal["custom", "sample"] | Unset = ...,
    ) -> TrainConfigList:
        """List training job configurations"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_training_job_log_files"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
    ) -> TrainJobLogFileListResponse:
        """List the log file names of a training job version"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_training_job_versions"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
    ) -> TrainJobVersionListResponse:
        """List the versions of a training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_training_jobs"],
        /,
        *,
        project_id: str = ...,
        status: str | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobsSortBy
        | Literal["job_name", "job_desc", "status", "duration", "version_count", "create_time"]
        | Unset = ...,
        order: ListTrainingJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> TrainJobListResponse:
        """List training jobs"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_visualization_jobs"],
        /,
        *,
        project_id: str = ...,
        status: JobStatus
        | Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]
        | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListVisualizationJobsSortBy
        | Literal["job_id", "job_name", "job_desc", "create_time", "status"]
        | Unset = ...,
        order: ListVisualizationJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> VisualizationList:
        """List visualization jobs"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_workspaces"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListWorkspacesSortBy | Literal["name", "update_time", "status"] | Unset = ...,
        order: ListWorkspacesOrder | Literal["asc", "desc"] | Unset = ...,
        enterprise_project_id: str | Unset = ...,
        name: str | Unset = ...,
        filter_accessible: bool | Unset = ...,
    ) -> WorkspaceListResponse:
        """List workspaces"""

    @overload
    async def __call__(
        self,
        operation: Literal["manage_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
        body: DevEnvActionRequest | DevEnvActionRequestDict,
    ) -> DevEnvActionResponse:
        """Start, stop, restart, queue or dequeue an instance"""

    @overload
    async def __call__(
        self,
        operation: Literal["restart_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
    ) -> OperationResult:
        """Restart a visualization job"""

    @overload
    async def __call__(
        self,
        operation: Literal["stop_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
    ) -> OperationResult:
        """Stop a training job version"""

    @overload
    async def __call__(
        self,
        operation: Literal["stop_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
    ) -> OperationResult:
        """Stop a visualization job"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
        body: DevEnvUpdateInstanceRequest | DevEnvUpdateInstanceRequestDict,
    ) -> DevEnvInstance:
        """Modify a development environment instance"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_service"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        body: ServiceUpdateRequest | ServiceUpdateRequestDict,
    ) -> Any:
        """Update a service"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_service_node_status"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        node_id: str,
        body: ServiceNodeStatusRequest | ServiceNodeStatusRequestDict,
    ) -> Any:
        """Start or stop a service instance on an edge node"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_training_job_config"],
        /,
        *,
        project_id: str = ...,
        config_name: str,
        body: TrainConfigUpdateRequest | TrainConfigUpdateRequestDict,
    ) -> OperationResult:
        """Modify a training job configuration"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_training_job_description"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        body: TrainJobDescriptionUpdateRequest | TrainJobDescriptionUpdateRequestDict,
    ) -> OperationResult:
        """Modify the description of a training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_visualization_job_description"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
        body: VisualizationUpdateRequest | VisualizationUpdateRequestDict,
    ) -> OperationResult:
        """Modify the description of a visualization job"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_workspace"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
        body: WorkspaceUpdateRequest | WorkspaceUpdateRequestDict,
    ) -> WorkspaceIdResponse:
        """Modify a workspace"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_workspace_quotas"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
        body: WorkspaceQuotasUpdateRequest | WorkspaceQuotasUpdateRequestDict,
    ) -> WorkspaceQuotasResponse:
        """Modify workspace quotas"""

    @overload
    async def __call__(self, operation: OperationRef, /, **params: Any) -> Any: ...


class Pages(Protocol):
    """``Session.pages``: each parsed page of a list operation."""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_log_lines"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        base_line: str | Unset = ...,
        lines: int | Unset = ...,
        log_file: str,
        order: GetTrainingJobLogLinesOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainJobLogLinesResponse]:
        """Read training job logs by line (new)"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_logs"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        start_byte: int | Unset = ...,
        offset: int | Unset = ...,
        log_file: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainJobLogResponse]:
        """Read training job logs by byte window (old)"""

    @overload
    def __call__(
        self,
        operation: Literal["list_builtin_algorithms"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListBuiltinAlgorithmsSortBy
        | Literal["engine", "model_name", "model_precision", "model_usage", "model_size", "create_time", "parameter"]
        | Unset = ...,
        order: ListBuiltinAlgorithmsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainAlgorithmListResponse]:
        """List built-in algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_clusters"],
        /,
        *,
        project_id: str = ...,
        cluster_name: str | Unset = ...,
        status: ClusterStatus | Literal["deploying", "running", "concerning", "abnormal"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListClustersSortBy | Literal["created_at", "cluster_name"] | Unset = ...,
        order: ListClustersOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ClusterListResponse]:
        """List dedicated resource pools"""

    @overload
    def __call__(
        self,
        operation: Literal["list_devenv_instances"],
        /,
        *,
        project_id: str = ...,
        de_type: str,
        provision_type: str | Unset = ...,
        status: DevEnvInstanceStatus
        | Literal[
            "CREATE_QUEUING",
            "CREATING",
            "CREATE_FAILED",
            "START_QUEUING",
            "READY_TO_START",
            "STARTING",
            "RESTARTING",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "UNAVAILABLE",
            "DELETED",
            "RESIZING",
            "RESIZE_FAILED",
        ]
        | Unset = ...,
        sortby: ListDevenvInstancesSortby | Literal["name", "creation_timestamp"] | Unset = ...,
        order: ListDevenvInstancesOrder | Literal["asc", "desc"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        workspace_id: str | Unset = ...,
        ai_project: str | Unset = ...,
        pool_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DevEnvInstanceList]:
        """List development environment instances"""

    @overload
    def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        description: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListModelsSortBy | Literal["create_at", "model_version", "model_size"] | Unset = ...,
        order: ListModelsOrder | Literal["asc", "desc"] | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ModelListResponse]:
        """List models"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_events"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        event_type: ListServiceEventsEventType | Literal["normal", "abnormal"] | Unset = ...,
        start_time: int | Unset = ...,
        end_time: int | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListServiceEventsOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceEventListResponse]:
        """List service events"""

    @overload
    def __call__(
        self,
        operation: Literal["list_services"],
        /,
        *,
        project_id: str = ...,
        service_id: str | Unset = ...,
        service_name: str | Unset = ...,
        model_id: str | Unset = ...,
        workspace_id: str | Unset = ...,
        infer_type: ServiceInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
        status: ServiceStatus
        | Literal["running", "deploying", "concerning", "failed", "stopped", "finished"]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceListResponse]:
        """List services"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_configs"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobConfigsSortBy | Literal["config_name", "config_desc", "create_time"] | Unset = ...,
        order: ListTrainingJobConfigsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        config_type: ListTrainingJobConfigsConfigType | Literal["custom", "sample"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainConfigList]:
        """List training job configurations"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_versions"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainJobVersionListResponse]:
        """List the versions of a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_jobs"],
        /,
        *,
        project_id: str = ...,
        status: str | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobsSortBy
        | Literal["job_name", "job_desc", "status", "duration", "version_count", "create_time"]
        | Unset = ...,
        order: ListTrainingJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainJobListResponse]:
        """List training jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_visualization_jobs"],
        /,
        *,
        project_id: str = ...,
        status: JobStatus
        | Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]
        | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListVisualizationJobsSortBy
        | Literal["job_id", "job_name", "job_desc", "create_time", "status"]
        | Unset = ...,
        order: ListVisualizationJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[VisualizationList]:
        """List visualization jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_workspaces"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListWorkspacesSortBy | Literal["name", "update_time", "status"] | Unset = ...,
        order: ListWorkspacesOrder | Literal["asc", "desc"] | Unset = ...,
        enterprise_project_id: str | Unset = ...,
        name: str | Unset = ...,
        filter_accessible: bool | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[WorkspaceListResponse]:
        """List workspaces"""

    @overload
    def __call__(
        self, operation: OperationRef, /, *, page_size: int | None = ..., max_items: int | None = ..., **params: Any
    ) -> Any: ...


class Paginate(Protocol):
    """``Session.paginate``: the items of every page of a list operation."""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_log_lines"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        base_line: str | Unset = ...,
        lines: int | Unset = ...,
        log_file: str,
        order: GetTrainingJobLogLinesOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[str]:
        """Read training job logs by line (new)"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_logs"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        start_byte: int | Unset = ...,
        offset: int | Unset = ...,
        log_file: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[str]:
        """Read training job logs by byte window (old)"""

    @overload
    def __call__(
        self,
        operation: Literal["list_builtin_algorithms"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListBuiltinAlgorithmsSortBy
        | Literal["engine", "model_name", "model_precision", "model_usage", "model_size", "create_time", "parameter"]
        | Unset = ...,
        order: ListBuiltinAlgorithmsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainAlgorithm]:
        """List built-in algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_clusters"],
        /,
        *,
        project_id: str = ...,
        cluster_name: str | Unset = ...,
        status: ClusterStatus | Literal["deploying", "running", "concerning", "abnormal"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListClustersSortBy | Literal["created_at", "cluster_name"] | Unset = ...,
        order: ListClustersOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[Cluster]:
        """List dedicated resource pools"""

    @overload
    def __call__(
        self,
        operation: Literal["list_devenv_instances"],
        /,
        *,
        project_id: str = ...,
        de_type: str,
        provision_type: str | Unset = ...,
        status: DevEnvInstanceStatus
        | Literal[
            "CREATE_QUEUING",
            "CREATING",
            "CREATE_FAILED",
            "START_QUEUING",
            "READY_TO_START",
            "STARTING",
            "RESTARTING",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "UNAVAILABLE",
            "DELETED",
            "RESIZING",
            "RESIZE_FAILED",
        ]
        | Unset = ...,
        sortby: ListDevenvInstancesSortby | Literal["name", "creation_timestamp"] | Unset = ...,
        order: ListDevenvInstancesOrder | Literal["asc", "desc"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        workspace_id: str | Unset = ...,
        ai_project: str | Unset = ...,
        pool_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DevEnvInstance]:
        """List development environment instances"""

    @overload
    def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        description: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListModelsSortBy | Literal["create_at", "model_version", "model_size"] | Unset = ...,
        order: ListModelsOrder | Literal["asc", "desc"] | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ModelSummary]:
        """List models"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_events"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        event_type: ListServiceEventsEventType | Literal["normal", "abnormal"] | Unset = ...,
        start_time: int | Unset = ...,
        end_time: int | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListServiceEventsOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceEvent]:
        """List service events"""

    @overload
    def __call__(
        self,
        operation: Literal["list_services"],
        /,
        *,
        project_id: str = ...,
        service_id: str | Unset = ...,
        service_name: str | Unset = ...,
        model_id: str | Unset = ...,
        workspace_id: str | Unset = ...,
        infer_type: ServiceInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
        status: ServiceStatus
        | Literal["running", "deploying", "concerning", "failed", "stopped", "finished"]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceSummary]:
        """List services"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_configs"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobConfigsSortBy | Literal["config_name", "config_desc", "create_time"] | Unset = ...,
        order: ListTrainingJobConfigsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        config_type: ListTrainingJobConfigsConfigType | Literal["custom", "sample"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainConfigSummary]:
        """List training job configurations"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_versions"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainJobVersion]:
        """List the versions of a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_jobs"],
        /,
        *,
        project_id: str = ...,
        status: str | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobsSortBy
        | Literal["job_name", "job_desc", "status", "duration", "version_count", "create_time"]
        | Unset = ...,
        order: ListTrainingJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainJobSummary]:
        """List training jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_visualization_jobs"],
        /,
        *,
        project_id: str = ...,
        status: JobStatus
        | Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]
        | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListVisualizationJobsSortBy
        | Literal["job_id", "job_name", "job_desc", "create_time", "status"]
        | Unset = ...,
        order: ListVisualizationJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[VisualizationJobSummary]:
        """List visualization jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_workspaces"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListWorkspacesSortBy | Literal["name", "update_time", "status"] | Unset = ...,
        order: ListWorkspacesOrder | Literal["asc", "desc"] | Unset = ...,
        enterprise_project_id: str | Unset = ...,
        name: str | Unset = ...,
        filter_accessible: bool | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[WorkspaceSummary]:
        """List workspaces"""

    @overload
    def __call__(
        self, operation: OperationRef, /, *, page_size: int | None = ..., max_items: int | None = ..., **params: Any
    ) -> Any: ...


class AsyncPaginate(Protocol):
    """``Session.apaginate``: the async twin of :class:`Paginate`."""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_log_lines"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        base_line: str | Unset = ...,
        lines: int | Unset = ...,
        log_file: str,
        order: GetTrainingJobLogLinesOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[str]:
        """Read training job logs by line (new)"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_logs"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        start_byte: int | Unset = ...,
        offset: int | Unset = ...,
        log_file: str,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[str]:
        """Read training job logs by byte window (old)"""

    @overload
    def __call__(
        self,
        operation: Literal["list_builtin_algorithms"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListBuiltinAlgorithmsSortBy
        | Literal["engine", "model_name", "model_precision", "model_usage", "model_size", "create_time", "parameter"]
        | Unset = ...,
        order: ListBuiltinAlgorithmsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[TrainAlgorithm]:
        """List built-in algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_clusters"],
        /,
        *,
        project_id: str = ...,
        cluster_name: str | Unset = ...,
        status: ClusterStatus | Literal["deploying", "running", "concerning", "abnormal"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListClustersSortBy | Literal["created_at", "cluster_name"] | Unset = ...,
        order: ListClustersOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[Cluster]:
        """List dedicated resource pools"""

    @overload
    def __call__(
        self,
        operation: Literal["list_devenv_instances"],
        /,
        *,
        project_id: str = ...,
        de_type: str,
        provision_type: str | Unset = ...,
        status: DevEnvInstanceStatus
        | Literal[
            "CREATE_QUEUING",
            "CREATING",
            "CREATE_FAILED",
            "START_QUEUING",
            "READY_TO_START",
            "STARTING",
            "RESTARTING",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "UNAVAILABLE",
            "DELETED",
            "RESIZING",
            "RESIZE_FAILED",
        ]
        | Unset = ...,
        sortby: ListDevenvInstancesSortby | Literal["name", "creation_timestamp"] | Unset = ...,
        order: ListDevenvInstancesOrder | Literal["asc", "desc"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        workspace_id: str | Unset = ...,
        ai_project: str | Unset = ...,
        pool_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DevEnvInstance]:
        """List development environment instances"""

    @overload
    def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow", "MXNet", "Caffe", "Spark_MLlib", "Scikit_Learn", "XGBoost", "MindSpore", "Image", "PyTorch"
        ]
        | Unset = ...,
        description: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListModelsSortBy | Literal["create_at", "model_version", "model_size"] | Unset = ...,
        order: ListModelsOrder | Literal["asc", "desc"] | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[ModelSummary]:
        """List models"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_events"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        event_type: ListServiceEventsEventType | Literal["normal", "abnormal"] | Unset = ...,
        start_time: int | Unset = ...,
        end_time: int | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListServiceEventsOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[ServiceEvent]:
        """List service events"""

    @overload
    def __call__(
        self,
        operation: Literal["list_services"],
        /,
        *,
        project_id: str = ...,
        service_id: str | Unset = ...,
        service_name: str | Unset = ...,
        model_id: str | Unset = ...,
        workspace_id: str | Unset = ...,
        infer_type: ServiceInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
        status: ServiceStatus
        | Literal["running", "deploying", "concerning", "failed", "stopped", "finished"]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[ServiceSummary]:
        """List services"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_configs"],
        /,
        *,
        project_id: str = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobConfigsSortBy | Literal["config_name", "config_desc", "create_time"] | Unset = ...,
        order: ListTrainingJobConfigsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        config_type: ListTrainingJobConfigsConfigType | Literal["custom", "sample"] | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[TrainConfigSummary]:
        """List training job configurations"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_job_versions"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[TrainJobVersion]:
        """List the versions of a training job"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_jobs"],
        /,
        *,
        project_id: str = ...,
        status: str | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListTrainingJobsSortBy
        | Literal["job_name", "job_desc", "status", "duration", "version_count", "create_time"]
        | Unset = ...,
        order: ListTrainingJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[TrainJobSummary]:
        """List training jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_visualization_jobs"],
        /,
        *,
        project_id: str = ...,
        status: JobStatus
        | Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]
        | Unset = ...,
        per_page: int | Unset = ...,
        page: int | Unset = ...,
        sort_by: ListVisualizationJobsSortBy
        | Literal["job_id", "job_name", "job_desc", "create_time", "status"]
        | Unset = ...,
        order: ListVisualizationJobsOrder | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[VisualizationJobSummary]:
        """List visualization jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_workspaces"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListWorkspacesSortBy | Literal["name", "update_time", "status"] | Unset = ...,
        order: ListWorkspacesOrder | Literal["asc", "desc"] | Unset = ...,
        enterprise_project_id: str | Unset = ...,
        name: str | Unset = ...,
        filter_accessible: bool | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[WorkspaceSummary]:
        """List workspaces"""

    @overload
    def __call__(
        self, operation: OperationRef, /, *, page_size: int | None = ..., max_items: int | None = ..., **params: Any
    ) -> Any: ...


class Wait(Protocol):
    """``Session.wait``: the resource, once it reaches a success status (or ``until``)."""

    @overload
    def __call__(
        self,
        operation: Literal["get_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DevEnvInstance:
        """Get a development environment instance"""

    @overload
    def __call__(
        self,
        operation: Literal["get_model"],
        /,
        *,
        project_id: str = ...,
        model_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> ModelDetail:
        """Get model details"""

    @overload
    def __call__(
        self,
        operation: Literal["get_service"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> ServiceDetail:
        """Get a service"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> TrainJobVersionDetail:
        """Get the details of a training job version"""

    @overload
    def __call__(
        self,
        operation: Literal["get_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> VisualizationDetail:
        """Get a visualization job"""

    @overload
    def __call__(
        self,
        operation: Literal["get_workspace"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> WorkspaceInfo:
        """Get workspace details"""

    @overload
    def __call__(
        self,
        operation: OperationRef,
        /,
        *,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
        **params: Any,
    ) -> Any: ...


class AwaitStatus(Protocol):
    """``Session.await_status``: the async twin of :class:`Wait`."""

    @overload
    async def __call__(
        self,
        operation: Literal["get_devenv_instance"],
        /,
        *,
        project_id: str = ...,
        instance_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> DevEnvInstance:
        """Get a development environment instance"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_model"],
        /,
        *,
        project_id: str = ...,
        model_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> ModelDetail:
        """Get model details"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_service"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> ServiceDetail:
        """Get a service"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_training_job_version"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        until: Any = ...,
        timeout: float = ...,
    ) -> TrainJobVersionDetail:
        """Get the details of a training job version"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_visualization_job"],
        /,
        *,
        project_id: str = ...,
        job_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> VisualizationDetail:
        """Get a visualization job"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_workspace"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> WorkspaceInfo:
        """Get workspace details"""

    @overload
    async def __call__(
        self, operation: OperationRef, /, *, until: Any = ..., timeout: float = ..., **params: Any
    ) -> Any: ...


class Follow(Protocol):
    """``Session.follow``: the text of a cursor operation (a log) as it appears."""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_log_lines"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        base_line: str | Unset = ...,
        lines: int | Unset = ...,
        log_file: str,
        order: GetTrainingJobLogLinesOrder | Literal["asc", "desc"] | Unset = ...,
        until: Callable[[], bool],
        poll_interval: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> Iterator[str]:
        """Read training job logs by line (new)"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_logs"],
        /,
        *,
        project_id: str = ...,
        job_id: int,
        version_id: int,
        start_byte: int | Unset = ...,
        offset: int | Unset = ...,
        log_file: str,
        until: Callable[[], bool],
        poll_interval: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> Iterator[str]:
        """Read training job logs by byte window (old)"""

    @overload
    def __call__(
        self,
        operation: OperationRef,
        /,
        *,
        until: Callable[[], bool],
        poll_interval: float = ...,
        sleep: Callable[[float], object] = ...,
        **params: Any,
    ) -> Any: ...
