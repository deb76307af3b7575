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
    AlgorithmV2,
    AlgorithmV2CreateRequest,
    AlgorithmV2List,
    AlgorithmV2UpdateRequest,
    AutoSearchV2ParameterAnalysisImageResponse,
    AutoSearchV2ParameterAnalysisResponse,
    AutoSearchV2SearchAlgorithmsResponse,
    AutoSearchV2TrialEarlyStopResponse,
    AutoSearchV2TrialsResponse,
    AutoSearchV2TrialTable,
    AutoSearchV2YamlTemplateContentResponse,
    AutoSearchV2YamlTemplatesResponse,
    Cluster,
    ClusterListResponse,
    ClusterStatus,
    DatasetExportTaskV2,
    DatasetExportTaskV2CreateRequest,
    DatasetExportTaskV2List,
    DatasetImportTaskV2,
    DatasetImportTaskV2CreateRequest,
    DatasetImportTaskV2CreateResponse,
    DatasetImportTaskV2List,
    DatasetLabelV2BatchRequest,
    DatasetLabelV2BatchResult,
    DatasetLabelV2List,
    DatasetSampleV2,
    DatasetSampleV2BatchResponse,
    DatasetSampleV2CreateRequest,
    DatasetSampleV2CreateResponse,
    DatasetSampleV2DeleteRequest,
    DatasetSampleV2List,
    DatasetSampleV2SearchCondition,
    DatasetSampleV2UpdateRequest,
    DatasetV2,
    DatasetV2CreateRequest,
    DatasetV2CreateResponse,
    DatasetV2Label,
    DatasetV2LabelProperty,
    DatasetV2List,
    DatasetV2Metrics,
    DatasetV2Stats,
    DatasetV2SyncStatus,
    DatasetV2UpdateRequest,
    DatasetV2UpdateResponse,
    DatasetV2Version,
    DatasetVersionV2CreateRequest,
    DatasetVersionV2CreateResponse,
    DatasetVersionV2List,
    DeleteDatasetLabelsV2DeletePolicy,
    DeleteDatasetLabelV2LabelType,
    DevEnvActionRequest,
    DevEnvActionResponse,
    DevEnvCreateInstanceRequest,
    DevEnvDeleteInstanceResponse,
    DevEnvInstance,
    DevEnvInstanceList,
    DevEnvInstanceStatus,
    DevEnvUpdateInstanceRequest,
    DevServer,
    DevServerAttachVolumeRequest,
    DevServerChangeOsRequest,
    DevServerCreateRequest,
    DevServerFlavorList,
    DevServerImage,
    DevServerImageList,
    DevServerList,
    DevServerOperation,
    DevServerReinstallOsRequest,
    DevServerStartRequest,
    GetDatasetSampleV2SampleState,
    GetDatasetStatsV2SampleState,
    GetDatasetV2RunningTaskType,
    GetTrainingJobConfigConfigType,
    GetTrainingJobLogLinesOrder,
    IamTokenRequest,
    IamTokenResponse,
    JobSpecEngineList,
    JobSpecResourceList,
    JobStatus,
    ListAlgorithmsV2Order,
    ListBuiltinAlgorithmsOrder,
    ListBuiltinAlgorithmsSortBy,
    ListClustersOrder,
    ListClustersSortBy,
    ListDatasetExportTasksV2ExportType,
    ListDatasetSamplesV2LabelType,
    ListDatasetSamplesV2Order,
    ListDatasetSamplesV2SampleState,
    ListDatasetSamplesV2SampleType,
    ListDatasetsV2DatasetType,
    ListDatasetsV2DatasetVersion,
    ListDatasetsV2Order,
    ListDatasetsV2SortBy,
    ListDatasetsV2VersionFormat,
    ListDatasetVersionsV2Status,
    ListDatasetVersionsV2VersionFormat,
    ListDevenvInstancesOrder,
    ListDevenvInstancesSortby,
    ListDevServerFlavorsArch,
    ListDevServerFlavorsChargingMode,
    ListDevServerFlavorsServerType,
    ListDevServerImagesServerType,
    ListDevServersSortDir,
    ListDevServersSortKey,
    ListJobEngineSpecsJobType,
    ListJobResourceSpecsJobType,
    ListJobResourceSpecsProjectType,
    ListModelsOrder,
    ListModelsSortBy,
    ListPoolsV2Status,
    ListServiceEventsEventType,
    ListServiceEventsOrder,
    ListServicesOrder,
    ListServiceSpecificationsInferType,
    ListServicesSortBy,
    ListServiceTasksSortDir,
    ListServiceTasksSortKey,
    ListSupernodesSortDir,
    ListSupernodesSortKey,
    ListTrainingFlavorsV2FlavorType,
    ListTrainingJobConfigsConfigType,
    ListTrainingJobConfigsOrder,
    ListTrainingJobConfigsSortBy,
    ListTrainingJobEventsV2Level,
    ListTrainingJobEventsV2Source,
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
    ModelRuntimeEngine,
    ModelRuntimeListResponse,
    ModelStatus,
    ModelSummary,
    ModelType,
    OperationResult,
    PoolV2,
    PoolV2List,
    ServiceCreateRequest,
    ServiceCreateResponse,
    ServiceDetail,
    ServiceEvent,
    ServiceEventListResponse,
    ServiceInferType,
    ServiceListResponse,
    ServiceMonitorResponse,
    ServiceNodeStatusRequest,
    ServiceSpecification,
    ServiceSpecificationListResponse,
    ServiceStatus,
    ServiceSummary,
    ServiceTask,
    ServiceTaskCreateRequest,
    ServiceTaskCreateResponse,
    ServiceTaskListResponse,
    ServiceTaskState,
    ServiceUpdateLogsResponse,
    ServiceUpdateRequest,
    Supernode,
    SupernodeList,
    SupernodeTagList,
    SupernodeTagRequest,
    SyncDevServersSortDir,
    SyncDevServersSortKey,
    TemporaryAccessKeyRequest,
    TemporaryAccessKeyResponse,
    TrainAlgorithm,
    TrainAlgorithmListResponse,
    TrainConfigCreateRequest,
    TrainConfigDetail,
    TrainConfigList,
    TrainConfigSummary,
    TrainConfigUpdateRequest,
    TrainingEngineV2ListResponse,
    TrainingEventV2,
    TrainingEventV2ListResponse,
    TrainingFlavorV2ListResponse,
    TrainingJobV2,
    TrainingJobV2ActionRequest,
    TrainingJobV2CreateRequest,
    TrainingJobV2DescriptionUpdateRequest,
    TrainingJobV2List,
    TrainingJobV2SearchRequest,
    TrainingTaskV2LogPreviewResponse,
    TrainingTaskV2LogUrlResponse,
    TrainingTaskV2MetricsResponse,
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
    UpdateDatasetLabelV2LabelType,
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
    "attach_dev_server_volume",
    "change_dev_server_os",
    "change_supernode_os",
    "create_algorithm_v2",
    "create_dataset_export_task_v2",
    "create_dataset_import_task_v2",
    "create_dataset_labels_v2",
    "create_dataset_samples_v2",
    "create_dataset_v2",
    "create_dataset_version_v2",
    "create_dev_server",
    "create_devenv_instance",
    "create_iam_token",
    "create_model",
    "create_service",
    "create_service_task",
    "create_supernode_tags",
    "create_temporary_access_key_by_token",
    "create_training_job",
    "create_training_job_config",
    "create_training_job_v2",
    "create_training_job_version",
    "create_visualization_job",
    "create_workspace",
    "delete_algorithm_v2",
    "delete_dataset_label_v2",
    "delete_dataset_labels_v2",
    "delete_dataset_samples_v2",
    "delete_dataset_v2",
    "delete_dataset_version_v2",
    "delete_dev_server",
    "delete_devenv_instance",
    "delete_model",
    "delete_service",
    "delete_service_task",
    "delete_supernode",
    "delete_supernode_tags",
    "delete_training_job",
    "delete_training_job_config",
    "delete_training_job_v2",
    "delete_training_job_version",
    "delete_visualization_job",
    "delete_workspace",
    "detach_dev_server_volume",
    "get_algorithm_v2",
    "get_autosearch_parameter_analysis_image_v2",
    "get_autosearch_parameter_analysis_v2",
    "get_autosearch_trial_v2",
    "get_autosearch_yaml_template_v2",
    "get_dataset_export_task_v2",
    "get_dataset_import_task_v2",
    "get_dataset_metrics_v2",
    "get_dataset_sample_v2",
    "get_dataset_stats_v2",
    "get_dataset_sync_status_v2",
    "get_dataset_v2",
    "get_dataset_version_v2",
    "get_dev_server",
    "get_dev_server_image",
    "get_dev_server_operation",
    "get_devenv_instance",
    "get_model",
    "get_pool_v2",
    "get_service",
    "get_service_monitor",
    "get_service_task",
    "get_supernode",
    "get_supernode_operation",
    "get_training_job_config",
    "get_training_job_log_lines",
    "get_training_job_logs",
    "get_training_job_v2",
    "get_training_job_version",
    "get_training_task_log_preview_v2",
    "get_training_task_log_url_v2",
    "get_training_task_metrics_v2",
    "get_visualization_job",
    "get_workspace",
    "get_workspace_quotas",
    "list_algorithms_v2",
    "list_all_dev_servers",
    "list_all_supernodes",
    "list_autosearch_trials_v2",
    "list_autosearch_yaml_templates_v2",
    "list_builtin_algorithms",
    "list_clusters",
    "list_dataset_export_tasks_v2",
    "list_dataset_import_tasks_v2",
    "list_dataset_labels_v2",
    "list_dataset_samples_v2",
    "list_dataset_search_conditions_v2",
    "list_dataset_versions_v2",
    "list_datasets_v2",
    "list_dev_server_flavors",
    "list_dev_server_images",
    "list_dev_servers",
    "list_devenv_instances",
    "list_job_engine_specs",
    "list_job_resource_specs",
    "list_model_runtimes",
    "list_models",
    "list_pools_v2",
    "list_search_algorithms_v2",
    "list_service_events",
    "list_service_specifications",
    "list_service_tasks",
    "list_service_update_logs",
    "list_services",
    "list_supernode_servers",
    "list_supernode_tags",
    "list_supernodes",
    "list_training_engines_v2",
    "list_training_flavors_v2",
    "list_training_job_configs",
    "list_training_job_events_v2",
    "list_training_job_log_files",
    "list_training_job_versions",
    "list_training_jobs",
    "list_training_jobs_v2",
    "list_visualization_jobs",
    "list_workspaces",
    "manage_devenv_instance",
    "reboot_dev_server",
    "reinstall_dev_server_os",
    "restart_visualization_job",
    "start_dev_server",
    "start_service_task",
    "start_supernode",
    "stop_autosearch_trial_v2",
    "stop_dev_server",
    "stop_service_task",
    "stop_supernode",
    "stop_training_job_v2",
    "stop_training_job_version",
    "stop_visualization_job",
    "sync_dataset_v2",
    "sync_dev_servers",
    "update_algorithm_v2",
    "update_dataset_label_v2",
    "update_dataset_labels_v2",
    "update_dataset_samples_v2",
    "update_dataset_v2",
    "update_devenv_instance",
    "update_service",
    "update_service_node_status",
    "update_training_job_config",
    "update_training_job_description",
    "update_training_job_description_v2",
    "update_visualization_job_description",
    "update_workspace",
    "update_workspace_quotas",
]

ListOperationName = Literal[
    "get_training_job_log_lines",
    "get_training_job_logs",
    "list_algorithms_v2",
    "list_autosearch_trials_v2",
    "list_builtin_algorithms",
    "list_clusters",
    "list_dataset_export_tasks_v2",
    "list_dataset_import_tasks_v2",
    "list_dataset_labels_v2",
    "list_dataset_samples_v2",
    "list_dataset_versions_v2",
    "list_datasets_v2",
    "list_dev_servers",
    "list_devenv_instances",
    "list_model_runtimes",
    "list_models",
    "list_service_events",
    "list_service_specifications",
    "list_service_tasks",
    "list_services",
    "list_supernodes",
    "list_training_job_configs",
    "list_training_job_events_v2",
    "list_training_job_versions",
    "list_training_jobs",
    "list_training_jobs_v2",
    "list_visualization_jobs",
    "list_workspaces",
    "sync_dev_servers",
]

WaitableOperationName = Literal[
    "get_dataset_export_task_v2",
    "get_dataset_import_task_v2",
    "get_dataset_sync_status_v2",
    "get_dataset_v2",
    "get_dataset_version_v2",
    "get_dev_server",
    "get_dev_server_operation",
    "get_devenv_instance",
    "get_model",
    "get_pool_v2",
    "get_service",
    "get_service_task",
    "get_supernode",
    "get_supernode_operation",
    "get_training_job_v2",
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


class AlgorithmV2AdvancedConfigSpecDict(TypedDict, total=False):
    """``AlgorithmV2AdvancedConfigSpec`` as a plain dict."""

    auto_search: AlgorithmV2AutoSearchSpecDict


class AlgorithmV2AlgoConfigDict(TypedDict, total=False):
    """``AlgorithmV2AlgoConfig`` as a plain dict."""

    name: str
    params: list[TrainingJobV2AlgoConfigParameterDict]


class AlgorithmV2AutoSearchSpecDict(TypedDict, total=False):
    """``AlgorithmV2AutoSearchSpec`` as a plain dict."""

    skip_search_params: str
    reward_attrs: list[TrainingJobV2RewardAttrDict]
    search_params: list[TrainingJobV2SearchParamDict]
    algo_configs: list[AlgorithmV2AlgoConfigDict]


class AlgorithmV2CreateRequestDict(TypedDict, total=False):
    """``AlgorithmV2CreateRequest`` as a plain dict."""

    metadata: AlgorithmV2MetadataSpecDict
    job_config: AlgorithmV2JobConfigSpecDict
    resource_requirements: list[AlgorithmV2ResourceRequirementSpecDict]
    advanced_config: AlgorithmV2AdvancedConfigSpecDict


class AlgorithmV2EngineDict(TypedDict, total=False):
    """``AlgorithmV2Engine`` as a plain dict."""

    engine_id: str
    engine_name: str
    engine_version: str
    image_url: str


class AlgorithmV2InputDict(TypedDict, total=False):
    """``AlgorithmV2Input`` as a plain dict."""

    name: str
    description: str
    remote_constraints: list[AlgorithmV2RemoteConstraintDict]


class AlgorithmV2JobConfigSpecDict(TypedDict, total=False):
    """``AlgorithmV2JobConfigSpec`` as a plain dict."""

    code_dir: str
    boot_file: str
    command: str
    parameters: list[AlgorithmV2ParameterDict]
    inputs: list[AlgorithmV2InputDict]
    outputs: list[AlgorithmV2OutputSpecDict]
    engine: AlgorithmV2EngineDict
    parameters_customization: bool


class AlgorithmV2MetadataSpecDict(TypedDict, total=False):
    """``AlgorithmV2MetadataSpec`` as a plain dict."""

    name: Required[str]
    id: str
    description: str
    workspace_id: str
    ai_project: str


class AlgorithmV2OutputSpecDict(TypedDict, total=False):
    """``AlgorithmV2OutputSpec`` as a plain dict."""

    name: Required[str]
    description: str


class AlgorithmV2ParameterDict(TypedDict, total=False):
    """``AlgorithmV2Parameter`` as a plain dict."""

    name: str
    value: str
    description: str
    constraint: TrainingJobV2ParameterConstraintDict
    i18n_description: TrainingJobV2I18NDescriptionDict


class AlgorithmV2RemoteConstraintDict(TypedDict, total=False):
    """``AlgorithmV2RemoteConstraint`` as a plain dict."""

    data_type: str
    attributes: list[dict[str, Any]]


class AlgorithmV2ResourceRequirementSpecDict(TypedDict, total=False):
    """``AlgorithmV2ResourceRequirementSpec`` as a plain dict."""

    key: Literal["flavor_type", "device_distributed_mode", "host_distributed_mode"]
    values: list[str]
    operator: str


class AlgorithmV2UpdateRequestDict(TypedDict, total=False):
    """``AlgorithmV2UpdateRequest`` as a plain dict."""

    metadata: AlgorithmV2MetadataSpecDict
    job_config: AlgorithmV2JobConfigSpecDict
    resource_requirements: list[AlgorithmV2ResourceRequirementSpecDict]
    advanced_config: AlgorithmV2AdvancedConfigSpecDict


class DatasetExportTaskV2CreateRequestDict(TypedDict, total=False):
    """``DatasetExportTaskV2CreateRequest`` as a plain dict."""

    path: str
    export_type: Literal[0, 1, 2, 3]
    export_format: Literal[1, 2]
    export_params: DatasetExportTaskV2ExportParamsDict
    annotation_format: Literal["VOC", "COCO"]
    sample_state: Literal[
        "",
        "__ALL__",
        "__NONE__",
        "__UNCHECK__",
        "__ACCEPTED__",
        "__REJECTED__",
        "__UNREVIEWED__",
        "__REVIEWED__",
        "__WORKFORCE_SAMPLED__",
        "__WORKFORCE_SAMPLED_UNCHECK__",
        "__WORKFORCE_SAMPLED_CHECKED__",
        "__WORKFORCE_SAMPLED_ACCEPTED__",
        "__WORKFORCE_SAMPLED_REJECTED__",
        "__AUTO_ANNOTATION__",
    ]
    source_type_header: str
    version_id: str
    version_format: Literal["Default", "CarbonData", "CSV"]
    with_column_header: bool
    status: int
    task_id: str


class DatasetExportTaskV2ExportParamsDict(TypedDict, total=False):
    """``DatasetExportTaskV2ExportParams`` as a plain dict."""

    export_dest: Literal["DIR", "NEW_DATASET"]
    export_new_dataset_name: str
    export_new_dataset_work_path: str
    export_dataset_version_name: str
    export_dataset_version_format: str
    sample_state: Literal[
        "",
        "__ALL__",
        "__NONE__",
        "__UNCHECK__",
        "__ACCEPTED__",
        "__REJECTED__",
        "__UNREVIEWED__",
        "__REVIEWED__",
        "__WORKFORCE_SAMPLED__",
        "__WORKFORCE_SAMPLED_UNCHECK__",
        "__WORKFORCE_SAMPLED_CHECKED__",
        "__WORKFORCE_SAMPLED_ACCEPTED__",
        "__WORKFORCE_SAMPLED_REJECTED__",
        "__AUTO_ANNOTATION__",
    ]
    samples: list[str]
    search_conditions: list[DatasetExportTaskV2SearchConditionDict]
    clear_hard_property: bool
    clear_difficult: bool
    ratio_sample_usage: bool
    train_sample_ratio: str


class DatasetExportTaskV2SearchConditionDict(TypedDict, total=False):
    """``DatasetExportTaskV2SearchCondition`` as a plain dict."""

    coefficient: str
    frame_in_video: int
    hard: Literal["0", "1"]
    import_origin: str
    kvp: str
    label_list: DatasetExportTaskV2SearchLabelsDict
    labeler: str
    metadata: DatasetExportTaskV2SearchPropDict
    parent_sample_id: str
    sample_dir: str
    sample_name: str
    sample_time: str
    score: str
    slice_thickness: str
    study_date: str
    time_in_video: str


class DatasetExportTaskV2SearchLabelDict(TypedDict, total=False):
    """``DatasetExportTaskV2SearchLabel`` as a plain dict."""

    name: str
    op: Literal["OR", "AND"]
    property: dict[str, Any]
    type: Literal[0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600]


class DatasetExportTaskV2SearchLabelsDict(TypedDict, total=False):
    """``DatasetExportTaskV2SearchLabels`` as a plain dict."""

    labels: list[DatasetExportTaskV2SearchLabelDict]
    op: Literal["OR", "AND"]


class DatasetExportTaskV2SearchPropDict(TypedDict, total=False):
    """``DatasetExportTaskV2SearchProp`` as a plain dict."""

    op: Literal["AND", "OR"]
    props: dict[str, Any]


class DatasetImportTaskV2CreateRequestDict(TypedDict, total=False):
    """``DatasetImportTaskV2CreateRequest`` as a plain dict."""

    import_path: Required[str]
    import_type: Literal["dir", "manifest"]
    import_origin: Literal["obs", "dws", "dli", "rds", "mrs", "inference"]
    data_source: DatasetV2DataSourceDict
    import_folder: str
    import_samples: bool
    import_annotations: bool
    final_annotation: bool
    difficult_only: bool
    included_labels: list[DatasetV2LabelDict]
    excluded_labels: list[DatasetV2LabelDict]
    label_format: DatasetV2LabelFormatDict
    with_column_header: bool


class DatasetLabelV2BatchRequestDict(TypedDict, total=False):
    """``DatasetLabelV2BatchRequest`` as a plain dict."""

    labels: list[DatasetV2LabelDict]


class DatasetSampleV2CreateItemDict(TypedDict, total=False):
    """``DatasetSampleV2CreateItem`` as a plain dict."""

    name: str
    data: str
    data_source: DatasetV2DataSourceDict
    encoding: Literal["UTF-8", "GBK", "GB2312"]
    labels: list[DatasetSampleV2LabelDict]
    metadata: DatasetSampleV2MetadataDict
    sample_type: Literal[0, 1, 2, 4, 6, 9]


class DatasetSampleV2CreateRequestDict(TypedDict, total=False):
    """``DatasetSampleV2CreateRequest`` as a plain dict."""

    final_annotation: bool
    label_format: DatasetV2LabelFormatDict
    samples: list[DatasetSampleV2CreateItemDict]


class DatasetSampleV2DeleteRequestDict(TypedDict, total=False):
    """``DatasetSampleV2DeleteRequest`` as a plain dict."""

    samples: list[str]
    delete_source: bool


class DatasetSampleV2LabelDict(TypedDict, total=False):
    """``DatasetSampleV2Label`` as a plain dict."""

    annotated_by: Literal["human", "auto"]
    id: str
    name: str
    property: DatasetSampleV2LabelPropertyDict
    score: float
    type: Literal[0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600]


DatasetSampleV2LabelPropertyDict = TypedDict(
    "DatasetSampleV2LabelPropertyDict",
    {
        "@modelarts:content": "str",
        "@modelarts:start_index": "int",
        "@modelarts:end_index": "int",
        "@modelarts:start_time": "str",
        "@modelarts:end_time": "str",
        "@modelarts:source": "str",
        "@modelarts:from": "str",
        "@modelarts:to": "str",
        "@modelarts:shape": "Literal['bndbox', 'polygon', 'circle', 'line', 'dashed', 'point', 'polyline']",
        "@modelarts:feature": "list[list[float]]",
        "@modelarts:hard": "Literal['0', '1', 'false', 'true']",
        "@modelarts:hard_coefficient": "str",
        "@modelarts:hard_reasons": "str",
    },
    total=False,
)

DatasetSampleV2MetadataDict = TypedDict(
    "DatasetSampleV2MetadataDict",
    {
        "@modelarts:import_origin": "int",
        "@modelarts:hard": "float",
        "@modelarts:hard_coefficient": "float",
        "@modelarts:hard_reasons": "list[Literal[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]]",
        "@modelarts:size": "list[int]",
    },
    total=False,
)


class DatasetSampleV2UpdateItemDict(TypedDict, total=False):
    """``DatasetSampleV2UpdateItem`` as a plain dict."""

    sample_id: str
    labels: list[DatasetSampleV2LabelDict]
    metadata: DatasetSampleV2MetadataDict
    sample_type: Literal[0, 1, 2, 4, 6, 9]
    sample_usage: Literal["TRAIN", "EVAL", "TEST", "INFERENCE"]
    source: str
    worker_id: str


class DatasetSampleV2UpdateRequestDict(TypedDict, total=False):
    """``DatasetSampleV2UpdateRequest`` as a plain dict."""

    email: str
    samples: list[DatasetSampleV2UpdateItemDict]


class DatasetV2CreateRequestDict(TypedDict, total=False):
    """``DatasetV2CreateRequest`` as a plain dict."""

    dataset_name: Required[str]
    data_sources: Required[list[DatasetV2DataSourceDict]]
    work_path: Required[str]
    work_path_type: Required[int]
    dataset_type: Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
    description: str
    data_format: Literal["Default", "CarbonData"]
    labels: list[DatasetV2LabelDict]
    label_format: DatasetV2LabelFormatDict
    schema: list[DatasetV2SchemaDict]
    import_annotations: bool
    import_data: bool
    managed: bool
    workforce_information: DatasetV2WorkforceInformationDict
    workspace_id: str


class DatasetV2DataSourceDict(TypedDict, total=False):
    """``DatasetV2DataSource`` as a plain dict."""

    data_type: Literal[0, 1, 2, 3, 4, 5, 6]
    data_path: str
    with_column_header: bool
    schema_maps: list[DatasetV2SchemaMapDict]
    source_info: DatasetV2SourceInfoDict


class DatasetV2LabelAttributeDict(TypedDict, total=False):
    """``DatasetV2LabelAttribute`` as a plain dict."""

    id: str
    name: str
    type: Literal["text", "select"]
    default_value: str
    values: list[DatasetV2LabelAttributeValueDict]


class DatasetV2LabelAttributeValueDict(TypedDict, total=False):
    """``DatasetV2LabelAttributeValue`` as a plain dict."""

    id: str
    value: str


class DatasetV2LabelDict(TypedDict, total=False):
    """``DatasetV2Label`` as a plain dict."""

    name: str
    type: Literal[0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600]
    property: DatasetV2LabelPropertyDict
    attributes: list[DatasetV2LabelAttributeDict]


class DatasetV2LabelFormatDict(TypedDict, total=False):
    """``DatasetV2LabelFormat`` as a plain dict."""

    label_type: Literal["0", "1"]
    text_sample_separator: str
    text_label_separator: str


DatasetV2LabelPropertyDict = TypedDict(
    "DatasetV2LabelPropertyDict",
    {
        "@modelarts:color": "str",
        "@modelarts:default_shape": "Literal['bndbox', 'polygon', 'circle', 'line', 'dashed', 'point', 'polyline']",
        "@modelarts:from_type": "str",
        "@modelarts:to_type": "str",
        "@modelarts:rename_to": "str",
        "@modelarts:shortcut": "str",
    },
    total=False,
)


class DatasetV2SchemaDict(TypedDict, total=False):
    """``DatasetV2Schema`` as a plain dict."""

    schema_id: int
    name: str
    type: str
    description: str


class DatasetV2SchemaMapDict(TypedDict, total=False):
    """``DatasetV2SchemaMap`` as a plain dict."""

    src_name: str
    dest_name: str


class DatasetV2SourceInfoDict(TypedDict, total=False):
    """``DatasetV2SourceInfo`` as a plain dict."""

    cluster_id: str
    cluster_name: str
    cluster_mode: Literal["0", "1"]
    subnet_id: str
    vpc_id: str
    input: str
    ip: str
    port: str
    database_name: str
    table_name: str
    queue_name: str
    user_name: str
    user_password: str


class DatasetV2UpdateRequestDict(TypedDict, total=False):
    """``DatasetV2UpdateRequest`` as a plain dict."""

    dataset_name: str
    description: str
    current_version_id: str
    add_labels: list[DatasetV2LabelDict]
    update_labels: list[DatasetV2LabelDict]
    delete_labels: list[DatasetV2LabelDict]


class DatasetV2WorkerDict(TypedDict, total=False):
    """``DatasetV2Worker`` as a plain dict."""

    worker_id: str
    workforce_id: str
    email: str
    description: str
    role: Literal[0, 1, 2, 3]
    status: Literal[0, 1, 2, 3]
    create_time: int
    update_time: int


class DatasetV2WorkforceConfigDict(TypedDict, total=False):
    """``DatasetV2WorkforceConfig`` as a plain dict."""

    workforce_id: str
    workforce_name: str
    workers: list[DatasetV2WorkerDict]


class DatasetV2WorkforceInformationDict(TypedDict, total=False):
    """``DatasetV2WorkforceInformation`` as a plain dict."""

    task_name: Required[str]
    task_id: str
    repetition: int
    data_sync_type: Literal[0, 1, 2, 3]
    synchronize_auto_labeling_data: bool
    synchronize_data: bool
    workforces_config: DatasetV2WorkforcesConfigDict


class DatasetV2WorkforcesConfigDict(TypedDict, total=False):
    """``DatasetV2WorkforcesConfig`` as a plain dict."""

    agency: str
    workforces: list[DatasetV2WorkforceConfigDict]


class DatasetVersionV2CreateRequestDict(TypedDict, total=False):
    """``DatasetVersionV2CreateRequest`` as a plain dict."""

    version_name: str
    version_format: Literal["Default", "CarbonData", "CSV"]
    description: str
    train_evaluate_sample_ratio: str
    clear_hard_property: bool
    remove_sample_usage: bool
    export_images: bool
    with_column_header: bool


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


class DevServerAllowedAddressPairDict(TypedDict, total=False):
    """``DevServerAllowedAddressPair`` as a plain dict."""

    ip_address: str
    mac_address: str


class DevServerAttachVolumeRequestDict(TypedDict, total=False):
    """``DevServerAttachVolumeRequest`` as a plain dict."""

    volume_id: Required[str]


class DevServerChangeOsRequestDict(TypedDict, total=False):
    """``DevServerChangeOsRequest`` as a plain dict."""

    image_id: Required[str]
    admin_pass: str
    key_pair_name: str
    user_data: str


class DevServerChargingInfoDict(TypedDict, total=False):
    """``DevServerChargingInfo`` as a plain dict."""

    charging_mode: Required[Literal["COMMON", "POST_PAID", "PRE_PAID"]]
    period_num: Required[int]
    period_type: Required[Literal["ABSOLUTE", "DAY", "HOUR", "MONTH", "WEEK", "YEAR"]]
    is_auto_pay: bool
    is_auto_renew: bool


class DevServerCreateRequestDict(TypedDict, total=False):
    """``DevServerCreateRequest`` as a plain dict."""

    image_id: Required[str]
    name: Required[str]
    network: Required[DevServerNetworkDict]
    admin_pass: str
    arch: Literal["X86", "ARM"]
    availability_zone: str
    charging_info: DevServerChargingInfoDict
    count: int
    enterprise_project_id: str
    flavor: str
    resource_flavor: str
    key_pair_name: str
    root_volume: DevServerRootVolumeDict
    data_volume: DevServerDataVolumeDict
    server_type: Literal["BMS", "ECS", "HPS"]
    user_data: str
    hps_cluster_id: str


class DevServerDataVolumeDict(TypedDict, total=False):
    """``DevServerDataVolume`` as a plain dict."""

    size: Required[int]
    type: Required[Literal["ESSD", "GPSSD", "SAS", "SATA", "SSD"]]
    count: Required[int]


class DevServerHyperGroupDict(TypedDict, total=False):
    """``DevServerHyperGroup`` as a plain dict."""

    id: Required[str]


class DevServerNetworkDict(TypedDict, total=False):
    """``DevServerNetwork`` as a plain dict."""

    security_group_id: Required[str]
    subnet_id: Required[str]
    vpc_id: Required[str]
    ipv6_enable: bool
    roce_id: str
    hyper_cluster: DevServerNetworkHyperClusterDict
    allowed_address_pairs: list[DevServerAllowedAddressPairDict]
    hyper_group: DevServerHyperGroupDict


class DevServerNetworkHyperClusterDict(TypedDict, total=False):
    """``DevServerNetworkHyperCluster`` as a plain dict."""

    id: str
    hyper_cluster_subnet_id: str


class DevServerReinstallOsRequestDict(TypedDict, total=False):
    """``DevServerReinstallOsRequest`` as a plain dict."""

    admin_pass: str
    key_pair_name: str
    image_id: str
    user_data: str


class DevServerRootVolumeDict(TypedDict, total=False):
    """``DevServerRootVolume`` as a plain dict."""

    size: int
    type: Literal["ESSD", "GPSSD", "SAS", "SATA", "SSD"]


class DevServerStartRequestDict(TypedDict, total=False):
    """``DevServerStartRequest`` as a plain dict."""

    arch: Literal["ARM", "X86"]
    charging_mode: Literal["COMMON", "POST_PAID", "PRE_PAID"]
    server_type: Literal["BMS", "ECS", "HPS"]


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
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
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
    source_copy: Literal["true", "false"]
    cmd: str
    health: ModelHealthDict


class ModelDependencyDict(TypedDict, total=False):
    """``ModelDependency`` as a plain dict."""

    installer: Required[Literal["pip"]]
    packages: Required[list[ModelPackageDict]]


class ModelDocDict(TypedDict, total=False):
    """``ModelDoc`` as a plain dict."""

    doc_name: Required[str]
    doc_url: Required[str]


class ModelHealthDict(TypedDict, total=False):
    """``ModelHealth`` as a plain dict."""

    url: str
    protocol: str
    initial_delay_seconds: str
    timeout_seconds: str
    period_seconds: str
    failure_threshold: str
    check_method: Literal["HTTP", "EXEC"]
    command: str


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
    log_report_channels: list[ServiceLogReportPipelineDict]
    websocket_upgrade: bool


class ServiceAffinityDict(TypedDict, total=False):
    """``ServiceAffinity`` as a plain dict."""

    node_affinity: ServiceNodeAffinityDict


class ServiceAffinityNodeInfoDict(TypedDict, total=False):
    """``ServiceAffinityNodeInfo`` as a plain dict."""

    name: Required[str]


class ServiceAffinityPoolInfoDict(TypedDict, total=False):
    """``ServiceAffinityPoolInfo`` as a plain dict."""

    pool_name: Required[str]
    nodes: Required[list[ServiceAffinityNodeInfoDict]]


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
    custom_spec: ServiceCustomSpecDict
    cluster_id: str
    pool_name: str
    deploy_timeout_in_seconds: int
    additional_properties: ServiceModelAdditionalPropertiesDict
    affinity: ServiceAffinityDict


class ServiceConfigEdgeDict(TypedDict, total=False):
    """``ServiceConfigEdge`` as a plain dict."""

    model_id: Required[str]
    specification: Required[str]
    nodes: Required[list[str]]
    envs: dict[str, Any]
    instance_count: int
    custom_spec: ServiceCustomSpecDict
    cluster_id: str
    deploy_timeout_in_seconds: int


class ServiceConfigRealTimeDict(TypedDict, total=False):
    """``ServiceConfigRealTime`` as a plain dict."""

    model_id: Required[str]
    weight: Required[int]
    specification: Required[str]
    instance_count: Required[int]
    custom_spec: ServiceCustomSpecDict
    envs: dict[str, Any]
    cluster_id: str
    additional_properties: ServiceModelAdditionalPropertiesDict
    pool_name: str
    deploy_timeout_in_seconds: int
    affinity: ServiceAffinityDict


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
    pool_name: str
    load_balancer_policy: Literal["ROUND_ROBIN", "LEAST_CONNECTIONS", "SOURCE_IP"]
    service_secrets: list[ServiceSecretDict]
    priority: int


class ServiceCustomSpecDict(TypedDict, total=False):
    """``ServiceCustomSpec`` as a plain dict."""

    cpu: float
    memory: int
    gpu_p4: float
    ascend_a310: int


class ServiceLogReportPipelineDict(TypedDict, total=False):
    """``ServiceLogReportPipeline`` as a plain dict."""

    type: Required[Literal["LTS"]]
    configuration: ServiceLtsConfigurationDict


class ServiceLogVolumeDict(TypedDict, total=False):
    """``ServiceLogVolume`` as a plain dict."""

    host_path: Required[str]
    mount_path: Required[str]


class ServiceLtsConfigurationDict(TypedDict, total=False):
    """``ServiceLtsConfiguration`` as a plain dict."""

    log_group_id: Required[str]
    log_stream_id: Required[str]


class ServiceModelAdditionalPropertiesDict(TypedDict, total=False):
    """``ServiceModelAdditionalProperties`` as a plain dict."""

    log_volume: list[ServiceLogVolumeDict]
    max_surge: float
    max_unavailable: float
    termination_grace_period_seconds: int
    persistent_volumes: list[ServicePersistentVolumeDict]


class ServiceNodeAffinityDict(TypedDict, total=False):
    """``ServiceNodeAffinity`` as a plain dict."""

    mode: Required[Literal["required", "preferred"]]
    pool_infos: list[ServiceAffinityPoolInfoDict]


class ServiceNodeStatusRequestDict(TypedDict, total=False):
    """``ServiceNodeStatusRequest`` as a plain dict."""

    status: Required[Literal["running", "stopped"]]


class ServicePersistentVolumeDict(TypedDict, total=False):
    """``ServicePersistentVolume`` as a plain dict."""

    mount_path: Required[str]
    name: str
    storage_type: str
    source_address: str


class ServiceScheduleDict(TypedDict, total=False):
    """``ServiceSchedule`` as a plain dict."""

    type: Required[Literal["stop"]]
    time_unit: Required[Literal["DAYS", "HOURS", "MINUTES"]]
    duration: Required[int]


class ServiceSecretDict(TypedDict, total=False):
    """``ServiceSecret`` as a plain dict."""

    secretId: Required[str]
    mouthPath: Required[str]


class ServiceSmnNotificationDict(TypedDict, total=False):
    """``ServiceSmnNotification`` as a plain dict."""

    topic_urn: Required[str]
    events: Required[list[Literal[1, 3, 7, 11]]]


class ServiceTaskCreateRequestDict(TypedDict, total=False):
    """``ServiceTaskCreateRequest`` as a plain dict."""

    name: Required[str]
    input: Required[ServiceTaskInputSpecDict]
    output: Required[ServiceTaskOutputSpecDict]
    description: str
    schedule: ServiceTaskScheduleSpecDict
    config: dict[str, Any]
    source_usage_estimate: ServiceTaskSourceUsageEstimateDict


class ServiceTaskInputDataDict(TypedDict, total=False):
    """``ServiceTaskInputData`` as a plain dict."""

    stream_name: str
    bucket: str
    path: str
    url: str
    headers: dict[str, Any]
    certificate_check: bool
    rtsp_path_in_response: str
    node_id: str
    device_id: str
    stream_type: int
    id: str
    camera_type: str
    tag: list[dict[str, Any]]


class ServiceTaskInputSpecDict(TypedDict, total=False):
    """``ServiceTaskInputSpec`` as a plain dict."""

    type: Required[Literal["restful", "url", "edgecamera", "vcn", "obs", "vis"]]
    data: Required[list[ServiceTaskInputDataDict]]
    vcn: ServiceTaskInputVcnSpecDict


class ServiceTaskInputVcnSpecDict(TypedDict, total=False):
    """``ServiceTaskInputVcnSpec`` as a plain dict."""

    ip: Required[str]
    port: Required[int]
    username: Required[str]
    password: Required[str]


class ServiceTaskOutputDisSpecDict(TypedDict, total=False):
    """``ServiceTaskOutputDisSpec`` as a plain dict."""

    stream_name: Required[str]
    data_category: list[str]
    stream_id: str


class ServiceTaskOutputObsSpecDict(TypedDict, total=False):
    """``ServiceTaskOutputObsSpec`` as a plain dict."""

    bucket: Required[str]
    path: Required[str]
    data_category: list[str]


class ServiceTaskOutputSpecDict(TypedDict, total=False):
    """``ServiceTaskOutputSpec`` as a plain dict."""

    obs: ServiceTaskOutputObsSpecDict
    dis: ServiceTaskOutputDisSpecDict
    webhook: ServiceTaskOutputWebhookSpecDict


class ServiceTaskOutputWebhookSpecDict(TypedDict, total=False):
    """``ServiceTaskOutputWebhookSpec`` as a plain dict."""

    url: Required[str]
    headers: Required[dict[str, Any]]
    data_category: list[str]


class ServiceTaskScheduleFrequencySpecDict(TypedDict, total=False):
    """``ServiceTaskScheduleFrequencySpec`` as a plain dict."""

    interval: Required[int]
    duration: Required[int]
    begin_at: Required[str]
    end_at: Required[str]


class ServiceTaskSchedulePeriodSpecDict(TypedDict, total=False):
    """``ServiceTaskSchedulePeriodSpec`` as a plain dict."""

    begin_at: Required[str]
    end_at: Required[str]


class ServiceTaskScheduleSpecDict(TypedDict, total=False):
    """``ServiceTaskScheduleSpec`` as a plain dict."""

    type: Required[str]
    timezone: Required[str]
    execution_mode: Literal["period", "frequency"]
    days_of_week: list[int]
    days_of_month: list[int]
    periods: list[ServiceTaskSchedulePeriodSpecDict]
    frequency: ServiceTaskScheduleFrequencySpecDict


class ServiceTaskSourceUsageEstimateDict(TypedDict, total=False):
    """``ServiceTaskSourceUsageEstimate`` as a plain dict."""

    cpu: Required[float]
    memory: Required[int]


class ServiceUpdateRequestDict(TypedDict, total=False):
    """``ServiceUpdateRequest`` as a plain dict."""

    description: str
    status: Literal["running", "stopped"]
    config: list[ServiceConfigRealTimeDict | ServiceConfigBatchDict | ServiceConfigEdgeDict]
    schedule: list[ServiceScheduleDict]
    additional_properties: ServiceAdditionalPropertiesDict
    load_balancer_policy: Literal["ROUND_ROBIN", "LEAST_CONNECTIONS", "SOURCE_IP"]
    service_secrets: list[ServiceSecretDict]
    priority: int


class SupernodeTagRequestDict(TypedDict, total=False):
    """``SupernodeTagRequest`` as a plain dict."""

    tags: Required[list[SupernodeTagSpecDict]]


class SupernodeTagSpecDict(TypedDict, total=False):
    """``SupernodeTagSpec`` as a plain dict."""

    key: Required[str]
    value: str


class TemporaryAccessKeyIdentityDict(TypedDict, total=False):
    """``TemporaryAccessKeyIdentity`` as a plain dict."""

    methods: Required[list[Literal["token"]]]
    token: TemporaryAccessKeyTokenDict
    policy: TemporaryAccessKeyPolicyDict


class TemporaryAccessKeyPolicyDict(TypedDict, total=False):
    """``TemporaryAccessKeyPolicy`` as a plain dict."""

    Version: Required[Literal["1.1"]]
    Statement: Required[list[TemporaryAccessKeyStatementDict]]


class TemporaryAccessKeyRequestAuthDict(TypedDict, total=False):
    """``TemporaryAccessKeyRequestAuth`` as a plain dict."""

    identity: Required[TemporaryAccessKeyIdentityDict]


class TemporaryAccessKeyRequestDict(TypedDict, total=False):
    """``TemporaryAccessKeyRequest`` as a plain dict."""

    auth: Required[TemporaryAccessKeyRequestAuthDict]


class TemporaryAccessKeyStatementDict(TypedDict, total=False):
    """``TemporaryAccessKeyStatement`` as a plain dict."""

    Action: Required[list[str]]
    Effect: Required[Literal["Allow", "Deny"]]
    Condition: dict[str, Any]
    Resource: list[str]


class TemporaryAccessKeyTokenDict(TypedDict, total=False):
    """``TemporaryAccessKeyToken`` as a plain dict."""

    id: str
    duration_seconds: int


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


class TrainingJobV2ActionRequestDict(TypedDict, total=False):
    """``TrainingJobV2ActionRequest`` as a plain dict."""

    action_type: Required[Literal["terminate"]]


class TrainingJobV2AlgoConfigDict(TypedDict, total=False):
    """``TrainingJobV2AlgoConfig`` as a plain dict."""

    name: str
    params: list[TrainingJobV2AlgoConfigParameterDict]


class TrainingJobV2AlgoConfigParameterDict(TypedDict, total=False):
    """``TrainingJobV2AlgoConfigParameter`` as a plain dict."""

    key: str
    value: str
    type: str


class TrainingJobV2AlgorithmRequestDict(TypedDict, total=False):
    """``TrainingJobV2AlgorithmRequest`` as a plain dict."""

    id: str
    name: str
    subscription_id: str
    item_version_id: str
    code_dir: str
    boot_file: str
    autosearch_config_path: str
    autosearch_framework_path: str
    command: str
    parameters: list[TrainingJobV2ParameterDict]
    policies: TrainingJobV2PoliciesDict
    inputs: list[TrainingJobV2InputRequestDict]
    outputs: list[TrainingJobV2OutputRequestDict]
    engine: TrainingJobV2EngineDict
    local_code_dir: str
    working_dir: str
    environments: dict[str, Any]
    summary: TrainingJobV2SummaryRequestDict


class TrainingJobV2AutoSearchDict(TypedDict, total=False):
    """``TrainingJobV2AutoSearch`` as a plain dict."""

    skip_search_params: str
    reward_attrs: list[TrainingJobV2RewardAttrDict]
    search_params: list[TrainingJobV2SearchParamDict]
    algo_configs: list[TrainingJobV2AlgoConfigDict]


class TrainingJobV2AutoStopDict(TypedDict, total=False):
    """``TrainingJobV2AutoStop`` as a plain dict."""

    time_unit: Required[Literal["HOURS"]]
    duration: Required[int]


class TrainingJobV2CreateRequestDict(TypedDict, total=False):
    """``TrainingJobV2CreateRequest`` as a plain dict."""

    kind: Required[Literal["job", "visualization_job"]]
    metadata: Required[TrainingJobV2MetadataRequestDict]
    algorithm: TrainingJobV2AlgorithmRequestDict
    tasks: list[TrainingJobV2TaskRequestDict]
    spec: TrainingJobV2SpecRequestDict
    endpoints: TrainingJobV2EndpointsRequestDict


class TrainingJobV2DataSourceRequestDict(TypedDict, total=False):
    """``TrainingJobV2DataSourceRequest`` as a plain dict."""

    job: Required[TrainingJobV2JobSummaryRequestDict]


class TrainingJobV2DescriptionUpdateRequestDict(TypedDict, total=False):
    """``TrainingJobV2DescriptionUpdateRequest`` as a plain dict."""

    description: str


class TrainingJobV2EndpointsRequestDict(TypedDict, total=False):
    """``TrainingJobV2EndpointsRequest`` as a plain dict."""

    ssh: TrainingJobV2SshRequestDict


class TrainingJobV2EngineDict(TypedDict, total=False):
    """``TrainingJobV2Engine`` as a plain dict."""

    engine_id: str
    engine_name: str
    engine_version: str
    image_url: str
    install_sys_packages: bool


class TrainingJobV2I18NDescriptionDict(TypedDict, total=False):
    """``TrainingJobV2I18NDescription`` as a plain dict."""

    language: str
    description: str


class TrainingJobV2InputDataInfoRequestDict(TypedDict, total=False):
    """``TrainingJobV2InputDataInfoRequest`` as a plain dict."""

    dataset: TrainingJobV2InputDatasetRequestDict
    obs: TrainingJobV2ObsUrlRequestDict


class TrainingJobV2InputDatasetRequestDict(TypedDict, total=False):
    """``TrainingJobV2InputDatasetRequest`` as a plain dict."""

    id: Required[str]
    version_id: Required[str]


class TrainingJobV2InputRequestDict(TypedDict, total=False):
    """``TrainingJobV2InputRequest`` as a plain dict."""

    name: Required[str]
    remote: Required[TrainingJobV2InputDataInfoRequestDict]
    description: str
    local_dir: str
    remote_constraint: list[TrainingJobV2RemoteConstraintDict]


class TrainingJobV2JobSummaryRequestDict(TypedDict, total=False):
    """``TrainingJobV2JobSummaryRequest`` as a plain dict."""

    job_id: Required[str]


class TrainingJobV2LogDirRequestDict(TypedDict, total=False):
    """``TrainingJobV2LogDirRequest`` as a plain dict."""

    pfs: Required[TrainingJobV2PfsSummaryRequestDict]


class TrainingJobV2LogExportPathDict(TypedDict, total=False):
    """``TrainingJobV2LogExportPath`` as a plain dict."""

    obs_url: str
    host_path: str


class TrainingJobV2MetadataRequestDict(TypedDict, total=False):
    """``TrainingJobV2MetadataRequest`` as a plain dict."""

    name: Required[str]
    workspace_id: str
    description: str
    annotations: dict[str, Any]


class TrainingJobV2NfsDict(TypedDict, total=False):
    """``TrainingJobV2Nfs`` as a plain dict."""

    nfs_server_path: str
    local_path: str
    read_only: bool


class TrainingJobV2NotificationDict(TypedDict, total=False):
    """``TrainingJobV2Notification`` as a plain dict."""

    topic_urn: str
    events: list[
        Literal["JobStarted", "JobCompleted", "JobFailed", "JobTerminated", "JobRestarted", "JobHanged", "JobPreempted"]
    ]


class TrainingJobV2ObsUrlRequestDict(TypedDict, total=False):
    """``TrainingJobV2ObsUrlRequest`` as a plain dict."""

    obs_url: Required[str]


class TrainingJobV2ObsVolumeDict(TypedDict, total=False):
    """``TrainingJobV2ObsVolume`` as a plain dict."""

    obs_path: str
    local_path: str


class TrainingJobV2OutputRequestDict(TypedDict, total=False):
    """``TrainingJobV2OutputRequest`` as a plain dict."""

    name: Required[str]
    remote: Required[TrainingJobV2RemoteRequestDict]
    description: str
    local_dir: str


class TrainingJobV2ParameterConstraintDict(TypedDict, total=False):
    """``TrainingJobV2ParameterConstraint`` as a plain dict."""

    type: str
    editable: bool
    required: bool
    sensitive: bool
    valid_type: str
    valid_range: list[str]


class TrainingJobV2ParameterDict(TypedDict, total=False):
    """``TrainingJobV2Parameter`` as a plain dict."""

    name: str
    value: str
    description: str
    constraint: TrainingJobV2ParameterConstraintDict
    i18n_description: TrainingJobV2I18NDescriptionDict


class TrainingJobV2PfsSummaryRequestDict(TypedDict, total=False):
    """``TrainingJobV2PfsSummaryRequest`` as a plain dict."""

    pfs_path: Required[str]


class TrainingJobV2PfsVolumeDict(TypedDict, total=False):
    """``TrainingJobV2PfsVolume`` as a plain dict."""

    pfs_path: str
    local_path: str


class TrainingJobV2PoliciesDict(TypedDict, total=False):
    """``TrainingJobV2Policies`` as a plain dict."""

    auto_search: TrainingJobV2AutoSearchDict


class TrainingJobV2RemoteConstraintDict(TypedDict, total=False):
    """``TrainingJobV2RemoteConstraint`` as a plain dict."""

    data_type: str
    attributes: Literal["data_format", "data_segmentation", "dataset_type"]


class TrainingJobV2RemoteRequestDict(TypedDict, total=False):
    """``TrainingJobV2RemoteRequest`` as a plain dict."""

    obs: Required[TrainingJobV2ObsUrlRequestDict]


class TrainingJobV2RequiredAffinityDict(TypedDict, total=False):
    """``TrainingJobV2RequiredAffinity`` as a plain dict."""

    affinity_type: Literal["cabinet", "hyperinstance"]
    affinity_group_size: int


class TrainingJobV2RewardAttrDict(TypedDict, total=False):
    """``TrainingJobV2RewardAttr`` as a plain dict."""

    name: str
    mode: Literal["max", "min"]
    regex: str


class TrainingJobV2SchedulePolicyDict(TypedDict, total=False):
    """``TrainingJobV2SchedulePolicy`` as a plain dict."""

    required_affinity: TrainingJobV2RequiredAffinityDict
    priority: int
    preemptible: bool


class TrainingJobV2SearchFilterDict(TypedDict, total=False):
    """``TrainingJobV2SearchFilter`` as a plain dict."""

    key: str
    operator: Literal["between", "like", "in", "not"]
    value: list[str]


class TrainingJobV2SearchParamDict(TypedDict, total=False):
    """``TrainingJobV2SearchParam`` as a plain dict."""

    name: str
    param_type: Literal["continuous", "discrete"]
    lower_bound: str
    upper_bound: str
    discrete_points_num: str
    discrete_values: list[str]


class TrainingJobV2SearchRequestDict(TypedDict, total=False):
    """``TrainingJobV2SearchRequest`` as a plain dict."""

    offset: int
    limit: int
    sort_by: str
    order: Literal["asc", "desc"]
    group_by: str
    workspace_id: str
    filters: list[TrainingJobV2SearchFilterDict]


class TrainingJobV2SpecRequestDict(TypedDict, total=False):
    """``TrainingJobV2SpecRequest`` as a plain dict."""

    resource: TrainingJobV2SpecResourceRequestDict
    volumes: list[TrainingJobV2VolumeRequestDict]
    log_export_path: TrainingJobV2LogExportPathDict
    auto_stop: TrainingJobV2AutoStopDict
    schedule_policy: TrainingJobV2SchedulePolicyDict
    notification: TrainingJobV2NotificationDict


class TrainingJobV2SpecResourceRequestDict(TypedDict, total=False):
    """``TrainingJobV2SpecResourceRequest`` as a plain dict."""

    flavor_id: str
    node_count: int
    pool_id: str


class TrainingJobV2SshRequestDict(TypedDict, total=False):
    """``TrainingJobV2SshRequest`` as a plain dict."""

    key_pair_names: list[str]


class TrainingJobV2SummaryRequestDict(TypedDict, total=False):
    """``TrainingJobV2SummaryRequest`` as a plain dict."""

    log_type: Literal["tensorboard", "mindstudio-insight"]
    log_dir: TrainingJobV2LogDirRequestDict
    data_sources: list[TrainingJobV2DataSourceRequestDict]


class TrainingJobV2TaskAlgorithmRequestDict(TypedDict, total=False):
    """``TrainingJobV2TaskAlgorithmRequest`` as a plain dict."""

    job_config: TrainingJobV2TaskJobConfigDict
    code_dir: str
    boot_file: str
    engine: TrainingJobV2TaskEngineDict
    inputs: list[TrainingJobV2TaskInputRequestDict]
    outputs: list[TrainingJobV2OutputRequestDict]
    local_code_dir: str
    working_dir: str


class TrainingJobV2TaskEngineDict(TypedDict, total=False):
    """``TrainingJobV2TaskEngine`` as a plain dict."""

    engine_id: str
    engine_name: str
    engine_version: str
    image_url: str


class TrainingJobV2TaskInputRemoteRequestDict(TypedDict, total=False):
    """``TrainingJobV2TaskInputRemoteRequest`` as a plain dict."""

    obs: TrainingJobV2ObsUrlRequestDict


class TrainingJobV2TaskInputRequestDict(TypedDict, total=False):
    """``TrainingJobV2TaskInputRequest`` as a plain dict."""

    name: Required[str]
    remote: Required[TrainingJobV2TaskInputRemoteRequestDict]
    description: str
    local_dir: str


class TrainingJobV2TaskJobConfigDict(TypedDict, total=False):
    """``TrainingJobV2TaskJobConfig`` as a plain dict."""

    parameters: list[TrainingJobV2ParameterDict]
    inputs: list[TrainingJobV2InputRequestDict]
    outputs: list[TrainingJobV2OutputRequestDict]
    engine: TrainingJobV2TaskEngineDict


class TrainingJobV2TaskRequestDict(TypedDict, total=False):
    """``TrainingJobV2TaskRequest`` as a plain dict."""

    role: str
    algorithm: TrainingJobV2TaskAlgorithmRequestDict
    task_resource: TrainingJobV2TaskResourceRequestDict


class TrainingJobV2TaskResourceRequestDict(TypedDict, total=False):
    """``TrainingJobV2TaskResourceRequest`` as a plain dict."""

    node_count: Required[int]
    flavor_id: str


class TrainingJobV2VolumeRequestDict(TypedDict, total=False):
    """``TrainingJobV2VolumeRequest`` as a plain dict."""

    nfs: TrainingJobV2NfsDict
    pfs: TrainingJobV2PfsVolumeDict
    obs: TrainingJobV2ObsVolumeDict


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
        operation: Literal["attach_dev_server_volume"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        body: DevServerAttachVolumeRequest | DevServerAttachVolumeRequestDict,
    ) -> DevServerOperation:
        """Attach a disk to a Lite Server"""

    @overload
    def __call__(
        self,
        operation: Literal["change_dev_server_os"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        body: DevServerChangeOsRequest | DevServerChangeOsRequestDict,
    ) -> DevServer:
        """Change the OS image of a Lite Server"""

    @overload
    def __call__(
        self,
        operation: Literal["change_supernode_os"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        body: DevServerChangeOsRequest | DevServerChangeOsRequestDict,
    ) -> Supernode:
        """Change the OS image of a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["create_algorithm_v2"],
        /,
        *,
        project_id: str = ...,
        body: AlgorithmV2CreateRequest | AlgorithmV2CreateRequestDict,
    ) -> AlgorithmV2:
        """Create an algorithm"""

    @overload
    def __call__(
        self,
        operation: Literal["create_dataset_export_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetExportTaskV2CreateRequest | DatasetExportTaskV2CreateRequestDict,
    ) -> DatasetExportTaskV2:
        """Create a dataset export task"""

    @overload
    def __call__(
        self,
        operation: Literal["create_dataset_import_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetImportTaskV2CreateRequest | DatasetImportTaskV2CreateRequestDict,
    ) -> DatasetImportTaskV2CreateResponse:
        """Import data into a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["create_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetLabelV2BatchRequest | DatasetLabelV2BatchRequestDict,
    ) -> DatasetLabelV2BatchResult:
        """Create labels in a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["create_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetSampleV2CreateRequest | DatasetSampleV2CreateRequestDict,
    ) -> DatasetSampleV2CreateResponse:
        """Add samples to a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["create_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        body: DatasetV2CreateRequest | DatasetV2CreateRequestDict,
    ) -> DatasetV2CreateResponse:
        """Create a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["create_dataset_version_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetVersionV2CreateRequest | DatasetVersionV2CreateRequestDict,
    ) -> DatasetVersionV2CreateResponse:
        """Release a labeling version of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["create_dev_server"],
        /,
        *,
        project_id: str = ...,
        body: DevServerCreateRequest | DevServerCreateRequestDict,
    ) -> DevServer:
        """Create a Lite Server"""

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
        operation: Literal["create_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        body: ServiceTaskCreateRequest | ServiceTaskCreateRequestDict,
    ) -> ServiceTaskCreateResponse:
        """Create a service task"""

    @overload
    def __call__(
        self,
        operation: Literal["create_supernode_tags"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        body: SupernodeTagRequest | SupernodeTagRequestDict,
    ) -> SupernodeTagList:
        """Add tags to a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["create_temporary_access_key_by_token"],
        /,
        *,
        body: TemporaryAccessKeyRequest | TemporaryAccessKeyRequestDict,
    ) -> TemporaryAccessKeyResponse:
        """Obtain a temporary access key and security token"""

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
        operation: Literal["create_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        body: TrainingJobV2CreateRequest | TrainingJobV2CreateRequestDict,
    ) -> TrainingJobV2:
        """Create a training job (v2)"""

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
        operation: Literal["delete_algorithm_v2"],
        /,
        *,
        project_id: str = ...,
        algorithm_id: str,
    ) -> None:
        """Delete an algorithm"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_dataset_label_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        label_name: str,
        delete_source: bool | Unset = ...,
        label_type: DeleteDatasetLabelV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600]
        | Unset = ...,
    ) -> None:
        """Delete one label of a dataset and the samples that carry only it"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetLabelV2BatchRequest | DatasetLabelV2BatchRequestDict,
        delete_policy: DeleteDatasetLabelsV2DeletePolicy | Literal[0, 1, 2] | Unset = ...,
    ) -> DatasetLabelV2BatchResult:
        """Delete labels of a dataset in a batch"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetSampleV2DeleteRequest | DatasetSampleV2DeleteRequestDict,
    ) -> DatasetSampleV2BatchResponse:
        """Delete samples from a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
    ) -> None:
        """Delete a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_dataset_version_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str,
    ) -> None:
        """Delete a dataset version"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
    ) -> DevServer:
        """Delete a Lite Server"""

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
    ) -> None:
        """Delete a service"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
    ) -> None:
        """Delete a service task"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> Supernode:
        """Delete a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["delete_supernode_tags"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        body: SupernodeTagRequest | SupernodeTagRequestDict,
    ) -> SupernodeTagList:
        """Remove tags from a supernode"""

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
        operation: Literal["delete_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
    ) -> None:
        """Delete a training job (v2)"""

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
        operation: Literal["detach_dev_server_volume"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        volume_id: str,
    ) -> DevServerOperation:
        """Detach a disk from a Lite Server"""

    @overload
    def __call__(
        self,
        operation: Literal["get_algorithm_v2"],
        /,
        *,
        project_id: str = ...,
        algorithm_id: str,
    ) -> AlgorithmV2:
        """Get an algorithm"""

    @overload
    def __call__(
        self,
        operation: Literal["get_autosearch_parameter_analysis_image_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        parameter_name: str,
    ) -> AutoSearchV2ParameterAnalysisImageResponse:
        """Get where the sensitivity analysis image of a hyperparameter is stored"""

    @overload
    def __call__(
        self,
        operation: Literal["get_autosearch_parameter_analysis_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
    ) -> AutoSearchV2ParameterAnalysisResponse:
        """Get the hyperparameter sensitivity analysis of an auto search job"""

    @overload
    def __call__(
        self,
        operation: Literal["get_autosearch_trial_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        trial_id: str,
    ) -> AutoSearchV2TrialTable:
        """Get one trial of an auto search training job"""

    @overload
    def __call__(
        self,
        operation: Literal["get_autosearch_yaml_template_v2"],
        /,
        *,
        project_id: str = ...,
        algorithm_type: str,
        algorithm_name: str,
    ) -> AutoSearchV2YamlTemplateContentResponse:
        """Get the content of an auto search YAML template"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_export_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        task_id: str,
    ) -> DatasetExportTaskV2:
        """Get the status of a dataset export task"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_import_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        task_id: str,
    ) -> DatasetImportTaskV2:
        """Get an import task of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_metrics_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        start_time: int,
        end_time: int,
        workforce_task_id: str | Unset = ...,
    ) -> DatasetV2Metrics:
        """Get the monitoring data of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_sample_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        sample_id: str,
        locale: str | Unset = ...,
        sample_state: GetDatasetSampleV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
        worker_id: str | Unset = ...,
    ) -> DatasetSampleV2:
        """Get a sample"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_stats_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        email: str | Unset = ...,
        locale: str | Unset = ...,
        sample_state: GetDatasetStatsV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
    ) -> DatasetV2Stats:
        """Get the labeling statistics of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_sync_status_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
    ) -> DatasetV2SyncStatus:
        """Get the status of a dataset synchronization"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        check_running_task: bool | Unset = ...,
        running_task_type: GetDatasetV2RunningTaskType | Literal[0, 1, 2, 3, 4, 5, 6, 7] | Unset = ...,
    ) -> DatasetV2:
        """Get a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_version_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str,
    ) -> DatasetV2Version:
        """Get a dataset version"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
    ) -> DevServer:
        """Get a Lite Server"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dev_server_image"],
        /,
        *,
        project_id: str = ...,
        image_id: str,
    ) -> DevServerImage:
        """Get a Lite Server image"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dev_server_operation"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        operation_id: str,
    ) -> DevServerOperation:
        """Get an operation on a Lite Server"""

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
        operation: Literal["get_pool_v2"],
        /,
        *,
        project_id: str = ...,
        pool_name: str,
    ) -> PoolV2:
        """Get a resource pool"""

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
        operation: Literal["get_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
    ) -> ServiceTask:
        """Get a service task"""

    @overload
    def __call__(
        self,
        operation: Literal["get_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> Supernode:
        """Get a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["get_supernode_operation"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        operation_id: str,
    ) -> DevServerOperation:
        """Get an operation on a supernode"""

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
        operation: Literal["get_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
    ) -> TrainingJobV2:
        """Get a training job (v2)"""

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
        operation: Literal["get_training_task_log_preview_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        task_id: str,
    ) -> TrainingTaskV2LogPreviewResponse | None:
        """Preview the log of one task of a v2 training job"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_task_log_url_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        task_id: str,
    ) -> TrainingTaskV2LogUrlResponse:
        """Get a temporary OBS link to the full log of one task of a v2 training job"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_task_metrics_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        task_id: str,
    ) -> TrainingTaskV2MetricsResponse | None:
        """Get the resource usage metrics of one task of a v2 training job"""

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
        operation: Literal["list_algorithms_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListAlgorithmsV2Order | Literal["asc", "desc"] | Unset = ...,
        group_by: str | Unset = ...,
        searches: str | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> AlgorithmV2List:
        """List algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_all_dev_servers"],
        /,
        *,
        project_id: str = ...,
    ) -> DevServerList:
        """List all Lite Servers of the tenant"""

    @overload
    def __call__(
        self,
        operation: Literal["list_all_supernodes"],
        /,
        *,
        project_id: str = ...,
    ) -> SupernodeList:
        """List all supernodes of the tenant"""

    @overload
    def __call__(
        self,
        operation: Literal["list_autosearch_trials_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> AutoSearchV2TrialsResponse:
        """List the trials of an auto search training job"""

    @overload
    def __call__(
        self,
        operation: Literal["list_autosearch_yaml_templates_v2"],
        /,
        *,
        project_id: str = ...,
    ) -> AutoSearchV2YamlTemplatesResponse:
        """List the YAML templates for auto search jobs"""

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
        operation: Literal["list_dataset_export_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        export_type: ListDatasetExportTasksV2ExportType | Literal[0, 1, 2, 3] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> DatasetExportTaskV2List:
        """List the export tasks of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_import_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> DatasetImportTaskV2List:
        """List the import tasks of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> DatasetLabelV2List:
        """List the labels of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        email: str | Unset = ...,
        high_score: str | Unset = ...,
        label_name: str | Unset = ...,
        label_type: ListDatasetSamplesV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        limit: int | Unset = ...,
        locale: str | Unset = ...,
        low_score: str | Unset = ...,
        offset: int | Unset = ...,
        order: ListDatasetSamplesV2Order | Literal["asc", "desc"] | Unset = ...,
        preview: bool | Unset = ...,
        process_parameter: str | Unset = ...,
        sample_state: ListDatasetSamplesV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
        sample_type: ListDatasetSamplesV2SampleType | Literal[0, 1, 2, 4, 6, 9] | Unset = ...,
        search_conditions: str | Unset = ...,
        version_id: str | Unset = ...,
    ) -> DatasetSampleV2List:
        """List the samples of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_search_conditions_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
    ) -> DatasetSampleV2SearchCondition:
        """List the sample search conditions of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_versions_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        status: ListDatasetVersionsV2Status | Literal[0, 1, 2, 3, 4] | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetVersionsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> DatasetVersionV2List:
        """List the versions of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_datasets_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListDatasetsV2SortBy | Literal["create_time", "dataset_name"] | Unset = ...,
        order: ListDatasetsV2Order | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        dataset_type: ListDatasetsV2DatasetType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        dataset_version: ListDatasetsV2DatasetVersion | Literal["v1", "v2", "all"] | Unset = ...,
        contain_versions: bool | Unset = ...,
        file_preview: bool | Unset = ...,
        with_labels: bool | Unset = ...,
        check_running_task: bool | Unset = ...,
        support_export: bool | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> DatasetV2List:
        """List datasets"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dev_server_flavors"],
        /,
        *,
        project_id: str = ...,
        server_type: ListDevServerFlavorsServerType | Literal["BMS", "ECS", "HPS"] | Unset = ...,
        arch: ListDevServerFlavorsArch | Literal["X86", "ARM"] | Unset = ...,
        charging_mode: ListDevServerFlavorsChargingMode | Literal["PRE_PAID", "POST_PAID"] | Unset = ...,
    ) -> DevServerFlavorList:
        """List Lite Server flavors"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dev_server_images"],
        /,
        *,
        project_id: str = ...,
        server_type: ListDevServerImagesServerType | Literal["BMS", "ECS", "HPS"] | Unset = ...,
        flavor_name: str | Unset = ...,
    ) -> DevServerImageList:
        """List Lite Server images"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> DevServerList:
        """List the user's Lite Servers"""

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
        operation: Literal["list_model_runtimes"],
        /,
        *,
        project_id: str = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> ModelRuntimeListResponse:
        """List AI engines and their runtimes"""

    @overload
    def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        exact_match: bool | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
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
        operation: Literal["list_pools_v2"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str | Unset = ...,
        label_selector: str | Unset = ...,
        status: ListPoolsV2Status | Literal["created", "failed", "creating"] | Unset = ...,
        parent: str | Unset = ...,
    ) -> PoolV2List:
        """List resource pools"""

    @overload
    def __call__(
        self,
        operation: Literal["list_search_algorithms_v2"],
        /,
        *,
        project_id: str = ...,
    ) -> AutoSearchV2SearchAlgorithmsResponse:
        """List the supported hyperparameter search algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_events"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        event_type: ListServiceEventsEventType | Literal["normal", "abnormal"] | Unset = ...,
        event_info: str | Unset = ...,
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
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> ServiceSpecificationListResponse:
        """List supported service deployment flavors"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_tasks"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        state: ServiceTaskState
        | Literal[
            "PENDING",
            "RECOVERING",
            "STARTING",
            "UPGRADING",
            "CREATE_FAILED",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "ABNORMAL",
            "SUCCEEDED",
            "FAILED",
            "DELETING",
            "FREEZING",
            "FROZEN",
        ]
        | Unset = ...,
        name_like: str | Unset = ...,
        id: str | Unset = ...,
        created_since: int | Unset = ...,
        created_until: int | Unset = ...,
        sort_dir: ListServiceTasksSortDir | Literal["asc", "desc"] | Unset = ...,
        sort_key: ListServiceTasksSortKey | Literal["name", "created_at", "updated_at"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> ServiceTaskListResponse:
        """List service tasks"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_update_logs"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        update_time: int | Unset = ...,
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
        | Literal[
            "running",
            "deploying",
            "concerning",
            "failed",
            "stopped",
            "finished",
            "stopping",
            "deleting",
            "pending",
            "waiting",
        ]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name", "transition_at"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
        tags: str | Unset = ...,
    ) -> ServiceListResponse:
        """List services"""

    @overload
    def __call__(
        self,
        operation: Literal["list_supernode_servers"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> DevServerList:
        """List the servers of a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["list_supernode_tags"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> SupernodeTagList:
        """List the tags of a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["list_supernodes"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListSupernodesSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListSupernodesSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> SupernodeList:
        """List supernodes"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_engines_v2"],
        /,
        *,
        project_id: str = ...,
    ) -> TrainingEngineV2ListResponse:
        """List the preset AI engines for v2 training jobs"""

    @overload
    def __call__(
        self,
        operation: Literal["list_training_flavors_v2"],
        /,
        *,
        project_id: str = ...,
        flavor_type: ListTrainingFlavorsV2FlavorType | Literal["CPU", "GPU", "Ascend"] | Unset = ...,
    ) -> TrainingFlavorV2ListResponse:
        """List the public resource flavors for v2 training jobs"""

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
        operation: Literal["list_training_job_events_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        order: str | Unset = ...,
        start_time: str | Unset = ...,
        end_time: str | Unset = ...,
        level: ListTrainingJobEventsV2Level | Literal["Info", "Error", "Warning"] | Unset = ...,
        pattern: str | Unset = ...,
        source: ListTrainingJobEventsV2Source | Literal["K8S", "Job", "Task"] | Unset = ...,
        x_language: str | Unset = ...,
    ) -> TrainingEventV2ListResponse:
        """List the events of a v2 training job"""

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
        operation: Literal["list_training_jobs_v2"],
        /,
        *,
        project_id: str = ...,
        body: TrainingJobV2SearchRequest | TrainingJobV2SearchRequestDict | Unset = ...,
    ) -> TrainingJobV2List:
        """Search training jobs (v2)"""

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
        operation: Literal["reboot_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
    ) -> DevServer:
        """Restart a Lite Server"""

    @overload
    def __call__(
        self,
        operation: Literal["reinstall_dev_server_os"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        body: DevServerReinstallOsRequest | DevServerReinstallOsRequestDict,
    ) -> DevServer:
        """Reinstall the OS of a Lite Server"""

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
        operation: Literal["start_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        body: DevServerStartRequest | DevServerStartRequestDict | Unset = ...,
    ) -> DevServer:
        """Start a Lite Server"""

    @overload
    def __call__(
        self,
        operation: Literal["start_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
    ) -> None:
        """Start a service task"""

    @overload
    def __call__(
        self,
        operation: Literal["start_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> Supernode:
        """Start (power on) a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["stop_autosearch_trial_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        trial_id: str,
    ) -> AutoSearchV2TrialEarlyStopResponse:
        """Stop one trial of an auto search job early"""

    @overload
    def __call__(
        self,
        operation: Literal["stop_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
    ) -> DevServer:
        """Stop a Lite Server"""

    @overload
    def __call__(
        self,
        operation: Literal["stop_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
    ) -> None:
        """Stop a service task"""

    @overload
    def __call__(
        self,
        operation: Literal["stop_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> Supernode:
        """Stop (power off) a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["stop_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        body: TrainingJobV2ActionRequest | TrainingJobV2ActionRequestDict,
    ) -> TrainingJobV2:
        """Terminate a training job (v2)"""

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
        operation: Literal["sync_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
    ) -> None:
        """Synchronize a dataset with its data source"""

    @overload
    def __call__(
        self,
        operation: Literal["sync_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: SyncDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: SyncDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> DevServerList:
        """Synchronize the status of the user's Lite Servers"""

    @overload
    def __call__(
        self,
        operation: Literal["update_algorithm_v2"],
        /,
        *,
        project_id: str = ...,
        algorithm_id: str,
        body: AlgorithmV2UpdateRequest | AlgorithmV2UpdateRequestDict,
    ) -> AlgorithmV2:
        """Modify an algorithm"""

    @overload
    def __call__(
        self,
        operation: Literal["update_dataset_label_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        label_name: str,
        body: DatasetV2LabelProperty | DatasetV2LabelPropertyDict,
        label_type: UpdateDatasetLabelV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600]
        | Unset = ...,
    ) -> None:
        """Modify one label of a dataset by its name"""

    @overload
    def __call__(
        self,
        operation: Literal["update_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetLabelV2BatchRequest | DatasetLabelV2BatchRequestDict,
    ) -> DatasetLabelV2BatchResult:
        """Modify labels of a dataset in a batch"""

    @overload
    def __call__(
        self,
        operation: Literal["update_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetSampleV2UpdateRequest | DatasetSampleV2UpdateRequestDict,
    ) -> DatasetSampleV2BatchResponse:
        """Update the labels of samples"""

    @overload
    def __call__(
        self,
        operation: Literal["update_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetV2UpdateRequest | DatasetV2UpdateRequestDict,
    ) -> DatasetV2UpdateResponse:
        """Modify a dataset"""

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
    ) -> None:
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
    ) -> None:
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
        operation: Literal["update_training_job_description_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        body: TrainingJobV2DescriptionUpdateRequest | TrainingJobV2DescriptionUpdateRequestDict,
    ) -> None:
        """Modify the description of a training job (v2)"""

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
        operation: Literal["attach_dev_server_volume"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        body: DevServerAttachVolumeRequest | DevServerAttachVolumeRequestDict,
    ) -> DevServerOperation:
        """Attach a disk to a Lite Server"""

    @overload
    async def __call__(
        self,
        operation: Literal["change_dev_server_os"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        body: DevServerChangeOsRequest | DevServerChangeOsRequestDict,
    ) -> DevServer:
        """Change the OS image of a Lite Server"""

    @overload
    async def __call__(
        self,
        operation: Literal["change_supernode_os"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        body: DevServerChangeOsRequest | DevServerChangeOsRequestDict,
    ) -> Supernode:
        """Change the OS image of a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_algorithm_v2"],
        /,
        *,
        project_id: str = ...,
        body: AlgorithmV2CreateRequest | AlgorithmV2CreateRequestDict,
    ) -> AlgorithmV2:
        """Create an algorithm"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_dataset_export_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetExportTaskV2CreateRequest | DatasetExportTaskV2CreateRequestDict,
    ) -> DatasetExportTaskV2:
        """Create a dataset export task"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_dataset_import_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetImportTaskV2CreateRequest | DatasetImportTaskV2CreateRequestDict,
    ) -> DatasetImportTaskV2CreateResponse:
        """Import data into a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetLabelV2BatchRequest | DatasetLabelV2BatchRequestDict,
    ) -> DatasetLabelV2BatchResult:
        """Create labels in a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetSampleV2CreateRequest | DatasetSampleV2CreateRequestDict,
    ) -> DatasetSampleV2CreateResponse:
        """Add samples to a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        body: DatasetV2CreateRequest | DatasetV2CreateRequestDict,
    ) -> DatasetV2CreateResponse:
        """Create a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_dataset_version_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetVersionV2CreateRequest | DatasetVersionV2CreateRequestDict,
    ) -> DatasetVersionV2CreateResponse:
        """Release a labeling version of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_dev_server"],
        /,
        *,
        project_id: str = ...,
        body: DevServerCreateRequest | DevServerCreateRequestDict,
    ) -> DevServer:
        """Create a Lite Server"""

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
        operation: Literal["create_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        body: ServiceTaskCreateRequest | ServiceTaskCreateRequestDict,
    ) -> ServiceTaskCreateResponse:
        """Create a service task"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_supernode_tags"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        body: SupernodeTagRequest | SupernodeTagRequestDict,
    ) -> SupernodeTagList:
        """Add tags to a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["create_temporary_access_key_by_token"],
        /,
        *,
        body: TemporaryAccessKeyRequest | TemporaryAccessKeyRequestDict,
    ) -> TemporaryAccessKeyResponse:
        """Obtain a temporary access key and security token"""

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
        operation: Literal["create_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        body: TrainingJobV2CreateRequest | TrainingJobV2CreateRequestDict,
    ) -> TrainingJobV2:
        """Create a training job (v2)"""

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
        operation: Literal["delete_algorithm_v2"],
        /,
        *,
        project_id: str = ...,
        algorithm_id: str,
    ) -> None:
        """Delete an algorithm"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_dataset_label_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        label_name: str,
        delete_source: bool | Unset = ...,
        label_type: DeleteDatasetLabelV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600]
        | Unset = ...,
    ) -> None:
        """Delete one label of a dataset and the samples that carry only it"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetLabelV2BatchRequest | DatasetLabelV2BatchRequestDict,
        delete_policy: DeleteDatasetLabelsV2DeletePolicy | Literal[0, 1, 2] | Unset = ...,
    ) -> DatasetLabelV2BatchResult:
        """Delete labels of a dataset in a batch"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetSampleV2DeleteRequest | DatasetSampleV2DeleteRequestDict,
    ) -> DatasetSampleV2BatchResponse:
        """Delete samples from a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
    ) -> None:
        """Delete a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_dataset_version_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str,
    ) -> None:
        """Delete a dataset version"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
    ) -> DevServer:
        """Delete a Lite Server"""

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
    ) -> None:
        """Delete a service"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
    ) -> None:
        """Delete a service task"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> Supernode:
        """Delete a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["delete_supernode_tags"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        body: SupernodeTagRequest | SupernodeTagRequestDict,
    ) -> SupernodeTagList:
        """Remove tags from a supernode"""

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
        operation: Literal["delete_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
    ) -> None:
        """Delete a training job (v2)"""

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
        operation: Literal["detach_dev_server_volume"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        volume_id: str,
    ) -> DevServerOperation:
        """Detach a disk from a Lite Server"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_algorithm_v2"],
        /,
        *,
        project_id: str = ...,
        algorithm_id: str,
    ) -> AlgorithmV2:
        """Get an algorithm"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_autosearch_parameter_analysis_image_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        parameter_name: str,
    ) -> AutoSearchV2ParameterAnalysisImageResponse:
        """Get where the sensitivity analysis image of a hyperparameter is stored"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_autosearch_parameter_analysis_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
    ) -> AutoSearchV2ParameterAnalysisResponse:
        """Get the hyperparameter sensitivity analysis of an auto search job"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_autosearch_trial_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        trial_id: str,
    ) -> AutoSearchV2TrialTable:
        """Get one trial of an auto search training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_autosearch_yaml_template_v2"],
        /,
        *,
        project_id: str = ...,
        algorithm_type: str,
        algorithm_name: str,
    ) -> AutoSearchV2YamlTemplateContentResponse:
        """Get the content of an auto search YAML template"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_export_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        task_id: str,
    ) -> DatasetExportTaskV2:
        """Get the status of a dataset export task"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_import_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        task_id: str,
    ) -> DatasetImportTaskV2:
        """Get an import task of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_metrics_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        start_time: int,
        end_time: int,
        workforce_task_id: str | Unset = ...,
    ) -> DatasetV2Metrics:
        """Get the monitoring data of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_sample_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        sample_id: str,
        locale: str | Unset = ...,
        sample_state: GetDatasetSampleV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
        worker_id: str | Unset = ...,
    ) -> DatasetSampleV2:
        """Get a sample"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_stats_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        email: str | Unset = ...,
        locale: str | Unset = ...,
        sample_state: GetDatasetStatsV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
    ) -> DatasetV2Stats:
        """Get the labeling statistics of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_sync_status_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
    ) -> DatasetV2SyncStatus:
        """Get the status of a dataset synchronization"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        check_running_task: bool | Unset = ...,
        running_task_type: GetDatasetV2RunningTaskType | Literal[0, 1, 2, 3, 4, 5, 6, 7] | Unset = ...,
    ) -> DatasetV2:
        """Get a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_version_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str,
    ) -> DatasetV2Version:
        """Get a dataset version"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
    ) -> DevServer:
        """Get a Lite Server"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dev_server_image"],
        /,
        *,
        project_id: str = ...,
        image_id: str,
    ) -> DevServerImage:
        """Get a Lite Server image"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dev_server_operation"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        operation_id: str,
    ) -> DevServerOperation:
        """Get an operation on a Lite Server"""

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
        operation: Literal["get_pool_v2"],
        /,
        *,
        project_id: str = ...,
        pool_name: str,
    ) -> PoolV2:
        """Get a resource pool"""

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
        operation: Literal["get_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
    ) -> ServiceTask:
        """Get a service task"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> Supernode:
        """Get a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_supernode_operation"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        operation_id: str,
    ) -> DevServerOperation:
        """Get an operation on a supernode"""

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
        operation: Literal["get_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
    ) -> TrainingJobV2:
        """Get a training job (v2)"""

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
        operation: Literal["get_training_task_log_preview_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        task_id: str,
    ) -> TrainingTaskV2LogPreviewResponse | None:
        """Preview the log of one task of a v2 training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_training_task_log_url_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        task_id: str,
    ) -> TrainingTaskV2LogUrlResponse:
        """Get a temporary OBS link to the full log of one task of a v2 training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_training_task_metrics_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        task_id: str,
    ) -> TrainingTaskV2MetricsResponse | None:
        """Get the resource usage metrics of one task of a v2 training job"""

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
        operation: Literal["list_algorithms_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListAlgorithmsV2Order | Literal["asc", "desc"] | Unset = ...,
        group_by: str | Unset = ...,
        searches: str | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> AlgorithmV2List:
        """List algorithms"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_all_dev_servers"],
        /,
        *,
        project_id: str = ...,
    ) -> DevServerList:
        """List all Lite Servers of the tenant"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_all_supernodes"],
        /,
        *,
        project_id: str = ...,
    ) -> SupernodeList:
        """List all supernodes of the tenant"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_autosearch_trials_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> AutoSearchV2TrialsResponse:
        """List the trials of an auto search training job"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_autosearch_yaml_templates_v2"],
        /,
        *,
        project_id: str = ...,
    ) -> AutoSearchV2YamlTemplatesResponse:
        """List the YAML templates for auto search jobs"""

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
        operation: Literal["list_dataset_export_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        export_type: ListDatasetExportTasksV2ExportType | Literal[0, 1, 2, 3] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> DatasetExportTaskV2List:
        """List the export tasks of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_dataset_import_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> DatasetImportTaskV2List:
        """List the import tasks of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> DatasetLabelV2List:
        """List the labels of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        email: str | Unset = ...,
        high_score: str | Unset = ...,
        label_name: str | Unset = ...,
        label_type: ListDatasetSamplesV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        limit: int | Unset = ...,
        locale: str | Unset = ...,
        low_score: str | Unset = ...,
        offset: int | Unset = ...,
        order: ListDatasetSamplesV2Order | Literal["asc", "desc"] | Unset = ...,
        preview: bool | Unset = ...,
        process_parameter: str | Unset = ...,
        sample_state: ListDatasetSamplesV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
        sample_type: ListDatasetSamplesV2SampleType | Literal[0, 1, 2, 4, 6, 9] | Unset = ...,
        search_conditions: str | Unset = ...,
        version_id: str | Unset = ...,
    ) -> DatasetSampleV2List:
        """List the samples of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_dataset_search_conditions_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
    ) -> DatasetSampleV2SearchCondition:
        """List the sample search conditions of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_dataset_versions_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        status: ListDatasetVersionsV2Status | Literal[0, 1, 2, 3, 4] | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetVersionsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> DatasetVersionV2List:
        """List the versions of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_datasets_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListDatasetsV2SortBy | Literal["create_time", "dataset_name"] | Unset = ...,
        order: ListDatasetsV2Order | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        dataset_type: ListDatasetsV2DatasetType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        dataset_version: ListDatasetsV2DatasetVersion | Literal["v1", "v2", "all"] | Unset = ...,
        contain_versions: bool | Unset = ...,
        file_preview: bool | Unset = ...,
        with_labels: bool | Unset = ...,
        check_running_task: bool | Unset = ...,
        support_export: bool | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        workspace_id: str | Unset = ...,
    ) -> DatasetV2List:
        """List datasets"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_dev_server_flavors"],
        /,
        *,
        project_id: str = ...,
        server_type: ListDevServerFlavorsServerType | Literal["BMS", "ECS", "HPS"] | Unset = ...,
        arch: ListDevServerFlavorsArch | Literal["X86", "ARM"] | Unset = ...,
        charging_mode: ListDevServerFlavorsChargingMode | Literal["PRE_PAID", "POST_PAID"] | Unset = ...,
    ) -> DevServerFlavorList:
        """List Lite Server flavors"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_dev_server_images"],
        /,
        *,
        project_id: str = ...,
        server_type: ListDevServerImagesServerType | Literal["BMS", "ECS", "HPS"] | Unset = ...,
        flavor_name: str | Unset = ...,
    ) -> DevServerImageList:
        """List Lite Server images"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> DevServerList:
        """List the user's Lite Servers"""

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
        operation: Literal["list_model_runtimes"],
        /,
        *,
        project_id: str = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> ModelRuntimeListResponse:
        """List AI engines and their runtimes"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        exact_match: bool | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
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
        operation: Literal["list_pools_v2"],
        /,
        *,
        project_id: str = ...,
        workspace_id: str | Unset = ...,
        label_selector: str | Unset = ...,
        status: ListPoolsV2Status | Literal["created", "failed", "creating"] | Unset = ...,
        parent: str | Unset = ...,
    ) -> PoolV2List:
        """List resource pools"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_search_algorithms_v2"],
        /,
        *,
        project_id: str = ...,
    ) -> AutoSearchV2SearchAlgorithmsResponse:
        """List the supported hyperparameter search algorithms"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_service_events"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        event_type: ListServiceEventsEventType | Literal["normal", "abnormal"] | Unset = ...,
        event_info: str | Unset = ...,
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
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> ServiceSpecificationListResponse:
        """List supported service deployment flavors"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_service_tasks"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        state: ServiceTaskState
        | Literal[
            "PENDING",
            "RECOVERING",
            "STARTING",
            "UPGRADING",
            "CREATE_FAILED",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "ABNORMAL",
            "SUCCEEDED",
            "FAILED",
            "DELETING",
            "FREEZING",
            "FROZEN",
        ]
        | Unset = ...,
        name_like: str | Unset = ...,
        id: str | Unset = ...,
        created_since: int | Unset = ...,
        created_until: int | Unset = ...,
        sort_dir: ListServiceTasksSortDir | Literal["asc", "desc"] | Unset = ...,
        sort_key: ListServiceTasksSortKey | Literal["name", "created_at", "updated_at"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> ServiceTaskListResponse:
        """List service tasks"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_service_update_logs"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        update_time: int | Unset = ...,
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
        | Literal[
            "running",
            "deploying",
            "concerning",
            "failed",
            "stopped",
            "finished",
            "stopping",
            "deleting",
            "pending",
            "waiting",
        ]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name", "transition_at"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
        tags: str | Unset = ...,
    ) -> ServiceListResponse:
        """List services"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_supernode_servers"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> DevServerList:
        """List the servers of a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_supernode_tags"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> SupernodeTagList:
        """List the tags of a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_supernodes"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListSupernodesSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListSupernodesSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
    ) -> SupernodeList:
        """List supernodes"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_training_engines_v2"],
        /,
        *,
        project_id: str = ...,
    ) -> TrainingEngineV2ListResponse:
        """List the preset AI engines for v2 training jobs"""

    @overload
    async def __call__(
        self,
        operation: Literal["list_training_flavors_v2"],
        /,
        *,
        project_id: str = ...,
        flavor_type: ListTrainingFlavorsV2FlavorType | Literal["CPU", "GPU", "Ascend"] | Unset = ...,
    ) -> TrainingFlavorV2ListResponse:
        """List the public resource flavors for v2 training jobs"""

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
        operation: Literal["list_training_job_events_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        order: str | Unset = ...,
        start_time: str | Unset = ...,
        end_time: str | Unset = ...,
        level: ListTrainingJobEventsV2Level | Literal["Info", "Error", "Warning"] | Unset = ...,
        pattern: str | Unset = ...,
        source: ListTrainingJobEventsV2Source | Literal["K8S", "Job", "Task"] | Unset = ...,
        x_language: str | Unset = ...,
    ) -> TrainingEventV2ListResponse:
        """List the events of a v2 training job"""

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
        operation: Literal["list_training_jobs_v2"],
        /,
        *,
        project_id: str = ...,
        body: TrainingJobV2SearchRequest | TrainingJobV2SearchRequestDict | Unset = ...,
    ) -> TrainingJobV2List:
        """Search training jobs (v2)"""

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
        operation: Literal["reboot_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
    ) -> DevServer:
        """Restart a Lite Server"""

    @overload
    async def __call__(
        self,
        operation: Literal["reinstall_dev_server_os"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        body: DevServerReinstallOsRequest | DevServerReinstallOsRequestDict,
    ) -> DevServer:
        """Reinstall the OS of a Lite Server"""

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
        operation: Literal["start_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        body: DevServerStartRequest | DevServerStartRequestDict | Unset = ...,
    ) -> DevServer:
        """Start a Lite Server"""

    @overload
    async def __call__(
        self,
        operation: Literal["start_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
    ) -> None:
        """Start a service task"""

    @overload
    async def __call__(
        self,
        operation: Literal["start_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> Supernode:
        """Start (power on) a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["stop_autosearch_trial_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        trial_id: str,
    ) -> AutoSearchV2TrialEarlyStopResponse:
        """Stop one trial of an auto search job early"""

    @overload
    async def __call__(
        self,
        operation: Literal["stop_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
    ) -> DevServer:
        """Stop a Lite Server"""

    @overload
    async def __call__(
        self,
        operation: Literal["stop_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
    ) -> None:
        """Stop a service task"""

    @overload
    async def __call__(
        self,
        operation: Literal["stop_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
    ) -> Supernode:
        """Stop (power off) a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["stop_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        body: TrainingJobV2ActionRequest | TrainingJobV2ActionRequestDict,
    ) -> TrainingJobV2:
        """Terminate a training job (v2)"""

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
        operation: Literal["sync_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
    ) -> None:
        """Synchronize a dataset with its data source"""

    @overload
    async def __call__(
        self,
        operation: Literal["sync_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: SyncDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: SyncDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
    ) -> DevServerList:
        """Synchronize the status of the user's Lite Servers"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_algorithm_v2"],
        /,
        *,
        project_id: str = ...,
        algorithm_id: str,
        body: AlgorithmV2UpdateRequest | AlgorithmV2UpdateRequestDict,
    ) -> AlgorithmV2:
        """Modify an algorithm"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_dataset_label_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        label_name: str,
        body: DatasetV2LabelProperty | DatasetV2LabelPropertyDict,
        label_type: UpdateDatasetLabelV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 103, 200, 201, 202, 600]
        | Unset = ...,
    ) -> None:
        """Modify one label of a dataset by its name"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetLabelV2BatchRequest | DatasetLabelV2BatchRequestDict,
    ) -> DatasetLabelV2BatchResult:
        """Modify labels of a dataset in a batch"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetSampleV2UpdateRequest | DatasetSampleV2UpdateRequestDict,
    ) -> DatasetSampleV2BatchResponse:
        """Update the labels of samples"""

    @overload
    async def __call__(
        self,
        operation: Literal["update_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        body: DatasetV2UpdateRequest | DatasetV2UpdateRequestDict,
    ) -> DatasetV2UpdateResponse:
        """Modify a dataset"""

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
    ) -> None:
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
    ) -> None:
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
        operation: Literal["update_training_job_description_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        body: TrainingJobV2DescriptionUpdateRequest | TrainingJobV2DescriptionUpdateRequestDict,
    ) -> None:
        """Modify the description of a training job (v2)"""

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
        operation: Literal["list_algorithms_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListAlgorithmsV2Order | Literal["asc", "desc"] | Unset = ...,
        group_by: str | Unset = ...,
        searches: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[AlgorithmV2List]:
        """List algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_autosearch_trials_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[AutoSearchV2TrialsResponse]:
        """List the trials of an auto search training job"""

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
        operation: Literal["list_dataset_export_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        export_type: ListDatasetExportTasksV2ExportType | Literal[0, 1, 2, 3] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetExportTaskV2List]:
        """List the export tasks of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_import_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetImportTaskV2List]:
        """List the import tasks of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetLabelV2List]:
        """List the labels of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        email: str | Unset = ...,
        high_score: str | Unset = ...,
        label_name: str | Unset = ...,
        label_type: ListDatasetSamplesV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        limit: int | Unset = ...,
        locale: str | Unset = ...,
        low_score: str | Unset = ...,
        offset: int | Unset = ...,
        order: ListDatasetSamplesV2Order | Literal["asc", "desc"] | Unset = ...,
        preview: bool | Unset = ...,
        process_parameter: str | Unset = ...,
        sample_state: ListDatasetSamplesV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
        sample_type: ListDatasetSamplesV2SampleType | Literal[0, 1, 2, 4, 6, 9] | Unset = ...,
        search_conditions: str | Unset = ...,
        version_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetSampleV2List]:
        """List the samples of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_versions_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        status: ListDatasetVersionsV2Status | Literal[0, 1, 2, 3, 4] | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetVersionsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetVersionV2List]:
        """List the versions of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_datasets_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListDatasetsV2SortBy | Literal["create_time", "dataset_name"] | Unset = ...,
        order: ListDatasetsV2Order | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        dataset_type: ListDatasetsV2DatasetType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        dataset_version: ListDatasetsV2DatasetVersion | Literal["v1", "v2", "all"] | Unset = ...,
        contain_versions: bool | Unset = ...,
        file_preview: bool | Unset = ...,
        with_labels: bool | Unset = ...,
        check_running_task: bool | Unset = ...,
        support_export: bool | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetV2List]:
        """List datasets"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DevServerList]:
        """List the user's Lite Servers"""

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
        operation: Literal["list_model_runtimes"],
        /,
        *,
        project_id: str = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ModelRuntimeListResponse]:
        """List AI engines and their runtimes"""

    @overload
    def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        exact_match: bool | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
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
        event_info: str | Unset = ...,
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
        operation: Literal["list_service_specifications"],
        /,
        *,
        project_id: str = ...,
        is_personal_cluster: bool | Unset = ...,
        infer_type: ListServiceSpecificationsInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceSpecificationListResponse]:
        """List supported service deployment flavors"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_tasks"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        state: ServiceTaskState
        | Literal[
            "PENDING",
            "RECOVERING",
            "STARTING",
            "UPGRADING",
            "CREATE_FAILED",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "ABNORMAL",
            "SUCCEEDED",
            "FAILED",
            "DELETING",
            "FREEZING",
            "FROZEN",
        ]
        | Unset = ...,
        name_like: str | Unset = ...,
        id: str | Unset = ...,
        created_since: int | Unset = ...,
        created_until: int | Unset = ...,
        sort_dir: ListServiceTasksSortDir | Literal["asc", "desc"] | Unset = ...,
        sort_key: ListServiceTasksSortKey | Literal["name", "created_at", "updated_at"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceTaskListResponse]:
        """List service tasks"""

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
        | Literal[
            "running",
            "deploying",
            "concerning",
            "failed",
            "stopped",
            "finished",
            "stopping",
            "deleting",
            "pending",
            "waiting",
        ]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name", "transition_at"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
        tags: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceListResponse]:
        """List services"""

    @overload
    def __call__(
        self,
        operation: Literal["list_supernodes"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListSupernodesSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListSupernodesSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[SupernodeList]:
        """List supernodes"""

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
        operation: Literal["list_training_job_events_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        order: str | Unset = ...,
        start_time: str | Unset = ...,
        end_time: str | Unset = ...,
        level: ListTrainingJobEventsV2Level | Literal["Info", "Error", "Warning"] | Unset = ...,
        pattern: str | Unset = ...,
        source: ListTrainingJobEventsV2Source | Literal["K8S", "Job", "Task"] | Unset = ...,
        x_language: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainingEventV2ListResponse]:
        """List the events of a v2 training job"""

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
        operation: Literal["list_training_jobs_v2"],
        /,
        *,
        project_id: str = ...,
        body: TrainingJobV2SearchRequest | TrainingJobV2SearchRequestDict | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainingJobV2List]:
        """Search training jobs (v2)"""

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
        self,
        operation: Literal["sync_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: SyncDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: SyncDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DevServerList]:
        """Synchronize the status of the user's Lite Servers"""

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
        operation: Literal["list_algorithms_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListAlgorithmsV2Order | Literal["asc", "desc"] | Unset = ...,
        group_by: str | Unset = ...,
        searches: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[AlgorithmV2]:
        """List algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_autosearch_trials_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[list[Any]]:
        """List the trials of an auto search training job"""

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
        operation: Literal["list_dataset_export_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        export_type: ListDatasetExportTasksV2ExportType | Literal[0, 1, 2, 3] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetExportTaskV2]:
        """List the export tasks of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_import_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetImportTaskV2]:
        """List the import tasks of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetV2Label]:
        """List the labels of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        email: str | Unset = ...,
        high_score: str | Unset = ...,
        label_name: str | Unset = ...,
        label_type: ListDatasetSamplesV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        limit: int | Unset = ...,
        locale: str | Unset = ...,
        low_score: str | Unset = ...,
        offset: int | Unset = ...,
        order: ListDatasetSamplesV2Order | Literal["asc", "desc"] | Unset = ...,
        preview: bool | Unset = ...,
        process_parameter: str | Unset = ...,
        sample_state: ListDatasetSamplesV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
        sample_type: ListDatasetSamplesV2SampleType | Literal[0, 1, 2, 4, 6, 9] | Unset = ...,
        search_conditions: str | Unset = ...,
        version_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetSampleV2]:
        """List the samples of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_versions_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        status: ListDatasetVersionsV2Status | Literal[0, 1, 2, 3, 4] | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetVersionsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetV2Version]:
        """List the versions of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_datasets_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListDatasetsV2SortBy | Literal["create_time", "dataset_name"] | Unset = ...,
        order: ListDatasetsV2Order | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        dataset_type: ListDatasetsV2DatasetType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        dataset_version: ListDatasetsV2DatasetVersion | Literal["v1", "v2", "all"] | Unset = ...,
        contain_versions: bool | Unset = ...,
        file_preview: bool | Unset = ...,
        with_labels: bool | Unset = ...,
        check_running_task: bool | Unset = ...,
        support_export: bool | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DatasetV2]:
        """List datasets"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DevServer]:
        """List the user's Lite Servers"""

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
        operation: Literal["list_model_runtimes"],
        /,
        *,
        project_id: str = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ModelRuntimeEngine]:
        """List AI engines and their runtimes"""

    @overload
    def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        exact_match: bool | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
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
        event_info: str | Unset = ...,
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
        operation: Literal["list_service_specifications"],
        /,
        *,
        project_id: str = ...,
        is_personal_cluster: bool | Unset = ...,
        infer_type: ListServiceSpecificationsInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceSpecification]:
        """List supported service deployment flavors"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_tasks"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        state: ServiceTaskState
        | Literal[
            "PENDING",
            "RECOVERING",
            "STARTING",
            "UPGRADING",
            "CREATE_FAILED",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "ABNORMAL",
            "SUCCEEDED",
            "FAILED",
            "DELETING",
            "FREEZING",
            "FROZEN",
        ]
        | Unset = ...,
        name_like: str | Unset = ...,
        id: str | Unset = ...,
        created_since: int | Unset = ...,
        created_until: int | Unset = ...,
        sort_dir: ListServiceTasksSortDir | Literal["asc", "desc"] | Unset = ...,
        sort_key: ListServiceTasksSortKey | Literal["name", "created_at", "updated_at"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceTask]:
        """List service tasks"""

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
        | Literal[
            "running",
            "deploying",
            "concerning",
            "failed",
            "stopped",
            "finished",
            "stopping",
            "deleting",
            "pending",
            "waiting",
        ]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name", "transition_at"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
        tags: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[ServiceSummary]:
        """List services"""

    @overload
    def __call__(
        self,
        operation: Literal["list_supernodes"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListSupernodesSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListSupernodesSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[Supernode]:
        """List supernodes"""

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
        operation: Literal["list_training_job_events_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        order: str | Unset = ...,
        start_time: str | Unset = ...,
        end_time: str | Unset = ...,
        level: ListTrainingJobEventsV2Level | Literal["Info", "Error", "Warning"] | Unset = ...,
        pattern: str | Unset = ...,
        source: ListTrainingJobEventsV2Source | Literal["K8S", "Job", "Task"] | Unset = ...,
        x_language: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainingEventV2]:
        """List the events of a v2 training job"""

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
        operation: Literal["list_training_jobs_v2"],
        /,
        *,
        project_id: str = ...,
        body: TrainingJobV2SearchRequest | TrainingJobV2SearchRequestDict | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[TrainingJobV2]:
        """Search training jobs (v2)"""

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
        self,
        operation: Literal["sync_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: SyncDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: SyncDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> Iterator[DevServer]:
        """Synchronize the status of the user's Lite Servers"""

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
        operation: Literal["list_algorithms_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: str | Unset = ...,
        order: ListAlgorithmsV2Order | Literal["asc", "desc"] | Unset = ...,
        group_by: str | Unset = ...,
        searches: str | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[AlgorithmV2]:
        """List algorithms"""

    @overload
    def __call__(
        self,
        operation: Literal["list_autosearch_trials_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[list[Any]]:
        """List the trials of an auto search training job"""

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
        operation: Literal["list_dataset_export_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        export_type: ListDatasetExportTasksV2ExportType | Literal[0, 1, 2, 3] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DatasetExportTaskV2]:
        """List the export tasks of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_import_tasks_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DatasetImportTaskV2]:
        """List the import tasks of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_labels_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DatasetV2Label]:
        """List the labels of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_samples_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        email: str | Unset = ...,
        high_score: str | Unset = ...,
        label_name: str | Unset = ...,
        label_type: ListDatasetSamplesV2LabelType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        limit: int | Unset = ...,
        locale: str | Unset = ...,
        low_score: str | Unset = ...,
        offset: int | Unset = ...,
        order: ListDatasetSamplesV2Order | Literal["asc", "desc"] | Unset = ...,
        preview: bool | Unset = ...,
        process_parameter: str | Unset = ...,
        sample_state: ListDatasetSamplesV2SampleState
        | Literal[
            "__ALL__",
            "__NONE__",
            "__UNCHECK__",
            "__ACCEPTED__",
            "__REJECTED__",
            "__UNREVIEWED__",
            "__REVIEWED__",
            "__WORKFORCE_SAMPLED__",
            "__WORKFORCE_SAMPLED_UNCHECK__",
            "__WORKFORCE_SAMPLED_CHECKED__",
            "__WORKFORCE_SAMPLED_ACCEPTED__",
            "__WORKFORCE_SAMPLED_REJECTED__",
            "__AUTO_ANNOTATION__",
        ]
        | Unset = ...,
        sample_type: ListDatasetSamplesV2SampleType | Literal[0, 1, 2, 4, 6, 9] | Unset = ...,
        search_conditions: str | Unset = ...,
        version_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DatasetSampleV2]:
        """List the samples of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dataset_versions_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        status: ListDatasetVersionsV2Status | Literal[0, 1, 2, 3, 4] | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetVersionsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DatasetV2Version]:
        """List the versions of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["list_datasets_v2"],
        /,
        *,
        project_id: str = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListDatasetsV2SortBy | Literal["create_time", "dataset_name"] | Unset = ...,
        order: ListDatasetsV2Order | Literal["asc", "desc"] | Unset = ...,
        search_content: str | Unset = ...,
        dataset_type: ListDatasetsV2DatasetType
        | Literal[0, 1, 3, 100, 101, 102, 200, 201, 202, 400, 600, 900]
        | Unset = ...,
        dataset_version: ListDatasetsV2DatasetVersion | Literal["v1", "v2", "all"] | Unset = ...,
        contain_versions: bool | Unset = ...,
        file_preview: bool | Unset = ...,
        with_labels: bool | Unset = ...,
        check_running_task: bool | Unset = ...,
        support_export: bool | Unset = ...,
        train_evaluate_ratio: str | Unset = ...,
        version_format: ListDatasetsV2VersionFormat | Literal[0, 1, 2] | Unset = ...,
        workspace_id: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DatasetV2]:
        """List datasets"""

    @overload
    def __call__(
        self,
        operation: Literal["list_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DevServer]:
        """List the user's Lite Servers"""

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
        operation: Literal["list_model_runtimes"],
        /,
        *,
        project_id: str = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[ModelRuntimeEngine]:
        """List AI engines and their runtimes"""

    @overload
    def __call__(
        self,
        operation: Literal["list_models"],
        /,
        *,
        project_id: str = ...,
        model_name: str | Unset = ...,
        exact_match: bool | Unset = ...,
        model_version: str | Unset = ...,
        model_status: ModelStatus
        | Literal["publishing", "published", "failed", "building", "building_failed"]
        | Unset = ...,
        model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
        ]
        | Unset = ...,
        not_model_type: ModelType
        | Literal[
            "TensorFlow",
            "MXNet",
            "Caffe",
            "Spark_MLlib",
            "Scikit_Learn",
            "XGBoost",
            "MindSpore",
            "Image",
            "PyTorch",
            "Custom",
            "Template",
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
        event_info: str | Unset = ...,
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
        operation: Literal["list_service_specifications"],
        /,
        *,
        project_id: str = ...,
        is_personal_cluster: bool | Unset = ...,
        infer_type: ListServiceSpecificationsInferType | Literal["real-time", "batch", "edge"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[ServiceSpecification]:
        """List supported service deployment flavors"""

    @overload
    def __call__(
        self,
        operation: Literal["list_service_tasks"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        state: ServiceTaskState
        | Literal[
            "PENDING",
            "RECOVERING",
            "STARTING",
            "UPGRADING",
            "CREATE_FAILED",
            "START_FAILED",
            "RUNNING",
            "STOPPING",
            "STOPPED",
            "ABNORMAL",
            "SUCCEEDED",
            "FAILED",
            "DELETING",
            "FREEZING",
            "FROZEN",
        ]
        | Unset = ...,
        name_like: str | Unset = ...,
        id: str | Unset = ...,
        created_since: int | Unset = ...,
        created_until: int | Unset = ...,
        sort_dir: ListServiceTasksSortDir | Literal["asc", "desc"] | Unset = ...,
        sort_key: ListServiceTasksSortKey | Literal["name", "created_at", "updated_at"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[ServiceTask]:
        """List service tasks"""

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
        | Literal[
            "running",
            "deploying",
            "concerning",
            "failed",
            "stopped",
            "finished",
            "stopping",
            "deleting",
            "pending",
            "waiting",
        ]
        | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        sort_by: ListServicesSortBy | Literal["publish_at", "service_name", "transition_at"] | Unset = ...,
        order: ListServicesOrder | Literal["asc", "desc"] | Unset = ...,
        tags: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[ServiceSummary]:
        """List services"""

    @overload
    def __call__(
        self,
        operation: Literal["list_supernodes"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: ListSupernodesSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: ListSupernodesSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        limit: int | Unset = ...,
        offset: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[Supernode]:
        """List supernodes"""

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
        operation: Literal["list_training_job_events_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        order: str | Unset = ...,
        start_time: str | Unset = ...,
        end_time: str | Unset = ...,
        level: ListTrainingJobEventsV2Level | Literal["Info", "Error", "Warning"] | Unset = ...,
        pattern: str | Unset = ...,
        source: ListTrainingJobEventsV2Source | Literal["K8S", "Job", "Task"] | Unset = ...,
        x_language: str | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[TrainingEventV2]:
        """List the events of a v2 training job"""

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
        operation: Literal["list_training_jobs_v2"],
        /,
        *,
        project_id: str = ...,
        body: TrainingJobV2SearchRequest | TrainingJobV2SearchRequestDict | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[TrainingJobV2]:
        """Search training jobs (v2)"""

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
        self,
        operation: Literal["sync_dev_servers"],
        /,
        *,
        project_id: str = ...,
        owner: str | Unset = ...,
        sort_dir: SyncDevServersSortDir | Literal["ASC", "DESC"] | Unset = ...,
        sort_key: SyncDevServersSortKey | Literal["createTime", "updateTime"] | Unset = ...,
        offset: int | Unset = ...,
        limit: int | Unset = ...,
        page_size: int | None = ...,
        max_items: int | None = ...,
    ) -> AsyncIterator[DevServer]:
        """Synchronize the status of the user's Lite Servers"""

    @overload
    def __call__(
        self, operation: OperationRef, /, *, page_size: int | None = ..., max_items: int | None = ..., **params: Any
    ) -> Any: ...


class Wait(Protocol):
    """``Session.wait``: the resource, once it reaches a success status (or ``until``)."""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_export_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        task_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DatasetExportTaskV2:
        """Get the status of a dataset export task"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_import_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        task_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DatasetImportTaskV2:
        """Get an import task of a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_sync_status_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DatasetV2SyncStatus:
        """Get the status of a dataset synchronization"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        check_running_task: bool | Unset = ...,
        running_task_type: GetDatasetV2RunningTaskType | Literal[0, 1, 2, 3, 4, 5, 6, 7] | Unset = ...,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DatasetV2:
        """Get a dataset"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dataset_version_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DatasetV2Version:
        """Get a dataset version"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DevServer:
        """Get a Lite Server"""

    @overload
    def __call__(
        self,
        operation: Literal["get_dev_server_operation"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        operation_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DevServerOperation:
        """Get an operation on a Lite Server"""

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
        operation: Literal["get_pool_v2"],
        /,
        *,
        project_id: str = ...,
        pool_name: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> PoolV2:
        """Get a resource pool"""

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
        operation: Literal["get_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> ServiceTask:
        """Get a service task"""

    @overload
    def __call__(
        self,
        operation: Literal["get_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> Supernode:
        """Get a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["get_supernode_operation"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        operation_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> DevServerOperation:
        """Get an operation on a supernode"""

    @overload
    def __call__(
        self,
        operation: Literal["get_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        until: Any = ...,
        timeout: float = ...,
        sleep: Callable[[float], object] = ...,
    ) -> TrainingJobV2:
        """Get a training job (v2)"""

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
        operation: Literal["get_dataset_export_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        task_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> DatasetExportTaskV2:
        """Get the status of a dataset export task"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_import_task_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        task_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> DatasetImportTaskV2:
        """Get an import task of a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_sync_status_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> DatasetV2SyncStatus:
        """Get the status of a dataset synchronization"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        check_running_task: bool | Unset = ...,
        running_task_type: GetDatasetV2RunningTaskType | Literal[0, 1, 2, 3, 4, 5, 6, 7] | Unset = ...,
        until: Any = ...,
        timeout: float = ...,
    ) -> DatasetV2:
        """Get a dataset"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dataset_version_v2"],
        /,
        *,
        project_id: str = ...,
        dataset_id: str,
        version_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> DatasetV2Version:
        """Get a dataset version"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dev_server"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> DevServer:
        """Get a Lite Server"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_dev_server_operation"],
        /,
        *,
        project_id: str = ...,
        server_id: str,
        operation_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> DevServerOperation:
        """Get an operation on a Lite Server"""

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
        operation: Literal["get_pool_v2"],
        /,
        *,
        project_id: str = ...,
        pool_name: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> PoolV2:
        """Get a resource pool"""

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
        operation: Literal["get_service_task"],
        /,
        *,
        project_id: str = ...,
        service_id: str,
        task_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> ServiceTask:
        """Get a service task"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_supernode"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> Supernode:
        """Get a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_supernode_operation"],
        /,
        *,
        project_id: str = ...,
        supernode_id: str,
        operation_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> DevServerOperation:
        """Get an operation on a supernode"""

    @overload
    async def __call__(
        self,
        operation: Literal["get_training_job_v2"],
        /,
        *,
        project_id: str = ...,
        training_job_id: str,
        until: Any = ...,
        timeout: float = ...,
    ) -> TrainingJobV2:
        """Get a training job (v2)"""

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
