"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cluster import Cluster
    from .cluster_list_response import ClusterListResponse
    from .cluster_node import ClusterNode
    from .cluster_period_type import ClusterPeriodType
    from .cluster_status import ClusterStatus
    from .dev_env_action_request import DevEnvActionRequest
    from .dev_env_action_request_action import DevEnvActionRequestAction
    from .dev_env_action_response import DevEnvActionResponse
    from .dev_env_ai_project import DevEnvAiProject
    from .dev_env_auto_stop import DevEnvAutoStop
    from .dev_env_auto_stop_info import DevEnvAutoStopInfo
    from .dev_env_auto_stop_update import DevEnvAutoStopUpdate
    from .dev_env_create_instance_request import DevEnvCreateInstanceRequest
    from .dev_env_create_instance_request_profile_id import DevEnvCreateInstanceRequestProfileId
    from .dev_env_delete_instance_response import DevEnvDeleteInstanceResponse
    from .dev_env_docker_annotations import DevEnvDockerAnnotations
    from .dev_env_docker_params import DevEnvDockerParams
    from .dev_env_evs_storage import DevEnvEvsStorage
    from .dev_env_evs_storage_location import DevEnvEvsStorageLocation
    from .dev_env_evs_storage_type import DevEnvEvsStorageType
    from .dev_env_extend_params import DevEnvExtendParams
    from .dev_env_failed_reasons import DevEnvFailedReasons
    from .dev_env_failed_reasons_detail import DevEnvFailedReasonsDetail
    from .dev_env_flavor_details import DevEnvFlavorDetails
    from .dev_env_flavor_details_params import DevEnvFlavorDetailsParams
    from .dev_env_flavor_details_promo_type import DevEnvFlavorDetailsPromoType
    from .dev_env_flavor_details_status import DevEnvFlavorDetailsStatus
    from .dev_env_flavor_details_storage_list_item import DevEnvFlavorDetailsStorageListItem
    from .dev_env_flavor_details_type import DevEnvFlavorDetailsType
    from .dev_env_instance import DevEnvInstance
    from .dev_env_instance_list import DevEnvInstanceList
    from .dev_env_instance_status import DevEnvInstanceStatus
    from .dev_env_notebook_info import DevEnvNotebookInfo
    from .dev_env_notebook_info_annotations import DevEnvNotebookInfoAnnotations
    from .dev_env_notebook_info_credential import DevEnvNotebookInfoCredential
    from .dev_env_notebook_repository import DevEnvNotebookRepository
    from .dev_env_notebook_spec import DevEnvNotebookSpec
    from .dev_env_notebook_spec_annotations import DevEnvNotebookSpecAnnotations
    from .dev_env_obs_storage import DevEnvObsStorage
    from .dev_env_obs_storage_location import DevEnvObsStorageLocation
    from .dev_env_obs_storage_type import DevEnvObsStorageType
    from .dev_env_pool import DevEnvPool
    from .dev_env_pool_owner import DevEnvPoolOwner
    from .dev_env_profile import DevEnvProfile
    from .dev_env_profile_labels import DevEnvProfileLabels
    from .dev_env_provision import DevEnvProvision
    from .dev_env_provision_annotations import DevEnvProvisionAnnotations
    from .dev_env_provision_spec import DevEnvProvisionSpec
    from .dev_env_queuing_info import DevEnvQueuingInfo
    from .dev_env_repository import DevEnvRepository
    from .dev_env_storage_info import DevEnvStorageInfo
    from .dev_env_storage_info_type import DevEnvStorageInfoType
    from .dev_env_storage_location_info import DevEnvStorageLocationInfo
    from .dev_env_update_instance_request import DevEnvUpdateInstanceRequest
    from .dev_env_update_spec import DevEnvUpdateSpec
    from .dev_env_user import DevEnvUser
    from .dev_env_workspace import DevEnvWorkspace
    from .error_msg import ErrorMsg
    from .get_training_job_config_config_type import GetTrainingJobConfigConfigType
    from .get_training_job_log_lines_order import GetTrainingJobLogLinesOrder
    from .iam_auth import IamAuth
    from .iam_catalog_endpoint import IamCatalogEndpoint
    from .iam_catalog_service import IamCatalogService
    from .iam_domain import IamDomain
    from .iam_domain_name import IamDomainName
    from .iam_identity import IamIdentity
    from .iam_identity_methods_item import IamIdentityMethodsItem
    from .iam_password_identity import IamPasswordIdentity
    from .iam_password_user import IamPasswordUser
    from .iam_role import IamRole
    from .iam_scope import IamScope
    from .iam_scope_project import IamScopeProject
    from .iam_token import IamToken
    from .iam_token_project import IamTokenProject
    from .iam_token_request import IamTokenRequest
    from .iam_token_response import IamTokenResponse
    from .iam_token_user import IamTokenUser
    from .is_success_error import IsSuccessError
    from .job_spec_engine import JobSpecEngine
    from .job_spec_engine_list import JobSpecEngineList
    from .job_spec_resource import JobSpecResource
    from .job_spec_resource_list import JobSpecResourceList
    from .job_status import JobStatus
    from .list_builtin_algorithms_order import ListBuiltinAlgorithmsOrder
    from .list_builtin_algorithms_sort_by import ListBuiltinAlgorithmsSortBy
    from .list_clusters_order import ListClustersOrder
    from .list_clusters_sort_by import ListClustersSortBy
    from .list_devenv_instances_order import ListDevenvInstancesOrder
    from .list_devenv_instances_sortby import ListDevenvInstancesSortby
    from .list_job_engine_specs_job_type import ListJobEngineSpecsJobType
    from .list_job_resource_specs_job_type import ListJobResourceSpecsJobType
    from .list_job_resource_specs_project_type import ListJobResourceSpecsProjectType
    from .list_models_order import ListModelsOrder
    from .list_models_sort_by import ListModelsSortBy
    from .list_service_events_event_type import ListServiceEventsEventType
    from .list_service_events_order import ListServiceEventsOrder
    from .list_service_specifications_infer_type import ListServiceSpecificationsInferType
    from .list_services_order import ListServicesOrder
    from .list_services_sort_by import ListServicesSortBy
    from .list_training_job_configs_config_type import ListTrainingJobConfigsConfigType
    from .list_training_job_configs_order import ListTrainingJobConfigsOrder
    from .list_training_job_configs_sort_by import ListTrainingJobConfigsSortBy
    from .list_training_jobs_order import ListTrainingJobsOrder
    from .list_training_jobs_sort_by import ListTrainingJobsSortBy
    from .list_visualization_jobs_order import ListVisualizationJobsOrder
    from .list_visualization_jobs_sort_by import ListVisualizationJobsSortBy
    from .list_workspaces_order import ListWorkspacesOrder
    from .list_workspaces_sort_by import ListWorkspacesSortBy
    from .model_api import ModelApi
    from .model_api_input_params import ModelApiInputParams
    from .model_api_output_params import ModelApiOutputParams
    from .model_create_request import ModelCreateRequest
    from .model_create_request_source_type import ModelCreateRequestSourceType
    from .model_create_response import ModelCreateResponse
    from .model_delete_failure import ModelDeleteFailure
    from .model_delete_response import ModelDeleteResponse
    from .model_dependency import ModelDependency
    from .model_dependency_info import ModelDependencyInfo
    from .model_dependency_installer import ModelDependencyInstaller
    from .model_detail import ModelDetail
    from .model_detail_labels_map import ModelDetailLabelsMap
    from .model_doc import ModelDoc
    from .model_guide_doc import ModelGuideDoc
    from .model_health import ModelHealth
    from .model_install_type import ModelInstallType
    from .model_list_response import ModelListResponse
    from .model_metrics import ModelMetrics
    from .model_package import ModelPackage
    from .model_package_info import ModelPackageInfo
    from .model_package_info_restraint import ModelPackageInfoRestraint
    from .model_package_restraint import ModelPackageRestraint
    from .model_param import ModelParam
    from .model_param_method import ModelParamMethod
    from .model_param_param_type import ModelParamParamType
    from .model_source import ModelSource
    from .model_specification import ModelSpecification
    from .model_status import ModelStatus
    from .model_summary import ModelSummary
    from .model_type import ModelType
    from .operation_result import OperationResult
    from .service_additional_properties import ServiceAdditionalProperties
    from .service_config_batch import ServiceConfigBatch
    from .service_config_batch_detail import ServiceConfigBatchDetail
    from .service_config_batch_detail_envs import ServiceConfigBatchDetailEnvs
    from .service_config_batch_detail_mapping_rule import ServiceConfigBatchDetailMappingRule
    from .service_config_batch_detail_src_type import ServiceConfigBatchDetailSrcType
    from .service_config_batch_envs import ServiceConfigBatchEnvs
    from .service_config_batch_mapping_rule import ServiceConfigBatchMappingRule
    from .service_config_batch_src_type import ServiceConfigBatchSrcType
    from .service_config_edge import ServiceConfigEdge
    from .service_config_edge_detail import ServiceConfigEdgeDetail
    from .service_config_edge_detail_envs import ServiceConfigEdgeDetailEnvs
    from .service_config_edge_envs import ServiceConfigEdgeEnvs
    from .service_config_real_time import ServiceConfigRealTime
    from .service_config_real_time_additional_properties import ServiceConfigRealTimeAdditionalProperties
    from .service_config_real_time_detail import ServiceConfigRealTimeDetail
    from .service_config_real_time_detail_additional_properties import ServiceConfigRealTimeDetailAdditionalProperties
    from .service_config_real_time_detail_envs import ServiceConfigRealTimeDetailEnvs
    from .service_config_real_time_detail_source_type import ServiceConfigRealTimeDetailSourceType
    from .service_config_real_time_detail_status import ServiceConfigRealTimeDetailStatus
    from .service_config_real_time_envs import ServiceConfigRealTimeEnvs
    from .service_create_request import ServiceCreateRequest
    from .service_create_response import ServiceCreateResponse
    from .service_custom_spec import ServiceCustomSpec
    from .service_detail import ServiceDetail
    from .service_event import ServiceEvent
    from .service_event_event_type import ServiceEventEventType
    from .service_event_list_response import ServiceEventListResponse
    from .service_infer_type import ServiceInferType
    from .service_list_response import ServiceListResponse
    from .service_mapping_type import ServiceMappingType
    from .service_monitor_edge import ServiceMonitorEdge
    from .service_monitor_real_time import ServiceMonitorRealTime
    from .service_monitor_response import ServiceMonitorResponse
    from .service_node import ServiceNode
    from .service_node_instance_status import ServiceNodeInstanceStatus
    from .service_node_state import ServiceNodeState
    from .service_node_status_request import ServiceNodeStatusRequest
    from .service_node_status_request_status import ServiceNodeStatusRequestStatus
    from .service_schedule import ServiceSchedule
    from .service_schedule_time_unit import ServiceScheduleTimeUnit
    from .service_schedule_type import ServiceScheduleType
    from .service_smn_notification import ServiceSmnNotification
    from .service_smn_notification_events_item import ServiceSmnNotificationEventsItem
    from .service_specification import ServiceSpecification
    from .service_specification_list_response import ServiceSpecificationListResponse
    from .service_specification_source_type import ServiceSpecificationSourceType
    from .service_specification_spec_status import ServiceSpecificationSpecStatus
    from .service_status import ServiceStatus
    from .service_summary import ServiceSummary
    from .service_update_log import ServiceUpdateLog
    from .service_update_log_config import ServiceUpdateLogConfig
    from .service_update_log_config_envs import ServiceUpdateLogConfigEnvs
    from .service_update_log_node_result import ServiceUpdateLogNodeResult
    from .service_update_log_node_result_operation import ServiceUpdateLogNodeResultOperation
    from .service_update_log_result import ServiceUpdateLogResult
    from .service_update_logs_response import ServiceUpdateLogsResponse
    from .service_update_request import ServiceUpdateRequest
    from .service_update_request_status import ServiceUpdateRequestStatus
    from .train_algorithm import TrainAlgorithm
    from .train_algorithm_list_response import TrainAlgorithmListResponse
    from .train_algorithm_model_usage import TrainAlgorithmModelUsage
    from .train_config_create_request import TrainConfigCreateRequest
    from .train_config_data_source import TrainConfigDataSource
    from .train_config_data_source_info import TrainConfigDataSourceInfo
    from .train_config_data_source_info_type import TrainConfigDataSourceInfoType
    from .train_config_data_source_type import TrainConfigDataSourceType
    from .train_config_detail import TrainConfigDetail
    from .train_config_detail_nas_type import TrainConfigDetailNasType
    from .train_config_list import TrainConfigList
    from .train_config_parameter import TrainConfigParameter
    from .train_config_summary import TrainConfigSummary
    from .train_config_update_request import TrainConfigUpdateRequest
    from .train_config_volume import TrainConfigVolume
    from .train_config_volume_host_path import TrainConfigVolumeHostPath
    from .train_config_volume_nfs import TrainConfigVolumeNfs
    from .train_job_create_config import TrainJobCreateConfig
    from .train_job_create_request import TrainJobCreateRequest
    from .train_job_create_response import TrainJobCreateResponse
    from .train_job_data_source import TrainJobDataSource
    from .train_job_data_source_info import TrainJobDataSourceInfo
    from .train_job_data_source_info_type import TrainJobDataSourceInfoType
    from .train_job_data_source_type import TrainJobDataSourceType
    from .train_job_description_update_request import TrainJobDescriptionUpdateRequest
    from .train_job_host_path_volume import TrainJobHostPathVolume
    from .train_job_host_path_volume_info import TrainJobHostPathVolumeInfo
    from .train_job_list_response import TrainJobListResponse
    from .train_job_log_file_list_response import TrainJobLogFileListResponse
    from .train_job_log_lines_response import TrainJobLogLinesResponse
    from .train_job_log_response import TrainJobLogResponse
    from .train_job_nfs_volume import TrainJobNfsVolume
    from .train_job_nfs_volume_info import TrainJobNfsVolumeInfo
    from .train_job_parameter import TrainJobParameter
    from .train_job_parameter_info import TrainJobParameterInfo
    from .train_job_summary import TrainJobSummary
    from .train_job_system_metrics import TrainJobSystemMetrics
    from .train_job_version import TrainJobVersion
    from .train_job_version_config import TrainJobVersionConfig
    from .train_job_version_create_request import TrainJobVersionCreateRequest
    from .train_job_version_create_response import TrainJobVersionCreateResponse
    from .train_job_version_detail import TrainJobVersionDetail
    from .train_job_version_list_response import TrainJobVersionListResponse
    from .train_job_volume import TrainJobVolume
    from .train_job_volume_info import TrainJobVolumeInfo
    from .visualization_create_request import VisualizationCreateRequest
    from .visualization_create_response import VisualizationCreateResponse
    from .visualization_detail import VisualizationDetail
    from .visualization_job_summary import VisualizationJobSummary
    from .visualization_list import VisualizationList
    from .visualization_schedule import VisualizationSchedule
    from .visualization_schedule_time_unit import VisualizationScheduleTimeUnit
    from .visualization_schedule_type import VisualizationScheduleType
    from .visualization_update_request import VisualizationUpdateRequest
    from .workspace_auth_type import WorkspaceAuthType
    from .workspace_create_request import WorkspaceCreateRequest
    from .workspace_grant import WorkspaceGrant
    from .workspace_id_response import WorkspaceIdResponse
    from .workspace_info import WorkspaceInfo
    from .workspace_list_response import WorkspaceListResponse
    from .workspace_quota import WorkspaceQuota
    from .workspace_quota_update import WorkspaceQuotaUpdate
    from .workspace_quotas_response import WorkspaceQuotasResponse
    from .workspace_quotas_update_request import WorkspaceQuotasUpdateRequest
    from .workspace_status import WorkspaceStatus
    from .workspace_summary import WorkspaceSummary
    from .workspace_update_request import WorkspaceUpdateRequest

_MODULES = {
    "Cluster": ".cluster",
    "ClusterListResponse": ".cluster_list_response",
    "ClusterNode": ".cluster_node",
    "ClusterPeriodType": ".cluster_period_type",
    "ClusterStatus": ".cluster_status",
    "DevEnvActionRequest": ".dev_env_action_request",
    "DevEnvActionRequestAction": ".dev_env_action_request_action",
    "DevEnvActionResponse": ".dev_env_action_response",
    "DevEnvAiProject": ".dev_env_ai_project",
    "DevEnvAutoStop": ".dev_env_auto_stop",
    "DevEnvAutoStopInfo": ".dev_env_auto_stop_info",
    "DevEnvAutoStopUpdate": ".dev_env_auto_stop_update",
    "DevEnvCreateInstanceRequest": ".dev_env_create_instance_request",
    "DevEnvCreateInstanceRequestProfileId": ".dev_env_create_instance_request_profile_id",
    "DevEnvDeleteInstanceResponse": ".dev_env_delete_instance_response",
    "DevEnvDockerAnnotations": ".dev_env_docker_annotations",
    "DevEnvDockerParams": ".dev_env_docker_params",
    "DevEnvEvsStorage": ".dev_env_evs_storage",
    "DevEnvEvsStorageLocation": ".dev_env_evs_storage_location",
    "DevEnvEvsStorageType": ".dev_env_evs_storage_type",
    "DevEnvExtendParams": ".dev_env_extend_params",
    "DevEnvFailedReasons": ".dev_env_failed_reasons",
    "DevEnvFailedReasonsDetail": ".dev_env_failed_reasons_detail",
    "DevEnvFlavorDetails": ".dev_env_flavor_details",
    "DevEnvFlavorDetailsParams": ".dev_env_flavor_details_params",
    "DevEnvFlavorDetailsPromoType": ".dev_env_flavor_details_promo_type",
    "DevEnvFlavorDetailsStatus": ".dev_env_flavor_details_status",
    "DevEnvFlavorDetailsStorageListItem": ".dev_env_flavor_details_storage_list_item",
    "DevEnvFlavorDetailsType": ".dev_env_flavor_details_type",
    "DevEnvInstance": ".dev_env_instance",
    "DevEnvInstanceList": ".dev_env_instance_list",
    "DevEnvInstanceStatus": ".dev_env_instance_status",
    "DevEnvNotebookInfo": ".dev_env_notebook_info",
    "DevEnvNotebookInfoAnnotations": ".dev_env_notebook_info_annotations",
    "DevEnvNotebookInfoCredential": ".dev_env_notebook_info_credential",
    "DevEnvNotebookRepository": ".dev_env_notebook_repository",
    "DevEnvNotebookSpec": ".dev_env_notebook_spec",
    "DevEnvNotebookSpecAnnotations": ".dev_env_notebook_spec_annotations",
    "DevEnvObsStorage": ".dev_env_obs_storage",
    "DevEnvObsStorageLocation": ".dev_env_obs_storage_location",
    "DevEnvObsStorageType": ".dev_env_obs_storage_type",
    "DevEnvPool": ".dev_env_pool",
    "DevEnvPoolOwner": ".dev_env_pool_owner",
    "DevEnvProfile": ".dev_env_profile",
    "DevEnvProfileLabels": ".dev_env_profile_labels",
    "DevEnvProvision": ".dev_env_provision",
    "DevEnvProvisionAnnotations": ".dev_env_provision_annotations",
    "DevEnvProvisionSpec": ".dev_env_provision_spec",
    "DevEnvQueuingInfo": ".dev_env_queuing_info",
    "DevEnvRepository": ".dev_env_repository",
    "DevEnvStorageInfo": ".dev_env_storage_info",
    "DevEnvStorageInfoType": ".dev_env_storage_info_type",
    "DevEnvStorageLocationInfo": ".dev_env_storage_location_info",
    "DevEnvUpdateInstanceRequest": ".dev_env_update_instance_request",
    "DevEnvUpdateSpec": ".dev_env_update_spec",
    "DevEnvUser": ".dev_env_user",
    "DevEnvWorkspace": ".dev_env_workspace",
    "ErrorMsg": ".error_msg",
    "GetTrainingJobConfigConfigType": ".get_training_job_config_config_type",
    "GetTrainingJobLogLinesOrder": ".get_training_job_log_lines_order",
    "IamAuth": ".iam_auth",
    "IamCatalogEndpoint": ".iam_catalog_endpoint",
    "IamCatalogService": ".iam_catalog_service",
    "IamDomain": ".iam_domain",
    "IamDomainName": ".iam_domain_name",
    "IamIdentity": ".iam_identity",
    "IamIdentityMethodsItem": ".iam_identity_methods_item",
    "IamPasswordIdentity": ".iam_password_identity",
    "IamPasswordUser": ".iam_password_user",
    "IamRole": ".iam_role",
    "IamScope": ".iam_scope",
    "IamScopeProject": ".iam_scope_project",
    "IamToken": ".iam_token",
    "IamTokenProject": ".iam_token_project",
    "IamTokenRequest": ".iam_token_request",
    "IamTokenResponse": ".iam_token_response",
    "IamTokenUser": ".iam_token_user",
    "IsSuccessError": ".is_success_error",
    "JobSpecEngine": ".job_spec_engine",
    "JobSpecEngineList": ".job_spec_engine_list",
    "JobSpecResource": ".job_spec_resource",
    "JobSpecResourceList": ".job_spec_resource_list",
    "JobStatus": ".job_status",
    "ListBuiltinAlgorithmsOrder": ".list_builtin_algorithms_order",
    "ListBuiltinAlgorithmsSortBy": ".list_builtin_algorithms_sort_by",
    "ListClustersOrder": ".list_clusters_order",
    "ListClustersSortBy": ".list_clusters_sort_by",
    "ListDevenvInstancesOrder": ".list_devenv_instances_order",
    "ListDevenvInstancesSortby": ".list_devenv_instances_sortby",
    "ListJobEngineSpecsJobType": ".list_job_engine_specs_job_type",
    "ListJobResourceSpecsJobType": ".list_job_resource_specs_job_type",
    "ListJobResourceSpecsProjectType": ".list_job_resource_specs_project_type",
    "ListModelsOrder": ".list_models_order",
    "ListModelsSortBy": ".list_models_sort_by",
    "ListServiceEventsEventType": ".list_service_events_event_type",
    "ListServiceEventsOrder": ".list_service_events_order",
    "ListServiceSpecificationsInferType": ".list_service_specifications_infer_type",
    "ListServicesOrder": ".list_services_order",
    "ListServicesSortBy": ".list_services_sort_by",
    "ListTrainingJobConfigsConfigType": ".list_training_job_configs_config_type",
    "ListTrainingJobConfigsOrder": ".list_training_job_configs_order",
    "ListTrainingJobConfigsSortBy": ".list_training_job_configs_sort_by",
    "ListTrainingJobsOrder": ".list_training_jobs_order",
    "ListTrainingJobsSortBy": ".list_training_jobs_sort_by",
    "ListVisualizationJobsOrder": ".list_visualization_jobs_order",
    "ListVisualizationJobsSortBy": ".list_visualization_jobs_sort_by",
    "ListWorkspacesOrder": ".list_workspaces_order",
    "ListWorkspacesSortBy": ".list_workspaces_sort_by",
    "ModelApi": ".model_api",
    "ModelApiInputParams": ".model_api_input_params",
    "ModelApiOutputParams": ".model_api_output_params",
    "ModelCreateRequest": ".model_create_request",
    "ModelCreateRequestSourceType": ".model_create_request_source_type",
    "ModelCreateResponse": ".model_create_response",
    "ModelDeleteFailure": ".model_delete_failure",
    "ModelDeleteResponse": ".model_delete_response",
    "ModelDependency": ".model_dependency",
    "ModelDependencyInfo": ".model_dependency_info",
    "ModelDependencyInstaller": ".model_dependency_installer",
    "ModelDetail": ".model_detail",
    "ModelDetailLabelsMap": ".model_detail_labels_map",
    "ModelDoc": ".model_doc",
    "ModelGuideDoc": ".model_guide_doc",
    "ModelHealth": ".model_health",
    "ModelInstallType": ".model_install_type",
    "ModelListResponse": ".model_list_response",
    "ModelMetrics": ".model_metrics",
    "ModelPackage": ".model_package",
    "ModelPackageInfo": ".model_package_info",
    "ModelPackageInfoRestraint": ".model_package_info_restraint",
    "ModelPackageRestraint": ".model_package_restraint",
    "ModelParam": ".model_param",
    "ModelParamMethod": ".model_param_method",
    "ModelParamParamType": ".model_param_param_type",
    "ModelSource": ".model_source",
    "ModelSpecification": ".model_specification",
    "ModelStatus": ".model_status",
    "ModelSummary": ".model_summary",
    "ModelType": ".model_type",
    "OperationResult": ".operation_result",
    "ServiceAdditionalProperties": ".service_additional_properties",
    "ServiceConfigBatch": ".service_config_batch",
    "ServiceConfigBatchDetail": ".service_config_batch_detail",
    "ServiceConfigBatchDetailEnvs": ".service_config_batch_detail_envs",
    "ServiceConfigBatchDetailMappingRule": ".service_config_batch_detail_mapping_rule",
    "ServiceConfigBatchDetailSrcType": ".service_config_batch_detail_src_type",
    "ServiceConfigBatchEnvs": ".service_config_batch_envs",
    "ServiceConfigBatchMappingRule": ".service_config_batch_mapping_rule",
    "ServiceConfigBatchSrcType": ".service_config_batch_src_type",
    "ServiceConfigEdge": ".service_config_edge",
    "ServiceConfigEdgeDetail": ".service_config_edge_detail",
    "ServiceConfigEdgeDetailEnvs": ".service_config_edge_detail_envs",
    "ServiceConfigEdgeEnvs": ".service_config_edge_envs",
    "ServiceConfigRealTime": ".service_config_real_time",
    "ServiceConfigRealTimeAdditionalProperties": ".service_config_real_time_additional_properties",
    "ServiceConfigRealTimeDetail": ".service_config_real_time_detail",
    "ServiceConfigRealTimeDetailAdditionalProperties": ".service_config_real_time_detail_additional_properties",
    "ServiceConfigRealTimeDetailEnvs": ".service_config_real_time_detail_envs",
    "ServiceConfigRealTimeDetailSourceType": ".service_config_real_time_detail_source_type",
    "ServiceConfigRealTimeDetailStatus": ".service_config_real_time_detail_status",
    "ServiceConfigRealTimeEnvs": ".service_config_real_time_envs",
    "ServiceCreateRequest": ".service_create_request",
    "ServiceCreateResponse": ".service_create_response",
    "ServiceCustomSpec": ".service_custom_spec",
    "ServiceDetail": ".service_detail",
    "ServiceEvent": ".service_event",
    "ServiceEventEventType": ".service_event_event_type",
    "ServiceEventListResponse": ".service_event_list_response",
    "ServiceInferType": ".service_infer_type",
    "ServiceListResponse": ".service_list_response",
    "ServiceMappingType": ".service_mapping_type",
    "ServiceMonitorEdge": ".service_monitor_edge",
    "ServiceMonitorRealTime": ".service_monitor_real_time",
    "ServiceMonitorResponse": ".service_monitor_response",
    "ServiceNode": ".service_node",
    "ServiceNodeInstanceStatus": ".service_node_instance_status",
    "ServiceNodeState": ".service_node_state",
    "ServiceNodeStatusRequest": ".service_node_status_request",
    "ServiceNodeStatusRequestStatus": ".service_node_status_request_status",
    "ServiceSchedule": ".service_schedule",
    "ServiceScheduleTimeUnit": ".service_schedule_time_unit",
    "ServiceScheduleType": ".service_schedule_type",
    "ServiceSmnNotification": ".service_smn_notification",
    "ServiceSmnNotificationEventsItem": ".service_smn_notification_events_item",
    "ServiceSpecification": ".service_specification",
    "ServiceSpecificationListResponse": ".service_specification_list_response",
    "ServiceSpecificationSourceType": ".service_specification_source_type",
    "ServiceSpecificationSpecStatus": ".service_specification_spec_status",
    "ServiceStatus": ".service_status",
    "ServiceSummary": ".service_summary",
    "ServiceUpdateLog": ".service_update_log",
    "ServiceUpdateLogConfig": ".service_update_log_config",
    "ServiceUpdateLogConfigEnvs": ".service_update_log_config_envs",
    "ServiceUpdateLogNodeResult": ".service_update_log_node_result",
    "ServiceUpdateLogNodeResultOperation": ".service_update_log_node_result_operation",
    "ServiceUpdateLogResult": ".service_update_log_result",
    "ServiceUpdateLogsResponse": ".service_update_logs_response",
    "ServiceUpdateRequest": ".service_update_request",
    "ServiceUpdateRequestStatus": ".service_update_request_status",
    "TrainAlgorithm": ".train_algorithm",
    "TrainAlgorithmListResponse": ".train_algorithm_list_response",
    "TrainAlgorithmModelUsage": ".train_algorithm_model_usage",
    "TrainConfigCreateRequest": ".train_config_create_request",
    "TrainConfigDataSource": ".train_config_data_source",
    "TrainConfigDataSourceInfo": ".train_config_data_source_info",
    "TrainConfigDataSourceInfoType": ".train_config_data_source_info_type",
    "TrainConfigDataSourceType": ".train_config_data_source_type",
    "TrainConfigDetail": ".train_config_detail",
    "TrainConfigDetailNasType": ".train_config_detail_nas_type",
    "TrainConfigList": ".train_config_list",
    "TrainConfigParameter": ".train_config_parameter",
    "TrainConfigSummary": ".train_config_summary",
    "TrainConfigUpdateRequest": ".train_config_update_request",
    "TrainConfigVolume": ".train_config_volume",
    "TrainConfigVolumeHostPath": ".train_config_volume_host_path",
    "TrainConfigVolumeNfs": ".train_config_volume_nfs",
    "TrainJobCreateConfig": ".train_job_create_config",
    "TrainJobCreateRequest": ".train_job_create_request",
    "TrainJobCreateResponse": ".train_job_create_response",
    "TrainJobDataSource": ".train_job_data_source",
    "TrainJobDataSourceInfo": ".train_job_data_source_info",
    "TrainJobDataSourceInfoType": ".train_job_data_source_info_type",
    "TrainJobDataSourceType": ".train_job_data_source_type",
    "TrainJobDescriptionUpdateRequest": ".train_job_description_update_request",
    "TrainJobHostPathVolume": ".train_job_host_path_volume",
    "TrainJobHostPathVolumeInfo": ".train_job_host_path_volume_info",
    "TrainJobListResponse": ".train_job_list_response",
    "TrainJobLogFileListResponse": ".train_job_log_file_list_response",
    "TrainJobLogLinesResponse": ".train_job_log_lines_response",
    "TrainJobLogResponse": ".train_job_log_response",
    "TrainJobNfsVolume": ".train_job_nfs_volume",
    "TrainJobNfsVolumeInfo": ".train_job_nfs_volume_info",
    "TrainJobParameter": ".train_job_parameter",
    "TrainJobParameterInfo": ".train_job_parameter_info",
    "TrainJobSummary": ".train_job_summary",
    "TrainJobSystemMetrics": ".train_job_system_metrics",
    "TrainJobVersion": ".train_job_version",
    "TrainJobVersionConfig": ".train_job_version_config",
    "TrainJobVersionCreateRequest": ".train_job_version_create_request",
    "TrainJobVersionCreateResponse": ".train_job_version_create_response",
    "TrainJobVersionDetail": ".train_job_version_detail",
    "TrainJobVersionListResponse": ".train_job_version_list_response",
    "TrainJobVolume": ".train_job_volume",
    "TrainJobVolumeInfo": ".train_job_volume_info",
    "VisualizationCreateRequest": ".visualization_create_request",
    "VisualizationCreateResponse": ".visualization_create_response",
    "VisualizationDetail": ".visualization_detail",
    "VisualizationJobSummary": ".visualization_job_summary",
    "VisualizationList": ".visualization_list",
    "VisualizationSchedule": ".visualization_schedule",
    "VisualizationScheduleTimeUnit": ".visualization_schedule_time_unit",
    "VisualizationScheduleType": ".visualization_schedule_type",
    "VisualizationUpdateRequest": ".visualization_update_request",
    "WorkspaceAuthType": ".workspace_auth_type",
    "WorkspaceCreateRequest": ".workspace_create_request",
    "WorkspaceGrant": ".workspace_grant",
    "WorkspaceIdResponse": ".workspace_id_response",
    "WorkspaceInfo": ".workspace_info",
    "WorkspaceListResponse": ".workspace_list_response",
    "WorkspaceQuota": ".workspace_quota",
    "WorkspaceQuotaUpdate": ".workspace_quota_update",
    "WorkspaceQuotasResponse": ".workspace_quotas_response",
    "WorkspaceQuotasUpdateRequest": ".workspace_quotas_update_request",
    "WorkspaceStatus": ".workspace_status",
    "WorkspaceSummary": ".workspace_summary",
    "WorkspaceUpdateRequest": ".workspace_update_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "Cluster",
    "ClusterListResponse",
    "ClusterNode",
    "ClusterPeriodType",
    "ClusterStatus",
    "DevEnvActionRequest",
    "DevEnvActionRequestAction",
    "DevEnvActionResponse",
    "DevEnvAiProject",
    "DevEnvAutoStop",
    "DevEnvAutoStopInfo",
    "DevEnvAutoStopUpdate",
    "DevEnvCreateInstanceRequest",
    "DevEnvCreateInstanceRequestProfileId",
    "DevEnvDeleteInstanceResponse",
    "DevEnvDockerAnnotations",
    "DevEnvDockerParams",
    "DevEnvEvsStorage",
    "DevEnvEvsStorageLocation",
    "DevEnvEvsStorageType",
    "DevEnvExtendParams",
    "DevEnvFailedReasons",
    "DevEnvFailedReasonsDetail",
    "DevEnvFlavorDetails",
    "DevEnvFlavorDetailsParams",
    "DevEnvFlavorDetailsPromoType",
    "DevEnvFlavorDetailsStatus",
    "DevEnvFlavorDetailsStorageListItem",
    "DevEnvFlavorDetailsType",
    "DevEnvInstance",
    "DevEnvInstanceList",
    "DevEnvInstanceStatus",
    "DevEnvNotebookInfo",
    "DevEnvNotebookInfoAnnotations",
    "DevEnvNotebookInfoCredential",
    "DevEnvNotebookRepository",
    "DevEnvNotebookSpec",
    "DevEnvNotebookSpecAnnotations",
    "DevEnvObsStorage",
    "DevEnvObsStorageLocation",
    "DevEnvObsStorageType",
    "DevEnvPool",
    "DevEnvPoolOwner",
    "DevEnvProfile",
    "DevEnvProfileLabels",
    "DevEnvProvision",
    "DevEnvProvisionAnnotations",
    "DevEnvProvisionSpec",
    "DevEnvQueuingInfo",
    "DevEnvRepository",
    "DevEnvStorageInfo",
    "DevEnvStorageInfoType",
    "DevEnvStorageLocationInfo",
    "DevEnvUpdateInstanceRequest",
    "DevEnvUpdateSpec",
    "DevEnvUser",
    "DevEnvWorkspace",
    "ErrorMsg",
    "GetTrainingJobConfigConfigType",
    "GetTrainingJobLogLinesOrder",
    "IamAuth",
    "IamCatalogEndpoint",
    "IamCatalogService",
    "IamDomain",
    "IamDomainName",
    "IamIdentity",
    "IamIdentityMethodsItem",
    "IamPasswordIdentity",
    "IamPasswordUser",
    "IamRole",
    "IamScope",
    "IamScopeProject",
    "IamToken",
    "IamTokenProject",
    "IamTokenRequest",
    "IamTokenResponse",
    "IamTokenUser",
    "IsSuccessError",
    "JobSpecEngine",
    "JobSpecEngineList",
    "JobSpecResource",
    "JobSpecResourceList",
    "JobStatus",
    "ListBuiltinAlgorithmsOrder",
    "ListBuiltinAlgorithmsSortBy",
    "ListClustersOrder",
    "ListClustersSortBy",
    "ListDevenvInstancesOrder",
    "ListDevenvInstancesSortby",
    "ListJobEngineSpecsJobType",
    "ListJobResourceSpecsJobType",
    "ListJobResourceSpecsProjectType",
    "ListModelsOrder",
    "ListModelsSortBy",
    "ListServiceEventsEventType",
    "ListServiceEventsOrder",
    "ListServicesOrder",
    "ListServiceSpecificationsInferType",
    "ListServicesSortBy",
    "ListTrainingJobConfigsConfigType",
    "ListTrainingJobConfigsOrder",
    "ListTrainingJobConfigsSortBy",
    "ListTrainingJobsOrder",
    "ListTrainingJobsSortBy",
    "ListVisualizationJobsOrder",
    "ListVisualizationJobsSortBy",
    "ListWorkspacesOrder",
    "ListWorkspacesSortBy",
    "ModelApi",
    "ModelApiInputParams",
    "ModelApiOutputParams",
    "ModelCreateRequest",
    "ModelCreateRequestSourceType",
    "ModelCreateResponse",
    "ModelDeleteFailure",
    "ModelDeleteResponse",
    "ModelDependency",
    "ModelDependencyInfo",
    "ModelDependencyInstaller",
    "ModelDetail",
    "ModelDetailLabelsMap",
    "ModelDoc",
    "ModelGuideDoc",
    "ModelHealth",
    "ModelInstallType",
    "ModelListResponse",
    "ModelMetrics",
    "ModelPackage",
    "ModelPackageInfo",
    "ModelPackageInfoRestraint",
    "ModelPackageRestraint",
    "ModelParam",
    "ModelParamMethod",
    "ModelParamParamType",
    "ModelSource",
    "ModelSpecification",
    "ModelStatus",
    "ModelSummary",
    "ModelType",
    "OperationResult",
    "ServiceAdditionalProperties",
    "ServiceConfigBatch",
    "ServiceConfigBatchDetail",
    "ServiceConfigBatchDetailEnvs",
    "ServiceConfigBatchDetailMappingRule",
    "ServiceConfigBatchDetailSrcType",
    "ServiceConfigBatchEnvs",
    "ServiceConfigBatchMappingRule",
    "ServiceConfigBatchSrcType",
    "ServiceConfigEdge",
    "ServiceConfigEdgeDetail",
    "ServiceConfigEdgeDetailEnvs",
    "ServiceConfigEdgeEnvs",
    "ServiceConfigRealTime",
    "ServiceConfigRealTimeAdditionalProperties",
    "ServiceConfigRealTimeDetail",
    "ServiceConfigRealTimeDetailAdditionalProperties",
    "ServiceConfigRealTimeDetailEnvs",
    "ServiceConfigRealTimeDetailSourceType",
    "ServiceConfigRealTimeDetailStatus",
    "ServiceConfigRealTimeEnvs",
    "ServiceCreateRequest",
    "ServiceCreateResponse",
    "ServiceCustomSpec",
    "ServiceDetail",
    "ServiceEvent",
    "ServiceEventEventType",
    "ServiceEventListResponse",
    "ServiceInferType",
    "ServiceListResponse",
    "ServiceMappingType",
    "ServiceMonitorEdge",
    "ServiceMonitorRealTime",
    "ServiceMonitorResponse",
    "ServiceNode",
    "ServiceNodeInstanceStatus",
    "ServiceNodeState",
    "ServiceNodeStatusRequest",
    "ServiceNodeStatusRequestStatus",
    "ServiceSchedule",
    "ServiceScheduleTimeUnit",
    "ServiceScheduleType",
    "ServiceSmnNotification",
    "ServiceSmnNotificationEventsItem",
    "ServiceSpecification",
    "ServiceSpecificationListResponse",
    "ServiceSpecificationSourceType",
    "ServiceSpecificationSpecStatus",
    "ServiceStatus",
    "ServiceSummary",
    "ServiceUpdateLog",
    "ServiceUpdateLogConfig",
    "ServiceUpdateLogConfigEnvs",
    "ServiceUpdateLogNodeResult",
    "ServiceUpdateLogNodeResultOperation",
    "ServiceUpdateLogResult",
    "ServiceUpdateLogsResponse",
    "ServiceUpdateRequest",
    "ServiceUpdateRequestStatus",
    "TrainAlgorithm",
    "TrainAlgorithmListResponse",
    "TrainAlgorithmModelUsage",
    "TrainConfigCreateRequest",
    "TrainConfigDataSource",
    "TrainConfigDataSourceInfo",
    "TrainConfigDataSourceInfoType",
    "TrainConfigDataSourceType",
    "TrainConfigDetail",
    "TrainConfigDetailNasType",
    "TrainConfigList",
    "TrainConfigParameter",
    "TrainConfigSummary",
    "TrainConfigUpdateRequest",
    "TrainConfigVolume",
    "TrainConfigVolumeHostPath",
    "TrainConfigVolumeNfs",
    "TrainJobCreateConfig",
    "TrainJobCreateRequest",
    "TrainJobCreateResponse",
    "TrainJobDataSource",
    "TrainJobDataSourceInfo",
    "TrainJobDataSourceInfoType",
    "TrainJobDataSourceType",
    "TrainJobDescriptionUpdateRequest",
    "TrainJobHostPathVolume",
    "TrainJobHostPathVolumeInfo",
    "TrainJobListResponse",
    "TrainJobLogFileListResponse",
    "TrainJobLogLinesResponse",
    "TrainJobLogResponse",
    "TrainJobNfsVolume",
    "TrainJobNfsVolumeInfo",
    "TrainJobParameter",
    "TrainJobParameterInfo",
    "TrainJobSummary",
    "TrainJobSystemMetrics",
    "TrainJobVersion",
    "TrainJobVersionConfig",
    "TrainJobVersionCreateRequest",
    "TrainJobVersionCreateResponse",
    "TrainJobVersionDetail",
    "TrainJobVersionListResponse",
    "TrainJobVolume",
    "TrainJobVolumeInfo",
    "VisualizationCreateRequest",
    "VisualizationCreateResponse",
    "VisualizationDetail",
    "VisualizationJobSummary",
    "VisualizationList",
    "VisualizationSchedule",
    "VisualizationScheduleTimeUnit",
    "VisualizationScheduleType",
    "VisualizationUpdateRequest",
    "WorkspaceAuthType",
    "WorkspaceCreateRequest",
    "WorkspaceGrant",
    "WorkspaceIdResponse",
    "WorkspaceInfo",
    "WorkspaceListResponse",
    "WorkspaceQuota",
    "WorkspaceQuotasResponse",
    "WorkspaceQuotasUpdateRequest",
    "WorkspaceQuotaUpdate",
    "WorkspaceStatus",
    "WorkspaceSummary",
    "WorkspaceUpdateRequest",
)
