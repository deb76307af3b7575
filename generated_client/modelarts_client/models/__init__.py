"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .algorithm_v2 import AlgorithmV2
    from .algorithm_v2_advanced_config import AlgorithmV2AdvancedConfig
    from .algorithm_v2_advanced_config_spec import AlgorithmV2AdvancedConfigSpec
    from .algorithm_v2_algo_config import AlgorithmV2AlgoConfig
    from .algorithm_v2_auto_search import AlgorithmV2AutoSearch
    from .algorithm_v2_auto_search_spec import AlgorithmV2AutoSearchSpec
    from .algorithm_v2_code_tree_node import AlgorithmV2CodeTreeNode
    from .algorithm_v2_create_request import AlgorithmV2CreateRequest
    from .algorithm_v2_engine import AlgorithmV2Engine
    from .algorithm_v2_input import AlgorithmV2Input
    from .algorithm_v2_job_config import AlgorithmV2JobConfig
    from .algorithm_v2_job_config_spec import AlgorithmV2JobConfigSpec
    from .algorithm_v2_list import AlgorithmV2List
    from .algorithm_v2_list_order import AlgorithmV2ListOrder
    from .algorithm_v2_metadata import AlgorithmV2Metadata
    from .algorithm_v2_metadata_spec import AlgorithmV2MetadataSpec
    from .algorithm_v2_metadata_tags_type_0_item import AlgorithmV2MetadataTagsType0Item
    from .algorithm_v2_output import AlgorithmV2Output
    from .algorithm_v2_output_spec import AlgorithmV2OutputSpec
    from .algorithm_v2_parameter import AlgorithmV2Parameter
    from .algorithm_v2_remote_constraint import AlgorithmV2RemoteConstraint
    from .algorithm_v2_remote_constraint_attributes_item import AlgorithmV2RemoteConstraintAttributesItem
    from .algorithm_v2_resource_requirement import AlgorithmV2ResourceRequirement
    from .algorithm_v2_resource_requirement_key import AlgorithmV2ResourceRequirementKey
    from .algorithm_v2_resource_requirement_spec import AlgorithmV2ResourceRequirementSpec
    from .algorithm_v2_resource_requirement_spec_key import AlgorithmV2ResourceRequirementSpecKey
    from .algorithm_v2_search_param import AlgorithmV2SearchParam
    from .algorithm_v2_search_param_param_type import AlgorithmV2SearchParamParamType
    from .algorithm_v2_update_request import AlgorithmV2UpdateRequest
    from .auto_search_v2_parameter_analysis_image_response import AutoSearchV2ParameterAnalysisImageResponse
    from .auto_search_v2_parameter_analysis_response import AutoSearchV2ParameterAnalysisResponse
    from .auto_search_v2_search_algorithm import AutoSearchV2SearchAlgorithm
    from .auto_search_v2_search_algorithms_response import AutoSearchV2SearchAlgorithmsResponse
    from .auto_search_v2_trial_early_stop_response import AutoSearchV2TrialEarlyStopResponse
    from .auto_search_v2_trial_table import AutoSearchV2TrialTable
    from .auto_search_v2_trials_response import AutoSearchV2TrialsResponse
    from .auto_search_v2_yaml_template import AutoSearchV2YamlTemplate
    from .auto_search_v2_yaml_template_content_response import AutoSearchV2YamlTemplateContentResponse
    from .auto_search_v2_yaml_templates_response import AutoSearchV2YamlTemplatesResponse
    from .cluster import Cluster
    from .cluster_list_response import ClusterListResponse
    from .cluster_node import ClusterNode
    from .cluster_period_type import ClusterPeriodType
    from .cluster_status import ClusterStatus
    from .dataset_export_task_v2 import DatasetExportTaskV2
    from .dataset_export_task_v2_create_request import DatasetExportTaskV2CreateRequest
    from .dataset_export_task_v2_create_request_annotation_format import (
        DatasetExportTaskV2CreateRequestAnnotationFormat,
    )
    from .dataset_export_task_v2_create_request_export_format import DatasetExportTaskV2CreateRequestExportFormat
    from .dataset_export_task_v2_create_request_export_type import DatasetExportTaskV2CreateRequestExportType
    from .dataset_export_task_v2_create_request_sample_state import DatasetExportTaskV2CreateRequestSampleState
    from .dataset_export_task_v2_create_request_version_format import DatasetExportTaskV2CreateRequestVersionFormat
    from .dataset_export_task_v2_export_format import DatasetExportTaskV2ExportFormat
    from .dataset_export_task_v2_export_params import DatasetExportTaskV2ExportParams
    from .dataset_export_task_v2_export_params_export_dest import DatasetExportTaskV2ExportParamsExportDest
    from .dataset_export_task_v2_export_params_sample_state import DatasetExportTaskV2ExportParamsSampleState
    from .dataset_export_task_v2_export_type import DatasetExportTaskV2ExportType
    from .dataset_export_task_v2_list import DatasetExportTaskV2List
    from .dataset_export_task_v2_search_condition import DatasetExportTaskV2SearchCondition
    from .dataset_export_task_v2_search_condition_hard import DatasetExportTaskV2SearchConditionHard
    from .dataset_export_task_v2_search_label import DatasetExportTaskV2SearchLabel
    from .dataset_export_task_v2_search_label_op import DatasetExportTaskV2SearchLabelOp
    from .dataset_export_task_v2_search_label_property import DatasetExportTaskV2SearchLabelProperty
    from .dataset_export_task_v2_search_label_type import DatasetExportTaskV2SearchLabelType
    from .dataset_export_task_v2_search_labels import DatasetExportTaskV2SearchLabels
    from .dataset_export_task_v2_search_labels_op import DatasetExportTaskV2SearchLabelsOp
    from .dataset_export_task_v2_search_prop import DatasetExportTaskV2SearchProp
    from .dataset_export_task_v2_search_prop_op import DatasetExportTaskV2SearchPropOp
    from .dataset_export_task_v2_search_prop_props import DatasetExportTaskV2SearchPropProps
    from .dataset_export_task_v2_status import DatasetExportTaskV2Status
    from .dataset_export_task_v2_version_format import DatasetExportTaskV2VersionFormat
    from .dataset_import_task_v2 import DatasetImportTaskV2
    from .dataset_import_task_v2_create_request import DatasetImportTaskV2CreateRequest
    from .dataset_import_task_v2_create_request_import_origin import DatasetImportTaskV2CreateRequestImportOrigin
    from .dataset_import_task_v2_create_request_import_type import DatasetImportTaskV2CreateRequestImportType
    from .dataset_import_task_v2_create_response import DatasetImportTaskV2CreateResponse
    from .dataset_import_task_v2_file_statistics import DatasetImportTaskV2FileStatistics
    from .dataset_import_task_v2_import_type import DatasetImportTaskV2ImportType
    from .dataset_import_task_v2_list import DatasetImportTaskV2List
    from .dataset_import_task_v2_status import DatasetImportTaskV2Status
    from .dataset_label_v2_batch_request import DatasetLabelV2BatchRequest
    from .dataset_label_v2_batch_result import DatasetLabelV2BatchResult
    from .dataset_label_v2_item_result import DatasetLabelV2ItemResult
    from .dataset_label_v2_list import DatasetLabelV2List
    from .dataset_sample_v2 import DatasetSampleV2
    from .dataset_sample_v2_batch_response import DatasetSampleV2BatchResponse
    from .dataset_sample_v2_batch_result import DatasetSampleV2BatchResult
    from .dataset_sample_v2_create_item import DatasetSampleV2CreateItem
    from .dataset_sample_v2_create_item_encoding import DatasetSampleV2CreateItemEncoding
    from .dataset_sample_v2_create_item_sample_type import DatasetSampleV2CreateItemSampleType
    from .dataset_sample_v2_create_request import DatasetSampleV2CreateRequest
    from .dataset_sample_v2_create_response import DatasetSampleV2CreateResponse
    from .dataset_sample_v2_create_result import DatasetSampleV2CreateResult
    from .dataset_sample_v2_delete_request import DatasetSampleV2DeleteRequest
    from .dataset_sample_v2_hard_detail import DatasetSampleV2HardDetail
    from .dataset_sample_v2_hard_details import DatasetSampleV2HardDetails
    from .dataset_sample_v2_label import DatasetSampleV2Label
    from .dataset_sample_v2_label_annotated_by import DatasetSampleV2LabelAnnotatedBy
    from .dataset_sample_v2_label_property import DatasetSampleV2LabelProperty
    from .dataset_sample_v2_label_property_modelartshard import DatasetSampleV2LabelPropertyModelartshard
    from .dataset_sample_v2_label_property_modelartsshape import DatasetSampleV2LabelPropertyModelartsshape
    from .dataset_sample_v2_label_type import DatasetSampleV2LabelType
    from .dataset_sample_v2_list import DatasetSampleV2List
    from .dataset_sample_v2_metadata import DatasetSampleV2Metadata
    from .dataset_sample_v2_metadata_modelartshard_reasons_item import DatasetSampleV2MetadataModelartshardReasonsItem
    from .dataset_sample_v2_sample_type import DatasetSampleV2SampleType
    from .dataset_sample_v2_search_condition import DatasetSampleV2SearchCondition
    from .dataset_sample_v2_search_condition_metadata import DatasetSampleV2SearchConditionMetadata
    from .dataset_sample_v2_update_item import DatasetSampleV2UpdateItem
    from .dataset_sample_v2_update_item_sample_type import DatasetSampleV2UpdateItemSampleType
    from .dataset_sample_v2_update_item_sample_usage import DatasetSampleV2UpdateItemSampleUsage
    from .dataset_sample_v2_update_request import DatasetSampleV2UpdateRequest
    from .dataset_v2 import DatasetV2
    from .dataset_v2_create_request import DatasetV2CreateRequest
    from .dataset_v2_create_request_data_format import DatasetV2CreateRequestDataFormat
    from .dataset_v2_create_request_dataset_type import DatasetV2CreateRequestDatasetType
    from .dataset_v2_create_response import DatasetV2CreateResponse
    from .dataset_v2_data_source import DatasetV2DataSource
    from .dataset_v2_data_source_data_type import DatasetV2DataSourceDataType
    from .dataset_v2_data_statistics import DatasetV2DataStatistics
    from .dataset_v2_dataset_format import DatasetV2DatasetFormat
    from .dataset_v2_dataset_type import DatasetV2DatasetType
    from .dataset_v2_deletion_stats import DatasetV2DeletionStats
    from .dataset_v2_file_preview import DatasetV2FilePreview
    from .dataset_v2_file_preview_tags import DatasetV2FilePreviewTags
    from .dataset_v2_hard_detail import DatasetV2HardDetail
    from .dataset_v2_hard_detail_pair import DatasetV2HardDetailPair
    from .dataset_v2_label import DatasetV2Label
    from .dataset_v2_label_attribute import DatasetV2LabelAttribute
    from .dataset_v2_label_attribute_type import DatasetV2LabelAttributeType
    from .dataset_v2_label_attribute_value import DatasetV2LabelAttributeValue
    from .dataset_v2_label_format import DatasetV2LabelFormat
    from .dataset_v2_label_format_label_type import DatasetV2LabelFormatLabelType
    from .dataset_v2_label_property import DatasetV2LabelProperty
    from .dataset_v2_label_property_modelartsdefault_shape import DatasetV2LabelPropertyModelartsdefaultShape
    from .dataset_v2_label_stats import DatasetV2LabelStats
    from .dataset_v2_label_stats_type import DatasetV2LabelStatsType
    from .dataset_v2_label_type import DatasetV2LabelType
    from .dataset_v2_list import DatasetV2List
    from .dataset_v2_metrics import DatasetV2Metrics
    from .dataset_v2_metrics_metrics import DatasetV2MetricsMetrics
    from .dataset_v2_metrics_metrics_additional_property import DatasetV2MetricsMetricsAdditionalProperty
    from .dataset_v2_schema import DatasetV2Schema
    from .dataset_v2_schema_map import DatasetV2SchemaMap
    from .dataset_v2_source_info import DatasetV2SourceInfo
    from .dataset_v2_source_info_cluster_mode import DatasetV2SourceInfoClusterMode
    from .dataset_v2_stats import DatasetV2Stats
    from .dataset_v2_stats_grouped_label_stats import DatasetV2StatsGroupedLabelStats
    from .dataset_v2_stats_hard_detail_stats import DatasetV2StatsHardDetailStats
    from .dataset_v2_stats_key_sample_stats import DatasetV2StatsKeySampleStats
    from .dataset_v2_stats_metadata_stats import DatasetV2StatsMetadataStats
    from .dataset_v2_stats_sample_stats import DatasetV2StatsSampleStats
    from .dataset_v2_status import DatasetV2Status
    from .dataset_v2_sync_status import DatasetV2SyncStatus
    from .dataset_v2_sync_status_status import DatasetV2SyncStatusStatus
    from .dataset_v2_update_request import DatasetV2UpdateRequest
    from .dataset_v2_update_response import DatasetV2UpdateResponse
    from .dataset_v2_version import DatasetV2Version
    from .dataset_v2_version_analysis_status import DatasetV2VersionAnalysisStatus
    from .dataset_v2_version_data_analysis import DatasetV2VersionDataAnalysis
    from .dataset_v2_version_data_statistics import DatasetV2VersionDataStatistics
    from .dataset_v2_version_deletion_stats import DatasetV2VersionDeletionStats
    from .dataset_v2_version_label_type import DatasetV2VersionLabelType
    from .dataset_v2_version_processor_task_status import DatasetV2VersionProcessorTaskStatus
    from .dataset_v2_version_sample_state import DatasetV2VersionSampleState
    from .dataset_v2_version_status import DatasetV2VersionStatus
    from .dataset_v2_version_version_format import DatasetV2VersionVersionFormat
    from .dataset_v2_worker import DatasetV2Worker
    from .dataset_v2_worker_role import DatasetV2WorkerRole
    from .dataset_v2_worker_status import DatasetV2WorkerStatus
    from .dataset_v2_workforce_config import DatasetV2WorkforceConfig
    from .dataset_v2_workforce_descriptor import DatasetV2WorkforceDescriptor
    from .dataset_v2_workforce_information import DatasetV2WorkforceInformation
    from .dataset_v2_workforce_information_data_sync_type import DatasetV2WorkforceInformationDataSyncType
    from .dataset_v2_workforces_config import DatasetV2WorkforcesConfig
    from .dataset_version_v2_create_request import DatasetVersionV2CreateRequest
    from .dataset_version_v2_create_request_version_format import DatasetVersionV2CreateRequestVersionFormat
    from .dataset_version_v2_create_response import DatasetVersionV2CreateResponse
    from .dataset_version_v2_list import DatasetVersionV2List
    from .delete_dataset_label_v2_label_type import DeleteDatasetLabelV2LabelType
    from .delete_dataset_labels_v2_delete_policy import DeleteDatasetLabelsV2DeletePolicy
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
    from .dev_server import DevServer
    from .dev_server_allowed_address_pair import DevServerAllowedAddressPair
    from .dev_server_attach_volume_request import DevServerAttachVolumeRequest
    from .dev_server_category import DevServerCategory
    from .dev_server_change_os_request import DevServerChangeOsRequest
    from .dev_server_charging_info import DevServerChargingInfo
    from .dev_server_charging_info_charging_mode import DevServerChargingInfoChargingMode
    from .dev_server_charging_info_period_type import DevServerChargingInfoPeriodType
    from .dev_server_charging_mode import DevServerChargingMode
    from .dev_server_cloud_server import DevServerCloudServer
    from .dev_server_cloud_server_type import DevServerCloudServerType
    from .dev_server_create_request import DevServerCreateRequest
    from .dev_server_create_request_arch import DevServerCreateRequestArch
    from .dev_server_create_request_server_type import DevServerCreateRequestServerType
    from .dev_server_data_volume import DevServerDataVolume
    from .dev_server_data_volume_type import DevServerDataVolumeType
    from .dev_server_endpoint import DevServerEndpoint
    from .dev_server_endpoint_dev_service import DevServerEndpointDevService
    from .dev_server_endpoint_extensions import DevServerEndpointExtensions
    from .dev_server_endpoint_info import DevServerEndpointInfo
    from .dev_server_endpoint_info_dev_service import DevServerEndpointInfoDevService
    from .dev_server_endpoint_info_service import DevServerEndpointInfoService
    from .dev_server_flavor import DevServerFlavor
    from .dev_server_flavor_arch import DevServerFlavorArch
    from .dev_server_flavor_charging_mode import DevServerFlavorChargingMode
    from .dev_server_flavor_list import DevServerFlavorList
    from .dev_server_flavor_server_type import DevServerFlavorServerType
    from .dev_server_hyper_group import DevServerHyperGroup
    from .dev_server_image import DevServerImage
    from .dev_server_image_arch import DevServerImageArch
    from .dev_server_image_list import DevServerImageList
    from .dev_server_image_server_type import DevServerImageServerType
    from .dev_server_image_status import DevServerImageStatus
    from .dev_server_list import DevServerList
    from .dev_server_network import DevServerNetwork
    from .dev_server_network_hyper_cluster import DevServerNetworkHyperCluster
    from .dev_server_operation import DevServerOperation
    from .dev_server_operation_error import DevServerOperationError
    from .dev_server_operation_operation_status import DevServerOperationOperationStatus
    from .dev_server_reinstall_os_request import DevServerReinstallOsRequest
    from .dev_server_root_volume import DevServerRootVolume
    from .dev_server_root_volume_type import DevServerRootVolumeType
    from .dev_server_start_request import DevServerStartRequest
    from .dev_server_start_request_arch import DevServerStartRequestArch
    from .dev_server_start_request_charging_mode import DevServerStartRequestChargingMode
    from .dev_server_start_request_server_type import DevServerStartRequestServerType
    from .dev_server_status import DevServerStatus
    from .dev_server_supernode_ref import DevServerSupernodeRef
    from .dev_server_volume import DevServerVolume
    from .dev_server_volume_evs_type import DevServerVolumeEvsType
    from .dev_server_volume_type import DevServerVolumeType
    from .error_msg import ErrorMsg
    from .get_dataset_sample_v2_sample_state import GetDatasetSampleV2SampleState
    from .get_dataset_stats_v2_sample_state import GetDatasetStatsV2SampleState
    from .get_dataset_v2_running_task_type import GetDatasetV2RunningTaskType
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
    from .list_algorithms_v2_order import ListAlgorithmsV2Order
    from .list_builtin_algorithms_order import ListBuiltinAlgorithmsOrder
    from .list_builtin_algorithms_sort_by import ListBuiltinAlgorithmsSortBy
    from .list_clusters_order import ListClustersOrder
    from .list_clusters_sort_by import ListClustersSortBy
    from .list_dataset_export_tasks_v2_export_type import ListDatasetExportTasksV2ExportType
    from .list_dataset_samples_v2_label_type import ListDatasetSamplesV2LabelType
    from .list_dataset_samples_v2_order import ListDatasetSamplesV2Order
    from .list_dataset_samples_v2_sample_state import ListDatasetSamplesV2SampleState
    from .list_dataset_samples_v2_sample_type import ListDatasetSamplesV2SampleType
    from .list_dataset_versions_v2_status import ListDatasetVersionsV2Status
    from .list_dataset_versions_v2_version_format import ListDatasetVersionsV2VersionFormat
    from .list_datasets_v2_dataset_type import ListDatasetsV2DatasetType
    from .list_datasets_v2_dataset_version import ListDatasetsV2DatasetVersion
    from .list_datasets_v2_order import ListDatasetsV2Order
    from .list_datasets_v2_sort_by import ListDatasetsV2SortBy
    from .list_datasets_v2_version_format import ListDatasetsV2VersionFormat
    from .list_dev_server_flavors_arch import ListDevServerFlavorsArch
    from .list_dev_server_flavors_charging_mode import ListDevServerFlavorsChargingMode
    from .list_dev_server_flavors_server_type import ListDevServerFlavorsServerType
    from .list_dev_server_images_server_type import ListDevServerImagesServerType
    from .list_dev_servers_sort_dir import ListDevServersSortDir
    from .list_dev_servers_sort_key import ListDevServersSortKey
    from .list_devenv_instances_order import ListDevenvInstancesOrder
    from .list_devenv_instances_sortby import ListDevenvInstancesSortby
    from .list_job_engine_specs_job_type import ListJobEngineSpecsJobType
    from .list_job_resource_specs_job_type import ListJobResourceSpecsJobType
    from .list_job_resource_specs_project_type import ListJobResourceSpecsProjectType
    from .list_models_order import ListModelsOrder
    from .list_models_sort_by import ListModelsSortBy
    from .list_pools_v2_status import ListPoolsV2Status
    from .list_service_events_event_type import ListServiceEventsEventType
    from .list_service_events_order import ListServiceEventsOrder
    from .list_service_specifications_infer_type import ListServiceSpecificationsInferType
    from .list_service_tasks_sort_dir import ListServiceTasksSortDir
    from .list_service_tasks_sort_key import ListServiceTasksSortKey
    from .list_services_order import ListServicesOrder
    from .list_services_sort_by import ListServicesSortBy
    from .list_supernodes_sort_dir import ListSupernodesSortDir
    from .list_supernodes_sort_key import ListSupernodesSortKey
    from .list_training_flavors_v2_flavor_type import ListTrainingFlavorsV2FlavorType
    from .list_training_job_configs_config_type import ListTrainingJobConfigsConfigType
    from .list_training_job_configs_order import ListTrainingJobConfigsOrder
    from .list_training_job_configs_sort_by import ListTrainingJobConfigsSortBy
    from .list_training_job_events_v2_level import ListTrainingJobEventsV2Level
    from .list_training_job_events_v2_source import ListTrainingJobEventsV2Source
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
    from .model_create_request_source_copy import ModelCreateRequestSourceCopy
    from .model_create_request_source_type import ModelCreateRequestSourceType
    from .model_create_response import ModelCreateResponse
    from .model_delete_failure import ModelDeleteFailure
    from .model_delete_response import ModelDeleteResponse
    from .model_dependency import ModelDependency
    from .model_dependency_info import ModelDependencyInfo
    from .model_dependency_installer import ModelDependencyInstaller
    from .model_detail import ModelDetail
    from .model_detail_labels_map import ModelDetailLabelsMap
    from .model_detail_source_copy import ModelDetailSourceCopy
    from .model_doc import ModelDoc
    from .model_guide_doc import ModelGuideDoc
    from .model_health import ModelHealth
    from .model_health_check_method import ModelHealthCheckMethod
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
    from .model_runtime_accelerator import ModelRuntimeAccelerator
    from .model_runtime_accelerator_type import ModelRuntimeAcceleratorType
    from .model_runtime_engine import ModelRuntimeEngine
    from .model_runtime_engine_arch_item import ModelRuntimeEngineArchItem
    from .model_runtime_engine_image_source_item import ModelRuntimeEngineImageSourceItem
    from .model_runtime_engine_request_mode_item import ModelRuntimeEngineRequestModeItem
    from .model_runtime_engine_status_list_item import ModelRuntimeEngineStatusListItem
    from .model_runtime_list_response import ModelRuntimeListResponse
    from .model_source import ModelSource
    from .model_specification import ModelSpecification
    from .model_status import ModelStatus
    from .model_summary import ModelSummary
    from .model_summary_source_copy import ModelSummarySourceCopy
    from .model_type import ModelType
    from .operation_result import OperationResult
    from .pool_v2 import PoolV2
    from .pool_v2_api_version import PoolV2ApiVersion
    from .pool_v2_cluster_master import PoolV2ClusterMaster
    from .pool_v2_container_network import PoolV2ContainerNetwork
    from .pool_v2_container_network_mode import PoolV2ContainerNetworkMode
    from .pool_v2_creating_step import PoolV2CreatingStep
    from .pool_v2_creating_step_type import PoolV2CreatingStepType
    from .pool_v2_data_volume import PoolV2DataVolume
    from .pool_v2_data_volume_volume_type import PoolV2DataVolumeVolumeType
    from .pool_v2_driver import PoolV2Driver
    from .pool_v2_driver_list_status import PoolV2DriverListStatus
    from .pool_v2_driver_status import PoolV2DriverStatus
    from .pool_v2_driver_status_state import PoolV2DriverStatusState
    from .pool_v2_driver_update_strategy import PoolV2DriverUpdateStrategy
    from .pool_v2_kind import PoolV2Kind
    from .pool_v2_list import PoolV2List
    from .pool_v2_list_api_version import PoolV2ListApiVersion
    from .pool_v2_list_kind import PoolV2ListKind
    from .pool_v2_lvm_config import PoolV2LvmConfig
    from .pool_v2_lvm_config_lv_type import PoolV2LvmConfigLvType
    from .pool_v2_meta_annotations import PoolV2MetaAnnotations
    from .pool_v2_meta_labels import PoolV2MetaLabels
    from .pool_v2_meta_labels_os_modelarts_poolbiz import PoolV2MetaLabelsOsModelartsPoolbiz
    from .pool_v2_meta_labels_os_modelartssharing import PoolV2MetaLabelsOsModelartssharing
    from .pool_v2_metadata import PoolV2Metadata
    from .pool_v2_network import PoolV2Network
    from .pool_v2_node_az import PoolV2NodeAz
    from .pool_v2_resource import PoolV2Resource
    from .pool_v2_resource_extend_params import PoolV2ResourceExtendParams
    from .pool_v2_resource_flavor_count import PoolV2ResourceFlavorCount
    from .pool_v2_resource_os import PoolV2ResourceOs
    from .pool_v2_resource_status import PoolV2ResourceStatus
    from .pool_v2_root_volume import PoolV2RootVolume
    from .pool_v2_root_volume_volume_type import PoolV2RootVolumeVolumeType
    from .pool_v2_scope_plugin_phase import PoolV2ScopePluginPhase
    from .pool_v2_scope_plugin_phase_phase import PoolV2ScopePluginPhasePhase
    from .pool_v2_scope_status import PoolV2ScopeStatus
    from .pool_v2_scope_status_scope_type import PoolV2ScopeStatusScopeType
    from .pool_v2_scope_status_state import PoolV2ScopeStatusState
    from .pool_v2_spec import PoolV2Spec
    from .pool_v2_spec_scope_item import PoolV2SpecScopeItem
    from .pool_v2_spec_type import PoolV2SpecType
    from .pool_v2_status import PoolV2Status
    from .pool_v2_status_phase import PoolV2StatusPhase
    from .pool_v2_user_tag import PoolV2UserTag
    from .pool_v2_volume_extend_params import PoolV2VolumeExtendParams
    from .pool_v2_volume_group_config import PoolV2VolumeGroupConfig
    from .pool_v2_volume_group_config_types_item import PoolV2VolumeGroupConfigTypesItem
    from .service_additional_properties import ServiceAdditionalProperties
    from .service_affinity import ServiceAffinity
    from .service_affinity_node_info import ServiceAffinityNodeInfo
    from .service_affinity_pool_info import ServiceAffinityPoolInfo
    from .service_config_batch import ServiceConfigBatch
    from .service_config_batch_detail import ServiceConfigBatchDetail
    from .service_config_batch_detail_envs import ServiceConfigBatchDetailEnvs
    from .service_config_batch_detail_mapping_rule import ServiceConfigBatchDetailMappingRule
    from .service_config_batch_detail_source_type import ServiceConfigBatchDetailSourceType
    from .service_config_batch_detail_src_type import ServiceConfigBatchDetailSrcType
    from .service_config_batch_detail_status import ServiceConfigBatchDetailStatus
    from .service_config_batch_envs import ServiceConfigBatchEnvs
    from .service_config_batch_mapping_rule import ServiceConfigBatchMappingRule
    from .service_config_batch_src_type import ServiceConfigBatchSrcType
    from .service_config_edge import ServiceConfigEdge
    from .service_config_edge_detail import ServiceConfigEdgeDetail
    from .service_config_edge_detail_envs import ServiceConfigEdgeDetailEnvs
    from .service_config_edge_detail_source_type import ServiceConfigEdgeDetailSourceType
    from .service_config_edge_detail_status import ServiceConfigEdgeDetailStatus
    from .service_config_edge_envs import ServiceConfigEdgeEnvs
    from .service_config_real_time import ServiceConfigRealTime
    from .service_config_real_time_detail import ServiceConfigRealTimeDetail
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
    from .service_load_balancer_policy import ServiceLoadBalancerPolicy
    from .service_log_report_pipeline import ServiceLogReportPipeline
    from .service_log_report_pipeline_type import ServiceLogReportPipelineType
    from .service_log_volume import ServiceLogVolume
    from .service_lts_configuration import ServiceLtsConfiguration
    from .service_mapping_type import ServiceMappingType
    from .service_model_additional_properties import ServiceModelAdditionalProperties
    from .service_monitor_edge import ServiceMonitorEdge
    from .service_monitor_real_time import ServiceMonitorRealTime
    from .service_monitor_response import ServiceMonitorResponse
    from .service_node import ServiceNode
    from .service_node_affinity import ServiceNodeAffinity
    from .service_node_affinity_mode import ServiceNodeAffinityMode
    from .service_node_instance_status import ServiceNodeInstanceStatus
    from .service_node_state import ServiceNodeState
    from .service_node_status_request import ServiceNodeStatusRequest
    from .service_node_status_request_status import ServiceNodeStatusRequestStatus
    from .service_persistent_volume import ServicePersistentVolume
    from .service_schedule import ServiceSchedule
    from .service_schedule_time_unit import ServiceScheduleTimeUnit
    from .service_schedule_type import ServiceScheduleType
    from .service_secret import ServiceSecret
    from .service_smn_notification import ServiceSmnNotification
    from .service_smn_notification_events_item import ServiceSmnNotificationEventsItem
    from .service_specification import ServiceSpecification
    from .service_specification_cpu_info import ServiceSpecificationCpuInfo
    from .service_specification_gpu_info import ServiceSpecificationGpuInfo
    from .service_specification_list_response import ServiceSpecificationListResponse
    from .service_specification_memory_info import ServiceSpecificationMemoryInfo
    from .service_specification_npu_info import ServiceSpecificationNpuInfo
    from .service_specification_source_type import ServiceSpecificationSourceType
    from .service_specification_spec_status import ServiceSpecificationSpecStatus
    from .service_status import ServiceStatus
    from .service_summary import ServiceSummary
    from .service_task import ServiceTask
    from .service_task_config import ServiceTaskConfig
    from .service_task_create_request import ServiceTaskCreateRequest
    from .service_task_create_request_config import ServiceTaskCreateRequestConfig
    from .service_task_create_response import ServiceTaskCreateResponse
    from .service_task_created import ServiceTaskCreated
    from .service_task_error import ServiceTaskError
    from .service_task_input import ServiceTaskInput
    from .service_task_input_data import ServiceTaskInputData
    from .service_task_input_data_headers import ServiceTaskInputDataHeaders
    from .service_task_input_data_tag_item import ServiceTaskInputDataTagItem
    from .service_task_input_spec import ServiceTaskInputSpec
    from .service_task_input_type import ServiceTaskInputType
    from .service_task_input_vcn import ServiceTaskInputVcn
    from .service_task_input_vcn_spec import ServiceTaskInputVcnSpec
    from .service_task_list_response import ServiceTaskListResponse
    from .service_task_output import ServiceTaskOutput
    from .service_task_output_dis import ServiceTaskOutputDis
    from .service_task_output_dis_spec import ServiceTaskOutputDisSpec
    from .service_task_output_obs import ServiceTaskOutputObs
    from .service_task_output_obs_spec import ServiceTaskOutputObsSpec
    from .service_task_output_spec import ServiceTaskOutputSpec
    from .service_task_output_webhook import ServiceTaskOutputWebhook
    from .service_task_output_webhook_headers import ServiceTaskOutputWebhookHeaders
    from .service_task_output_webhook_spec import ServiceTaskOutputWebhookSpec
    from .service_task_output_webhook_spec_headers import ServiceTaskOutputWebhookSpecHeaders
    from .service_task_schedule import ServiceTaskSchedule
    from .service_task_schedule_execution_mode import ServiceTaskScheduleExecutionMode
    from .service_task_schedule_frequency import ServiceTaskScheduleFrequency
    from .service_task_schedule_frequency_spec import ServiceTaskScheduleFrequencySpec
    from .service_task_schedule_period import ServiceTaskSchedulePeriod
    from .service_task_schedule_period_spec import ServiceTaskSchedulePeriodSpec
    from .service_task_schedule_spec import ServiceTaskScheduleSpec
    from .service_task_schedule_spec_execution_mode import ServiceTaskScheduleSpecExecutionMode
    from .service_task_schedule_status import ServiceTaskScheduleStatus
    from .service_task_source_usage_estimate import ServiceTaskSourceUsageEstimate
    from .service_task_state import ServiceTaskState
    from .service_update_log import ServiceUpdateLog
    from .service_update_log_config import ServiceUpdateLogConfig
    from .service_update_log_config_envs import ServiceUpdateLogConfigEnvs
    from .service_update_log_node_result import ServiceUpdateLogNodeResult
    from .service_update_log_node_result_operation import ServiceUpdateLogNodeResultOperation
    from .service_update_log_result import ServiceUpdateLogResult
    from .service_update_logs_response import ServiceUpdateLogsResponse
    from .service_update_request import ServiceUpdateRequest
    from .service_update_request_status import ServiceUpdateRequestStatus
    from .supernode import Supernode
    from .supernode_list import SupernodeList
    from .supernode_status import SupernodeStatus
    from .supernode_tag import SupernodeTag
    from .supernode_tag_list import SupernodeTagList
    from .supernode_tag_request import SupernodeTagRequest
    from .supernode_tag_spec import SupernodeTagSpec
    from .sync_dev_servers_sort_dir import SyncDevServersSortDir
    from .sync_dev_servers_sort_key import SyncDevServersSortKey
    from .temporary_access_key_identity import TemporaryAccessKeyIdentity
    from .temporary_access_key_identity_methods_item import TemporaryAccessKeyIdentityMethodsItem
    from .temporary_access_key_policy import TemporaryAccessKeyPolicy
    from .temporary_access_key_policy_version import TemporaryAccessKeyPolicyVersion
    from .temporary_access_key_request import TemporaryAccessKeyRequest
    from .temporary_access_key_request_auth import TemporaryAccessKeyRequestAuth
    from .temporary_access_key_response import TemporaryAccessKeyResponse
    from .temporary_access_key_statement import TemporaryAccessKeyStatement
    from .temporary_access_key_statement_condition import TemporaryAccessKeyStatementCondition
    from .temporary_access_key_statement_condition_additional_property import (
        TemporaryAccessKeyStatementConditionAdditionalProperty,
    )
    from .temporary_access_key_statement_effect import TemporaryAccessKeyStatementEffect
    from .temporary_access_key_token import TemporaryAccessKeyToken
    from .temporary_credential import TemporaryCredential
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
    from .training_engine_v2 import TrainingEngineV2
    from .training_engine_v2_image_info import TrainingEngineV2ImageInfo
    from .training_engine_v2_list_response import TrainingEngineV2ListResponse
    from .training_event_v2 import TrainingEventV2
    from .training_event_v2_list_response import TrainingEventV2ListResponse
    from .training_flavor_v2 import TrainingFlavorV2
    from .training_flavor_v2_attributes import TrainingFlavorV2Attributes
    from .training_flavor_v2_flavor_type import TrainingFlavorV2FlavorType
    from .training_flavor_v2_info import TrainingFlavorV2Info
    from .training_flavor_v2_list_response import TrainingFlavorV2ListResponse
    from .training_job_v2 import TrainingJobV2
    from .training_job_v2_action_request import TrainingJobV2ActionRequest
    from .training_job_v2_action_request_action_type import TrainingJobV2ActionRequestActionType
    from .training_job_v2_algo_config import TrainingJobV2AlgoConfig
    from .training_job_v2_algo_config_parameter import TrainingJobV2AlgoConfigParameter
    from .training_job_v2_algorithm import TrainingJobV2Algorithm
    from .training_job_v2_algorithm_engine import TrainingJobV2AlgorithmEngine
    from .training_job_v2_algorithm_environments_item import TrainingJobV2AlgorithmEnvironmentsItem
    from .training_job_v2_algorithm_input import TrainingJobV2AlgorithmInput
    from .training_job_v2_algorithm_output import TrainingJobV2AlgorithmOutput
    from .training_job_v2_algorithm_request import TrainingJobV2AlgorithmRequest
    from .training_job_v2_algorithm_request_environments import TrainingJobV2AlgorithmRequestEnvironments
    from .training_job_v2_auto_search import TrainingJobV2AutoSearch
    from .training_job_v2_auto_stop import TrainingJobV2AutoStop
    from .training_job_v2_auto_stop_time_unit import TrainingJobV2AutoStopTimeUnit
    from .training_job_v2_billing import TrainingJobV2Billing
    from .training_job_v2_cpu import TrainingJobV2Cpu
    from .training_job_v2_create_request import TrainingJobV2CreateRequest
    from .training_job_v2_create_request_kind import TrainingJobV2CreateRequestKind
    from .training_job_v2_data_source import TrainingJobV2DataSource
    from .training_job_v2_data_source_request import TrainingJobV2DataSourceRequest
    from .training_job_v2_description_update_request import TrainingJobV2DescriptionUpdateRequest
    from .training_job_v2_disk import TrainingJobV2Disk
    from .training_job_v2_endpoints import TrainingJobV2Endpoints
    from .training_job_v2_endpoints_request import TrainingJobV2EndpointsRequest
    from .training_job_v2_engine import TrainingJobV2Engine
    from .training_job_v2_flavor_detail import TrainingJobV2FlavorDetail
    from .training_job_v2_flavor_info import TrainingJobV2FlavorInfo
    from .training_job_v2_gpu import TrainingJobV2Gpu
    from .training_job_v2_input import TrainingJobV2Input
    from .training_job_v2_input_data_info import TrainingJobV2InputDataInfo
    from .training_job_v2_input_data_info_request import TrainingJobV2InputDataInfoRequest
    from .training_job_v2_input_dataset import TrainingJobV2InputDataset
    from .training_job_v2_input_dataset_request import TrainingJobV2InputDatasetRequest
    from .training_job_v2_input_request import TrainingJobV2InputRequest
    from .training_job_v2_job_summary import TrainingJobV2JobSummary
    from .training_job_v2_job_summary_request import TrainingJobV2JobSummaryRequest
    from .training_job_v2_jupyter_lab import TrainingJobV2JupyterLab
    from .training_job_v2_list import TrainingJobV2List
    from .training_job_v2_list_order import TrainingJobV2ListOrder
    from .training_job_v2_log_dir import TrainingJobV2LogDir
    from .training_job_v2_log_dir_request import TrainingJobV2LogDirRequest
    from .training_job_v2_log_export_path import TrainingJobV2LogExportPath
    from .training_job_v2_memory import TrainingJobV2Memory
    from .training_job_v2_metadata import TrainingJobV2Metadata
    from .training_job_v2_metadata_annotations import TrainingJobV2MetadataAnnotations
    from .training_job_v2_metadata_request import TrainingJobV2MetadataRequest
    from .training_job_v2_metadata_request_annotations import TrainingJobV2MetadataRequestAnnotations
    from .training_job_v2_mind_studio_insight import TrainingJobV2MindStudioInsight
    from .training_job_v2_nfs import TrainingJobV2Nfs
    from .training_job_v2_notification import TrainingJobV2Notification
    from .training_job_v2_notification_events_item import TrainingJobV2NotificationEventsItem
    from .training_job_v2_npu import TrainingJobV2Npu
    from .training_job_v2_obs_url import TrainingJobV2ObsUrl
    from .training_job_v2_obs_url_request import TrainingJobV2ObsUrlRequest
    from .training_job_v2_obs_volume import TrainingJobV2ObsVolume
    from .training_job_v2_output import TrainingJobV2Output
    from .training_job_v2_output_request import TrainingJobV2OutputRequest
    from .training_job_v2_parameter import TrainingJobV2Parameter
    from .training_job_v2_parameter_constraint import TrainingJobV2ParameterConstraint
    from .training_job_v2_pfs_summary import TrainingJobV2PfsSummary
    from .training_job_v2_pfs_summary_request import TrainingJobV2PfsSummaryRequest
    from .training_job_v2_pfs_volume import TrainingJobV2PfsVolume
    from .training_job_v2_policies import TrainingJobV2Policies
    from .training_job_v2_remote import TrainingJobV2Remote
    from .training_job_v2_remote_constraint import TrainingJobV2RemoteConstraint
    from .training_job_v2_remote_constraint_attributes import TrainingJobV2RemoteConstraintAttributes
    from .training_job_v2_remote_request import TrainingJobV2RemoteRequest
    from .training_job_v2_required_affinity import TrainingJobV2RequiredAffinity
    from .training_job_v2_required_affinity_affinity_type import TrainingJobV2RequiredAffinityAffinityType
    from .training_job_v2_resource import TrainingJobV2Resource
    from .training_job_v2_reward_attr import TrainingJobV2RewardAttr
    from .training_job_v2_reward_attr_mode import TrainingJobV2RewardAttrMode
    from .training_job_v2_running_record import TrainingJobV2RunningRecord
    from .training_job_v2_running_record_end_recover import TrainingJobV2RunningRecordEndRecover
    from .training_job_v2_running_record_end_recover_before_downgrade import (
        TrainingJobV2RunningRecordEndRecoverBeforeDowngrade,
    )
    from .training_job_v2_running_record_start_type import TrainingJobV2RunningRecordStartType
    from .training_job_v2_schedule_policy import TrainingJobV2SchedulePolicy
    from .training_job_v2_search_filter import TrainingJobV2SearchFilter
    from .training_job_v2_search_filter_operator import TrainingJobV2SearchFilterOperator
    from .training_job_v2_search_param import TrainingJobV2SearchParam
    from .training_job_v2_search_param_param_type import TrainingJobV2SearchParamParamType
    from .training_job_v2_search_request import TrainingJobV2SearchRequest
    from .training_job_v2_search_request_order import TrainingJobV2SearchRequestOrder
    from .training_job_v2_spec import TrainingJobV2Spec
    from .training_job_v2_spec_request import TrainingJobV2SpecRequest
    from .training_job_v2_spec_resource_request import TrainingJobV2SpecResourceRequest
    from .training_job_v2_ssh import TrainingJobV2Ssh
    from .training_job_v2_ssh_request import TrainingJobV2SshRequest
    from .training_job_v2_status import TrainingJobV2Status
    from .training_job_v2_status_phase import TrainingJobV2StatusPhase
    from .training_job_v2_summary import TrainingJobV2Summary
    from .training_job_v2_summary_log_type import TrainingJobV2SummaryLogType
    from .training_job_v2_summary_request import TrainingJobV2SummaryRequest
    from .training_job_v2_summary_request_log_type import TrainingJobV2SummaryRequestLogType
    from .training_job_v2_task import TrainingJobV2Task
    from .training_job_v2_task_algorithm import TrainingJobV2TaskAlgorithm
    from .training_job_v2_task_algorithm_request import TrainingJobV2TaskAlgorithmRequest
    from .training_job_v2_task_disk import TrainingJobV2TaskDisk
    from .training_job_v2_task_engine import TrainingJobV2TaskEngine
    from .training_job_v2_task_flavor import TrainingJobV2TaskFlavor
    from .training_job_v2_task_flavor_attributes import TrainingJobV2TaskFlavorAttributes
    from .training_job_v2_task_flavor_info import TrainingJobV2TaskFlavorInfo
    from .training_job_v2_task_input_remote_request import TrainingJobV2TaskInputRemoteRequest
    from .training_job_v2_task_input_request import TrainingJobV2TaskInputRequest
    from .training_job_v2_task_job_config import TrainingJobV2TaskJobConfig
    from .training_job_v2_task_request import TrainingJobV2TaskRequest
    from .training_job_v2_task_resource_request import TrainingJobV2TaskResourceRequest
    from .training_job_v2_task_status import TrainingJobV2TaskStatus
    from .training_job_v2_task_url import TrainingJobV2TaskUrl
    from .training_job_v2_tensorboard import TrainingJobV2Tensorboard
    from .training_job_v2_volume import TrainingJobV2Volume
    from .training_job_v2_volume_request import TrainingJobV2VolumeRequest
    from .training_job_v2i18n_description import TrainingJobV2I18NDescription
    from .training_task_v2_log_preview_response import TrainingTaskV2LogPreviewResponse
    from .training_task_v2_log_url_response import TrainingTaskV2LogUrlResponse
    from .training_task_v2_metric import TrainingTaskV2Metric
    from .training_task_v2_metric_metric import TrainingTaskV2MetricMetric
    from .training_task_v2_metrics_response import TrainingTaskV2MetricsResponse
    from .update_dataset_label_v2_label_type import UpdateDatasetLabelV2LabelType
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
    "AlgorithmV2": ".algorithm_v2",
    "AlgorithmV2AdvancedConfig": ".algorithm_v2_advanced_config",
    "AlgorithmV2AdvancedConfigSpec": ".algorithm_v2_advanced_config_spec",
    "AlgorithmV2AlgoConfig": ".algorithm_v2_algo_config",
    "AlgorithmV2AutoSearch": ".algorithm_v2_auto_search",
    "AlgorithmV2AutoSearchSpec": ".algorithm_v2_auto_search_spec",
    "AlgorithmV2CodeTreeNode": ".algorithm_v2_code_tree_node",
    "AlgorithmV2CreateRequest": ".algorithm_v2_create_request",
    "AlgorithmV2Engine": ".algorithm_v2_engine",
    "AlgorithmV2Input": ".algorithm_v2_input",
    "AlgorithmV2JobConfig": ".algorithm_v2_job_config",
    "AlgorithmV2JobConfigSpec": ".algorithm_v2_job_config_spec",
    "AlgorithmV2List": ".algorithm_v2_list",
    "AlgorithmV2ListOrder": ".algorithm_v2_list_order",
    "AlgorithmV2Metadata": ".algorithm_v2_metadata",
    "AlgorithmV2MetadataSpec": ".algorithm_v2_metadata_spec",
    "AlgorithmV2MetadataTagsType0Item": ".algorithm_v2_metadata_tags_type_0_item",
    "AlgorithmV2Output": ".algorithm_v2_output",
    "AlgorithmV2OutputSpec": ".algorithm_v2_output_spec",
    "AlgorithmV2Parameter": ".algorithm_v2_parameter",
    "AlgorithmV2RemoteConstraint": ".algorithm_v2_remote_constraint",
    "AlgorithmV2RemoteConstraintAttributesItem": ".algorithm_v2_remote_constraint_attributes_item",
    "AlgorithmV2ResourceRequirement": ".algorithm_v2_resource_requirement",
    "AlgorithmV2ResourceRequirementKey": ".algorithm_v2_resource_requirement_key",
    "AlgorithmV2ResourceRequirementSpec": ".algorithm_v2_resource_requirement_spec",
    "AlgorithmV2ResourceRequirementSpecKey": ".algorithm_v2_resource_requirement_spec_key",
    "AlgorithmV2SearchParam": ".algorithm_v2_search_param",
    "AlgorithmV2SearchParamParamType": ".algorithm_v2_search_param_param_type",
    "AlgorithmV2UpdateRequest": ".algorithm_v2_update_request",
    "AutoSearchV2ParameterAnalysisImageResponse": ".auto_search_v2_parameter_analysis_image_response",
    "AutoSearchV2ParameterAnalysisResponse": ".auto_search_v2_parameter_analysis_response",
    "AutoSearchV2SearchAlgorithm": ".auto_search_v2_search_algorithm",
    "AutoSearchV2SearchAlgorithmsResponse": ".auto_search_v2_search_algorithms_response",
    "AutoSearchV2TrialEarlyStopResponse": ".auto_search_v2_trial_early_stop_response",
    "AutoSearchV2TrialTable": ".auto_search_v2_trial_table",
    "AutoSearchV2TrialsResponse": ".auto_search_v2_trials_response",
    "AutoSearchV2YamlTemplate": ".auto_search_v2_yaml_template",
    "AutoSearchV2YamlTemplateContentResponse": ".auto_search_v2_yaml_template_content_response",
    "AutoSearchV2YamlTemplatesResponse": ".auto_search_v2_yaml_templates_response",
    "Cluster": ".cluster",
    "ClusterListResponse": ".cluster_list_response",
    "ClusterNode": ".cluster_node",
    "ClusterPeriodType": ".cluster_period_type",
    "ClusterStatus": ".cluster_status",
    "DatasetExportTaskV2": ".dataset_export_task_v2",
    "DatasetExportTaskV2CreateRequest": ".dataset_export_task_v2_create_request",
    "DatasetExportTaskV2CreateRequestAnnotationFormat": ".dataset_export_task_v2_create_request_annotation_format",
    "DatasetExportTaskV2CreateRequestExportFormat": ".dataset_export_task_v2_create_request_export_format",
    "DatasetExportTaskV2CreateRequestExportType": ".dataset_export_task_v2_create_request_export_type",
    "DatasetExportTaskV2CreateRequestSampleState": ".dataset_export_task_v2_create_request_sample_state",
    "DatasetExportTaskV2CreateRequestVersionFormat": ".dataset_export_task_v2_create_request_version_format",
    "DatasetExportTaskV2ExportFormat": ".dataset_export_task_v2_export_format",
    "DatasetExportTaskV2ExportParams": ".dataset_export_task_v2_export_params",
    "DatasetExportTaskV2ExportParamsExportDest": ".dataset_export_task_v2_export_params_export_dest",
    "DatasetExportTaskV2ExportParamsSampleState": ".dataset_export_task_v2_export_params_sample_state",
    "DatasetExportTaskV2ExportType": ".dataset_export_task_v2_export_type",
    "DatasetExportTaskV2List": ".dataset_export_task_v2_list",
    "DatasetExportTaskV2SearchCondition": ".dataset_export_task_v2_search_condition",
    "DatasetExportTaskV2SearchConditionHard": ".dataset_export_task_v2_search_condition_hard",
    "DatasetExportTaskV2SearchLabel": ".dataset_export_task_v2_search_label",
    "DatasetExportTaskV2SearchLabelOp": ".dataset_export_task_v2_search_label_op",
    "DatasetExportTaskV2SearchLabelProperty": ".dataset_export_task_v2_search_label_property",
    "DatasetExportTaskV2SearchLabelType": ".dataset_export_task_v2_search_label_type",
    "DatasetExportTaskV2SearchLabels": ".dataset_export_task_v2_search_labels",
    "DatasetExportTaskV2SearchLabelsOp": ".dataset_export_task_v2_search_labels_op",
    "DatasetExportTaskV2SearchProp": ".dataset_export_task_v2_search_prop",
    "DatasetExportTaskV2SearchPropOp": ".dataset_export_task_v2_search_prop_op",
    "DatasetExportTaskV2SearchPropProps": ".dataset_export_task_v2_search_prop_props",
    "DatasetExportTaskV2Status": ".dataset_export_task_v2_status",
    "DatasetExportTaskV2VersionFormat": ".dataset_export_task_v2_version_format",
    "DatasetImportTaskV2": ".dataset_import_task_v2",
    "DatasetImportTaskV2CreateRequest": ".dataset_import_task_v2_create_request",
    "DatasetImportTaskV2CreateRequestImportOrigin": ".dataset_import_task_v2_create_request_import_origin",
    "DatasetImportTaskV2CreateRequestImportType": ".dataset_import_task_v2_create_request_import_type",
    "DatasetImportTaskV2CreateResponse": ".dataset_import_task_v2_create_response",
    "DatasetImportTaskV2FileStatistics": ".dataset_import_task_v2_file_statistics",
    "DatasetImportTaskV2ImportType": ".dataset_import_task_v2_import_type",
    "DatasetImportTaskV2List": ".dataset_import_task_v2_list",
    "DatasetImportTaskV2Status": ".dataset_import_task_v2_status",
    "DatasetLabelV2BatchRequest": ".dataset_label_v2_batch_request",
    "DatasetLabelV2BatchResult": ".dataset_label_v2_batch_result",
    "DatasetLabelV2ItemResult": ".dataset_label_v2_item_result",
    "DatasetLabelV2List": ".dataset_label_v2_list",
    "DatasetSampleV2": ".dataset_sample_v2",
    "DatasetSampleV2BatchResponse": ".dataset_sample_v2_batch_response",
    "DatasetSampleV2BatchResult": ".dataset_sample_v2_batch_result",
    "DatasetSampleV2CreateItem": ".dataset_sample_v2_create_item",
    "DatasetSampleV2CreateItemEncoding": ".dataset_sample_v2_create_item_encoding",
    "DatasetSampleV2CreateItemSampleType": ".dataset_sample_v2_create_item_sample_type",
    "DatasetSampleV2CreateRequest": ".dataset_sample_v2_create_request",
    "DatasetSampleV2CreateResponse": ".dataset_sample_v2_create_response",
    "DatasetSampleV2CreateResult": ".dataset_sample_v2_create_result",
    "DatasetSampleV2DeleteRequest": ".dataset_sample_v2_delete_request",
    "DatasetSampleV2HardDetail": ".dataset_sample_v2_hard_detail",
    "DatasetSampleV2HardDetails": ".dataset_sample_v2_hard_details",
    "DatasetSampleV2Label": ".dataset_sample_v2_label",
    "DatasetSampleV2LabelAnnotatedBy": ".dataset_sample_v2_label_annotated_by",
    "DatasetSampleV2LabelProperty": ".dataset_sample_v2_label_property",
    "DatasetSampleV2LabelPropertyModelartshard": ".dataset_sample_v2_label_property_modelartshard",
    "DatasetSampleV2LabelPropertyModelartsshape": ".dataset_sample_v2_label_property_modelartsshape",
    "DatasetSampleV2LabelType": ".dataset_sample_v2_label_type",
    "DatasetSampleV2List": ".dataset_sample_v2_list",
    "DatasetSampleV2Metadata": ".dataset_sample_v2_metadata",
    "DatasetSampleV2MetadataModelartshardReasonsItem": ".dataset_sample_v2_metadata_modelartshard_reasons_item",
    "DatasetSampleV2SampleType": ".dataset_sample_v2_sample_type",
    "DatasetSampleV2SearchCondition": ".dataset_sample_v2_search_condition",
    "DatasetSampleV2SearchConditionMetadata": ".dataset_sample_v2_search_condition_metadata",
    "DatasetSampleV2UpdateItem": ".dataset_sample_v2_update_item",
    "DatasetSampleV2UpdateItemSampleType": ".dataset_sample_v2_update_item_sample_type",
    "DatasetSampleV2UpdateItemSampleUsage": ".dataset_sample_v2_update_item_sample_usage",
    "DatasetSampleV2UpdateRequest": ".dataset_sample_v2_update_request",
    "DatasetV2": ".dataset_v2",
    "DatasetV2CreateRequest": ".dataset_v2_create_request",
    "DatasetV2CreateRequestDataFormat": ".dataset_v2_create_request_data_format",
    "DatasetV2CreateRequestDatasetType": ".dataset_v2_create_request_dataset_type",
    "DatasetV2CreateResponse": ".dataset_v2_create_response",
    "DatasetV2DataSource": ".dataset_v2_data_source",
    "DatasetV2DataSourceDataType": ".dataset_v2_data_source_data_type",
    "DatasetV2DataStatistics": ".dataset_v2_data_statistics",
    "DatasetV2DatasetFormat": ".dataset_v2_dataset_format",
    "DatasetV2DatasetType": ".dataset_v2_dataset_type",
    "DatasetV2DeletionStats": ".dataset_v2_deletion_stats",
    "DatasetV2FilePreview": ".dataset_v2_file_preview",
    "DatasetV2FilePreviewTags": ".dataset_v2_file_preview_tags",
    "DatasetV2HardDetail": ".dataset_v2_hard_detail",
    "DatasetV2HardDetailPair": ".dataset_v2_hard_detail_pair",
    "DatasetV2Label": ".dataset_v2_label",
    "DatasetV2LabelAttribute": ".dataset_v2_label_attribute",
    "DatasetV2LabelAttributeType": ".dataset_v2_label_attribute_type",
    "DatasetV2LabelAttributeValue": ".dataset_v2_label_attribute_value",
    "DatasetV2LabelFormat": ".dataset_v2_label_format",
    "DatasetV2LabelFormatLabelType": ".dataset_v2_label_format_label_type",
    "DatasetV2LabelProperty": ".dataset_v2_label_property",
    "DatasetV2LabelPropertyModelartsdefaultShape": ".dataset_v2_label_property_modelartsdefault_shape",
    "DatasetV2LabelStats": ".dataset_v2_label_stats",
    "DatasetV2LabelStatsType": ".dataset_v2_label_stats_type",
    "DatasetV2LabelType": ".dataset_v2_label_type",
    "DatasetV2List": ".dataset_v2_list",
    "DatasetV2Metrics": ".dataset_v2_metrics",
    "DatasetV2MetricsMetrics": ".dataset_v2_metrics_metrics",
    "DatasetV2MetricsMetricsAdditionalProperty": ".dataset_v2_metrics_metrics_additional_property",
    "DatasetV2Schema": ".dataset_v2_schema",
    "DatasetV2SchemaMap": ".dataset_v2_schema_map",
    "DatasetV2SourceInfo": ".dataset_v2_source_info",
    "DatasetV2SourceInfoClusterMode": ".dataset_v2_source_info_cluster_mode",
    "DatasetV2Stats": ".dataset_v2_stats",
    "DatasetV2StatsGroupedLabelStats": ".dataset_v2_stats_grouped_label_stats",
    "DatasetV2StatsHardDetailStats": ".dataset_v2_stats_hard_detail_stats",
    "DatasetV2StatsKeySampleStats": ".dataset_v2_stats_key_sample_stats",
    "DatasetV2StatsMetadataStats": ".dataset_v2_stats_metadata_stats",
    "DatasetV2StatsSampleStats": ".dataset_v2_stats_sample_stats",
    "DatasetV2Status": ".dataset_v2_status",
    "DatasetV2SyncStatus": ".dataset_v2_sync_status",
    "DatasetV2SyncStatusStatus": ".dataset_v2_sync_status_status",
    "DatasetV2UpdateRequest": ".dataset_v2_update_request",
    "DatasetV2UpdateResponse": ".dataset_v2_update_response",
    "DatasetV2Version": ".dataset_v2_version",
    "DatasetV2VersionAnalysisStatus": ".dataset_v2_version_analysis_status",
    "DatasetV2VersionDataAnalysis": ".dataset_v2_version_data_analysis",
    "DatasetV2VersionDataStatistics": ".dataset_v2_version_data_statistics",
    "DatasetV2VersionDeletionStats": ".dataset_v2_version_deletion_stats",
    "DatasetV2VersionLabelType": ".dataset_v2_version_label_type",
    "DatasetV2VersionProcessorTaskStatus": ".dataset_v2_version_processor_task_status",
    "DatasetV2VersionSampleState": ".dataset_v2_version_sample_state",
    "DatasetV2VersionStatus": ".dataset_v2_version_status",
    "DatasetV2VersionVersionFormat": ".dataset_v2_version_version_format",
    "DatasetV2Worker": ".dataset_v2_worker",
    "DatasetV2WorkerRole": ".dataset_v2_worker_role",
    "DatasetV2WorkerStatus": ".dataset_v2_worker_status",
    "DatasetV2WorkforceConfig": ".dataset_v2_workforce_config",
    "DatasetV2WorkforceDescriptor": ".dataset_v2_workforce_descriptor",
    "DatasetV2WorkforceInformation": ".dataset_v2_workforce_information",
    "DatasetV2WorkforceInformationDataSyncType": ".dataset_v2_workforce_information_data_sync_type",
    "DatasetV2WorkforcesConfig": ".dataset_v2_workforces_config",
    "DatasetVersionV2CreateRequest": ".dataset_version_v2_create_request",
    "DatasetVersionV2CreateRequestVersionFormat": ".dataset_version_v2_create_request_version_format",
    "DatasetVersionV2CreateResponse": ".dataset_version_v2_create_response",
    "DatasetVersionV2List": ".dataset_version_v2_list",
    "DeleteDatasetLabelV2LabelType": ".delete_dataset_label_v2_label_type",
    "DeleteDatasetLabelsV2DeletePolicy": ".delete_dataset_labels_v2_delete_policy",
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
    "DevServer": ".dev_server",
    "DevServerAllowedAddressPair": ".dev_server_allowed_address_pair",
    "DevServerAttachVolumeRequest": ".dev_server_attach_volume_request",
    "DevServerCategory": ".dev_server_category",
    "DevServerChangeOsRequest": ".dev_server_change_os_request",
    "DevServerChargingInfo": ".dev_server_charging_info",
    "DevServerChargingInfoChargingMode": ".dev_server_charging_info_charging_mode",
    "DevServerChargingInfoPeriodType": ".dev_server_charging_info_period_type",
    "DevServerChargingMode": ".dev_server_charging_mode",
    "DevServerCloudServer": ".dev_server_cloud_server",
    "DevServerCloudServerType": ".dev_server_cloud_server_type",
    "DevServerCreateRequest": ".dev_server_create_request",
    "DevServerCreateRequestArch": ".dev_server_create_request_arch",
    "DevServerCreateRequestServerType": ".dev_server_create_request_server_type",
    "DevServerDataVolume": ".dev_server_data_volume",
    "DevServerDataVolumeType": ".dev_server_data_volume_type",
    "DevServerEndpoint": ".dev_server_endpoint",
    "DevServerEndpointDevService": ".dev_server_endpoint_dev_service",
    "DevServerEndpointExtensions": ".dev_server_endpoint_extensions",
    "DevServerEndpointInfo": ".dev_server_endpoint_info",
    "DevServerEndpointInfoDevService": ".dev_server_endpoint_info_dev_service",
    "DevServerEndpointInfoService": ".dev_server_endpoint_info_service",
    "DevServerFlavor": ".dev_server_flavor",
    "DevServerFlavorArch": ".dev_server_flavor_arch",
    "DevServerFlavorChargingMode": ".dev_server_flavor_charging_mode",
    "DevServerFlavorList": ".dev_server_flavor_list",
    "DevServerFlavorServerType": ".dev_server_flavor_server_type",
    "DevServerHyperGroup": ".dev_server_hyper_group",
    "DevServerImage": ".dev_server_image",
    "DevServerImageArch": ".dev_server_image_arch",
    "DevServerImageList": ".dev_server_image_list",
    "DevServerImageServerType": ".dev_server_image_server_type",
    "DevServerImageStatus": ".dev_server_image_status",
    "DevServerList": ".dev_server_list",
    "DevServerNetwork": ".dev_server_network",
    "DevServerNetworkHyperCluster": ".dev_server_network_hyper_cluster",
    "DevServerOperation": ".dev_server_operation",
    "DevServerOperationError": ".dev_server_operation_error",
    "DevServerOperationOperationStatus": ".dev_server_operation_operation_status",
    "DevServerReinstallOsRequest": ".dev_server_reinstall_os_request",
    "DevServerRootVolume": ".dev_server_root_volume",
    "DevServerRootVolumeType": ".dev_server_root_volume_type",
    "DevServerStartRequest": ".dev_server_start_request",
    "DevServerStartRequestArch": ".dev_server_start_request_arch",
    "DevServerStartRequestChargingMode": ".dev_server_start_request_charging_mode",
    "DevServerStartRequestServerType": ".dev_server_start_request_server_type",
    "DevServerStatus": ".dev_server_status",
    "DevServerSupernodeRef": ".dev_server_supernode_ref",
    "DevServerVolume": ".dev_server_volume",
    "DevServerVolumeEvsType": ".dev_server_volume_evs_type",
    "DevServerVolumeType": ".dev_server_volume_type",
    "ErrorMsg": ".error_msg",
    "GetDatasetSampleV2SampleState": ".get_dataset_sample_v2_sample_state",
    "GetDatasetStatsV2SampleState": ".get_dataset_stats_v2_sample_state",
    "GetDatasetV2RunningTaskType": ".get_dataset_v2_running_task_type",
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
    "ListAlgorithmsV2Order": ".list_algorithms_v2_order",
    "ListBuiltinAlgorithmsOrder": ".list_builtin_algorithms_order",
    "ListBuiltinAlgorithmsSortBy": ".list_builtin_algorithms_sort_by",
    "ListClustersOrder": ".list_clusters_order",
    "ListClustersSortBy": ".list_clusters_sort_by",
    "ListDatasetExportTasksV2ExportType": ".list_dataset_export_tasks_v2_export_type",
    "ListDatasetSamplesV2LabelType": ".list_dataset_samples_v2_label_type",
    "ListDatasetSamplesV2Order": ".list_dataset_samples_v2_order",
    "ListDatasetSamplesV2SampleState": ".list_dataset_samples_v2_sample_state",
    "ListDatasetSamplesV2SampleType": ".list_dataset_samples_v2_sample_type",
    "ListDatasetVersionsV2Status": ".list_dataset_versions_v2_status",
    "ListDatasetVersionsV2VersionFormat": ".list_dataset_versions_v2_version_format",
    "ListDatasetsV2DatasetType": ".list_datasets_v2_dataset_type",
    "ListDatasetsV2DatasetVersion": ".list_datasets_v2_dataset_version",
    "ListDatasetsV2Order": ".list_datasets_v2_order",
    "ListDatasetsV2SortBy": ".list_datasets_v2_sort_by",
    "ListDatasetsV2VersionFormat": ".list_datasets_v2_version_format",
    "ListDevServerFlavorsArch": ".list_dev_server_flavors_arch",
    "ListDevServerFlavorsChargingMode": ".list_dev_server_flavors_charging_mode",
    "ListDevServerFlavorsServerType": ".list_dev_server_flavors_server_type",
    "ListDevServerImagesServerType": ".list_dev_server_images_server_type",
    "ListDevServersSortDir": ".list_dev_servers_sort_dir",
    "ListDevServersSortKey": ".list_dev_servers_sort_key",
    "ListDevenvInstancesOrder": ".list_devenv_instances_order",
    "ListDevenvInstancesSortby": ".list_devenv_instances_sortby",
    "ListJobEngineSpecsJobType": ".list_job_engine_specs_job_type",
    "ListJobResourceSpecsJobType": ".list_job_resource_specs_job_type",
    "ListJobResourceSpecsProjectType": ".list_job_resource_specs_project_type",
    "ListModelsOrder": ".list_models_order",
    "ListModelsSortBy": ".list_models_sort_by",
    "ListPoolsV2Status": ".list_pools_v2_status",
    "ListServiceEventsEventType": ".list_service_events_event_type",
    "ListServiceEventsOrder": ".list_service_events_order",
    "ListServiceSpecificationsInferType": ".list_service_specifications_infer_type",
    "ListServiceTasksSortDir": ".list_service_tasks_sort_dir",
    "ListServiceTasksSortKey": ".list_service_tasks_sort_key",
    "ListServicesOrder": ".list_services_order",
    "ListServicesSortBy": ".list_services_sort_by",
    "ListSupernodesSortDir": ".list_supernodes_sort_dir",
    "ListSupernodesSortKey": ".list_supernodes_sort_key",
    "ListTrainingFlavorsV2FlavorType": ".list_training_flavors_v2_flavor_type",
    "ListTrainingJobConfigsConfigType": ".list_training_job_configs_config_type",
    "ListTrainingJobConfigsOrder": ".list_training_job_configs_order",
    "ListTrainingJobConfigsSortBy": ".list_training_job_configs_sort_by",
    "ListTrainingJobEventsV2Level": ".list_training_job_events_v2_level",
    "ListTrainingJobEventsV2Source": ".list_training_job_events_v2_source",
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
    "ModelCreateRequestSourceCopy": ".model_create_request_source_copy",
    "ModelCreateRequestSourceType": ".model_create_request_source_type",
    "ModelCreateResponse": ".model_create_response",
    "ModelDeleteFailure": ".model_delete_failure",
    "ModelDeleteResponse": ".model_delete_response",
    "ModelDependency": ".model_dependency",
    "ModelDependencyInfo": ".model_dependency_info",
    "ModelDependencyInstaller": ".model_dependency_installer",
    "ModelDetail": ".model_detail",
    "ModelDetailLabelsMap": ".model_detail_labels_map",
    "ModelDetailSourceCopy": ".model_detail_source_copy",
    "ModelDoc": ".model_doc",
    "ModelGuideDoc": ".model_guide_doc",
    "ModelHealth": ".model_health",
    "ModelHealthCheckMethod": ".model_health_check_method",
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
    "ModelRuntimeAccelerator": ".model_runtime_accelerator",
    "ModelRuntimeAcceleratorType": ".model_runtime_accelerator_type",
    "ModelRuntimeEngine": ".model_runtime_engine",
    "ModelRuntimeEngineArchItem": ".model_runtime_engine_arch_item",
    "ModelRuntimeEngineImageSourceItem": ".model_runtime_engine_image_source_item",
    "ModelRuntimeEngineRequestModeItem": ".model_runtime_engine_request_mode_item",
    "ModelRuntimeEngineStatusListItem": ".model_runtime_engine_status_list_item",
    "ModelRuntimeListResponse": ".model_runtime_list_response",
    "ModelSource": ".model_source",
    "ModelSpecification": ".model_specification",
    "ModelStatus": ".model_status",
    "ModelSummary": ".model_summary",
    "ModelSummarySourceCopy": ".model_summary_source_copy",
    "ModelType": ".model_type",
    "OperationResult": ".operation_result",
    "PoolV2": ".pool_v2",
    "PoolV2ApiVersion": ".pool_v2_api_version",
    "PoolV2ClusterMaster": ".pool_v2_cluster_master",
    "PoolV2ContainerNetwork": ".pool_v2_container_network",
    "PoolV2ContainerNetworkMode": ".pool_v2_container_network_mode",
    "PoolV2CreatingStep": ".pool_v2_creating_step",
    "PoolV2CreatingStepType": ".pool_v2_creating_step_type",
    "PoolV2DataVolume": ".pool_v2_data_volume",
    "PoolV2DataVolumeVolumeType": ".pool_v2_data_volume_volume_type",
    "PoolV2Driver": ".pool_v2_driver",
    "PoolV2DriverListStatus": ".pool_v2_driver_list_status",
    "PoolV2DriverStatus": ".pool_v2_driver_status",
    "PoolV2DriverStatusState": ".pool_v2_driver_status_state",
    "PoolV2DriverUpdateStrategy": ".pool_v2_driver_update_strategy",
    "PoolV2Kind": ".pool_v2_kind",
    "PoolV2List": ".pool_v2_list",
    "PoolV2ListApiVersion": ".pool_v2_list_api_version",
    "PoolV2ListKind": ".pool_v2_list_kind",
    "PoolV2LvmConfig": ".pool_v2_lvm_config",
    "PoolV2LvmConfigLvType": ".pool_v2_lvm_config_lv_type",
    "PoolV2MetaAnnotations": ".pool_v2_meta_annotations",
    "PoolV2MetaLabels": ".pool_v2_meta_labels",
    "PoolV2MetaLabelsOsModelartsPoolbiz": ".pool_v2_meta_labels_os_modelarts_poolbiz",
    "PoolV2MetaLabelsOsModelartssharing": ".pool_v2_meta_labels_os_modelartssharing",
    "PoolV2Metadata": ".pool_v2_metadata",
    "PoolV2Network": ".pool_v2_network",
    "PoolV2NodeAz": ".pool_v2_node_az",
    "PoolV2Resource": ".pool_v2_resource",
    "PoolV2ResourceExtendParams": ".pool_v2_resource_extend_params",
    "PoolV2ResourceFlavorCount": ".pool_v2_resource_flavor_count",
    "PoolV2ResourceOs": ".pool_v2_resource_os",
    "PoolV2ResourceStatus": ".pool_v2_resource_status",
    "PoolV2RootVolume": ".pool_v2_root_volume",
    "PoolV2RootVolumeVolumeType": ".pool_v2_root_volume_volume_type",
    "PoolV2ScopePluginPhase": ".pool_v2_scope_plugin_phase",
    "PoolV2ScopePluginPhasePhase": ".pool_v2_scope_plugin_phase_phase",
    "PoolV2ScopeStatus": ".pool_v2_scope_status",
    "PoolV2ScopeStatusScopeType": ".pool_v2_scope_status_scope_type",
    "PoolV2ScopeStatusState": ".pool_v2_scope_status_state",
    "PoolV2Spec": ".pool_v2_spec",
    "PoolV2SpecScopeItem": ".pool_v2_spec_scope_item",
    "PoolV2SpecType": ".pool_v2_spec_type",
    "PoolV2Status": ".pool_v2_status",
    "PoolV2StatusPhase": ".pool_v2_status_phase",
    "PoolV2UserTag": ".pool_v2_user_tag",
    "PoolV2VolumeExtendParams": ".pool_v2_volume_extend_params",
    "PoolV2VolumeGroupConfig": ".pool_v2_volume_group_config",
    "PoolV2VolumeGroupConfigTypesItem": ".pool_v2_volume_group_config_types_item",
    "ServiceAdditionalProperties": ".service_additional_properties",
    "ServiceAffinity": ".service_affinity",
    "ServiceAffinityNodeInfo": ".service_affinity_node_info",
    "ServiceAffinityPoolInfo": ".service_affinity_pool_info",
    "ServiceConfigBatch": ".service_config_batch",
    "ServiceConfigBatchDetail": ".service_config_batch_detail",
    "ServiceConfigBatchDetailEnvs": ".service_config_batch_detail_envs",
    "ServiceConfigBatchDetailMappingRule": ".service_config_batch_detail_mapping_rule",
    "ServiceConfigBatchDetailSourceType": ".service_config_batch_detail_source_type",
    "ServiceConfigBatchDetailSrcType": ".service_config_batch_detail_src_type",
    "ServiceConfigBatchDetailStatus": ".service_config_batch_detail_status",
    "ServiceConfigBatchEnvs": ".service_config_batch_envs",
    "ServiceConfigBatchMappingRule": ".service_config_batch_mapping_rule",
    "ServiceConfigBatchSrcType": ".service_config_batch_src_type",
    "ServiceConfigEdge": ".service_config_edge",
    "ServiceConfigEdgeDetail": ".service_config_edge_detail",
    "ServiceConfigEdgeDetailEnvs": ".service_config_edge_detail_envs",
    "ServiceConfigEdgeDetailSourceType": ".service_config_edge_detail_source_type",
    "ServiceConfigEdgeDetailStatus": ".service_config_edge_detail_status",
    "ServiceConfigEdgeEnvs": ".service_config_edge_envs",
    "ServiceConfigRealTime": ".service_config_real_time",
    "ServiceConfigRealTimeDetail": ".service_config_real_time_detail",
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
    "ServiceLoadBalancerPolicy": ".service_load_balancer_policy",
    "ServiceLogReportPipeline": ".service_log_report_pipeline",
    "ServiceLogReportPipelineType": ".service_log_report_pipeline_type",
    "ServiceLogVolume": ".service_log_volume",
    "ServiceLtsConfiguration": ".service_lts_configuration",
    "ServiceMappingType": ".service_mapping_type",
    "ServiceModelAdditionalProperties": ".service_model_additional_properties",
    "ServiceMonitorEdge": ".service_monitor_edge",
    "ServiceMonitorRealTime": ".service_monitor_real_time",
    "ServiceMonitorResponse": ".service_monitor_response",
    "ServiceNode": ".service_node",
    "ServiceNodeAffinity": ".service_node_affinity",
    "ServiceNodeAffinityMode": ".service_node_affinity_mode",
    "ServiceNodeInstanceStatus": ".service_node_instance_status",
    "ServiceNodeState": ".service_node_state",
    "ServiceNodeStatusRequest": ".service_node_status_request",
    "ServiceNodeStatusRequestStatus": ".service_node_status_request_status",
    "ServicePersistentVolume": ".service_persistent_volume",
    "ServiceSchedule": ".service_schedule",
    "ServiceScheduleTimeUnit": ".service_schedule_time_unit",
    "ServiceScheduleType": ".service_schedule_type",
    "ServiceSecret": ".service_secret",
    "ServiceSmnNotification": ".service_smn_notification",
    "ServiceSmnNotificationEventsItem": ".service_smn_notification_events_item",
    "ServiceSpecification": ".service_specification",
    "ServiceSpecificationCpuInfo": ".service_specification_cpu_info",
    "ServiceSpecificationGpuInfo": ".service_specification_gpu_info",
    "ServiceSpecificationListResponse": ".service_specification_list_response",
    "ServiceSpecificationMemoryInfo": ".service_specification_memory_info",
    "ServiceSpecificationNpuInfo": ".service_specification_npu_info",
    "ServiceSpecificationSourceType": ".service_specification_source_type",
    "ServiceSpecificationSpecStatus": ".service_specification_spec_status",
    "ServiceStatus": ".service_status",
    "ServiceSummary": ".service_summary",
    "ServiceTask": ".service_task",
    "ServiceTaskConfig": ".service_task_config",
    "ServiceTaskCreateRequest": ".service_task_create_request",
    "ServiceTaskCreateRequestConfig": ".service_task_create_request_config",
    "ServiceTaskCreateResponse": ".service_task_create_response",
    "ServiceTaskCreated": ".service_task_created",
    "ServiceTaskError": ".service_task_error",
    "ServiceTaskInput": ".service_task_input",
    "ServiceTaskInputData": ".service_task_input_data",
    "ServiceTaskInputDataHeaders": ".service_task_input_data_headers",
    "ServiceTaskInputDataTagItem": ".service_task_input_data_tag_item",
    "ServiceTaskInputSpec": ".service_task_input_spec",
    "ServiceTaskInputType": ".service_task_input_type",
    "ServiceTaskInputVcn": ".service_task_input_vcn",
    "ServiceTaskInputVcnSpec": ".service_task_input_vcn_spec",
    "ServiceTaskListResponse": ".service_task_list_response",
    "ServiceTaskOutput": ".service_task_output",
    "ServiceTaskOutputDis": ".service_task_output_dis",
    "ServiceTaskOutputDisSpec": ".service_task_output_dis_spec",
    "ServiceTaskOutputObs": ".service_task_output_obs",
    "ServiceTaskOutputObsSpec": ".service_task_output_obs_spec",
    "ServiceTaskOutputSpec": ".service_task_output_spec",
    "ServiceTaskOutputWebhook": ".service_task_output_webhook",
    "ServiceTaskOutputWebhookHeaders": ".service_task_output_webhook_headers",
    "ServiceTaskOutputWebhookSpec": ".service_task_output_webhook_spec",
    "ServiceTaskOutputWebhookSpecHeaders": ".service_task_output_webhook_spec_headers",
    "ServiceTaskSchedule": ".service_task_schedule",
    "ServiceTaskScheduleExecutionMode": ".service_task_schedule_execution_mode",
    "ServiceTaskScheduleFrequency": ".service_task_schedule_frequency",
    "ServiceTaskScheduleFrequencySpec": ".service_task_schedule_frequency_spec",
    "ServiceTaskSchedulePeriod": ".service_task_schedule_period",
    "ServiceTaskSchedulePeriodSpec": ".service_task_schedule_period_spec",
    "ServiceTaskScheduleSpec": ".service_task_schedule_spec",
    "ServiceTaskScheduleSpecExecutionMode": ".service_task_schedule_spec_execution_mode",
    "ServiceTaskScheduleStatus": ".service_task_schedule_status",
    "ServiceTaskSourceUsageEstimate": ".service_task_source_usage_estimate",
    "ServiceTaskState": ".service_task_state",
    "ServiceUpdateLog": ".service_update_log",
    "ServiceUpdateLogConfig": ".service_update_log_config",
    "ServiceUpdateLogConfigEnvs": ".service_update_log_config_envs",
    "ServiceUpdateLogNodeResult": ".service_update_log_node_result",
    "ServiceUpdateLogNodeResultOperation": ".service_update_log_node_result_operation",
    "ServiceUpdateLogResult": ".service_update_log_result",
    "ServiceUpdateLogsResponse": ".service_update_logs_response",
    "ServiceUpdateRequest": ".service_update_request",
    "ServiceUpdateRequestStatus": ".service_update_request_status",
    "Supernode": ".supernode",
    "SupernodeList": ".supernode_list",
    "SupernodeStatus": ".supernode_status",
    "SupernodeTag": ".supernode_tag",
    "SupernodeTagList": ".supernode_tag_list",
    "SupernodeTagRequest": ".supernode_tag_request",
    "SupernodeTagSpec": ".supernode_tag_spec",
    "SyncDevServersSortDir": ".sync_dev_servers_sort_dir",
    "SyncDevServersSortKey": ".sync_dev_servers_sort_key",
    "TemporaryAccessKeyIdentity": ".temporary_access_key_identity",
    "TemporaryAccessKeyIdentityMethodsItem": ".temporary_access_key_identity_methods_item",
    "TemporaryAccessKeyPolicy": ".temporary_access_key_policy",
    "TemporaryAccessKeyPolicyVersion": ".temporary_access_key_policy_version",
    "TemporaryAccessKeyRequest": ".temporary_access_key_request",
    "TemporaryAccessKeyRequestAuth": ".temporary_access_key_request_auth",
    "TemporaryAccessKeyResponse": ".temporary_access_key_response",
    "TemporaryAccessKeyStatement": ".temporary_access_key_statement",
    "TemporaryAccessKeyStatementCondition": ".temporary_access_key_statement_condition",
    "TemporaryAccessKeyStatementConditionAdditionalProperty": ".temporary_access_key_statement_condition_additional_property",
    "TemporaryAccessKeyStatementEffect": ".temporary_access_key_statement_effect",
    "TemporaryAccessKeyToken": ".temporary_access_key_token",
    "TemporaryCredential": ".temporary_credential",
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
    "TrainingEngineV2": ".training_engine_v2",
    "TrainingEngineV2ImageInfo": ".training_engine_v2_image_info",
    "TrainingEngineV2ListResponse": ".training_engine_v2_list_response",
    "TrainingEventV2": ".training_event_v2",
    "TrainingEventV2ListResponse": ".training_event_v2_list_response",
    "TrainingFlavorV2": ".training_flavor_v2",
    "TrainingFlavorV2Attributes": ".training_flavor_v2_attributes",
    "TrainingFlavorV2FlavorType": ".training_flavor_v2_flavor_type",
    "TrainingFlavorV2Info": ".training_flavor_v2_info",
    "TrainingFlavorV2ListResponse": ".training_flavor_v2_list_response",
    "TrainingJobV2": ".training_job_v2",
    "TrainingJobV2ActionRequest": ".training_job_v2_action_request",
    "TrainingJobV2ActionRequestActionType": ".training_job_v2_action_request_action_type",
    "TrainingJobV2AlgoConfig": ".training_job_v2_algo_config",
    "TrainingJobV2AlgoConfigParameter": ".training_job_v2_algo_config_parameter",
    "TrainingJobV2Algorithm": ".training_job_v2_algorithm",
    "TrainingJobV2AlgorithmEngine": ".training_job_v2_algorithm_engine",
    "TrainingJobV2AlgorithmEnvironmentsItem": ".training_job_v2_algorithm_environments_item",
    "TrainingJobV2AlgorithmInput": ".training_job_v2_algorithm_input",
    "TrainingJobV2AlgorithmOutput": ".training_job_v2_algorithm_output",
    "TrainingJobV2AlgorithmRequest": ".training_job_v2_algorithm_request",
    "TrainingJobV2AlgorithmRequestEnvironments": ".training_job_v2_algorithm_request_environments",
    "TrainingJobV2AutoSearch": ".training_job_v2_auto_search",
    "TrainingJobV2AutoStop": ".training_job_v2_auto_stop",
    "TrainingJobV2AutoStopTimeUnit": ".training_job_v2_auto_stop_time_unit",
    "TrainingJobV2Billing": ".training_job_v2_billing",
    "TrainingJobV2Cpu": ".training_job_v2_cpu",
    "TrainingJobV2CreateRequest": ".training_job_v2_create_request",
    "TrainingJobV2CreateRequestKind": ".training_job_v2_create_request_kind",
    "TrainingJobV2DataSource": ".training_job_v2_data_source",
    "TrainingJobV2DataSourceRequest": ".training_job_v2_data_source_request",
    "TrainingJobV2DescriptionUpdateRequest": ".training_job_v2_description_update_request",
    "TrainingJobV2Disk": ".training_job_v2_disk",
    "TrainingJobV2Endpoints": ".training_job_v2_endpoints",
    "TrainingJobV2EndpointsRequest": ".training_job_v2_endpoints_request",
    "TrainingJobV2Engine": ".training_job_v2_engine",
    "TrainingJobV2FlavorDetail": ".training_job_v2_flavor_detail",
    "TrainingJobV2FlavorInfo": ".training_job_v2_flavor_info",
    "TrainingJobV2Gpu": ".training_job_v2_gpu",
    "TrainingJobV2Input": ".training_job_v2_input",
    "TrainingJobV2InputDataInfo": ".training_job_v2_input_data_info",
    "TrainingJobV2InputDataInfoRequest": ".training_job_v2_input_data_info_request",
    "TrainingJobV2InputDataset": ".training_job_v2_input_dataset",
    "TrainingJobV2InputDatasetRequest": ".training_job_v2_input_dataset_request",
    "TrainingJobV2InputRequest": ".training_job_v2_input_request",
    "TrainingJobV2JobSummary": ".training_job_v2_job_summary",
    "TrainingJobV2JobSummaryRequest": ".training_job_v2_job_summary_request",
    "TrainingJobV2JupyterLab": ".training_job_v2_jupyter_lab",
    "TrainingJobV2List": ".training_job_v2_list",
    "TrainingJobV2ListOrder": ".training_job_v2_list_order",
    "TrainingJobV2LogDir": ".training_job_v2_log_dir",
    "TrainingJobV2LogDirRequest": ".training_job_v2_log_dir_request",
    "TrainingJobV2LogExportPath": ".training_job_v2_log_export_path",
    "TrainingJobV2Memory": ".training_job_v2_memory",
    "TrainingJobV2Metadata": ".training_job_v2_metadata",
    "TrainingJobV2MetadataAnnotations": ".training_job_v2_metadata_annotations",
    "TrainingJobV2MetadataRequest": ".training_job_v2_metadata_request",
    "TrainingJobV2MetadataRequestAnnotations": ".training_job_v2_metadata_request_annotations",
    "TrainingJobV2MindStudioInsight": ".training_job_v2_mind_studio_insight",
    "TrainingJobV2Nfs": ".training_job_v2_nfs",
    "TrainingJobV2Notification": ".training_job_v2_notification",
    "TrainingJobV2NotificationEventsItem": ".training_job_v2_notification_events_item",
    "TrainingJobV2Npu": ".training_job_v2_npu",
    "TrainingJobV2ObsUrl": ".training_job_v2_obs_url",
    "TrainingJobV2ObsUrlRequest": ".training_job_v2_obs_url_request",
    "TrainingJobV2ObsVolume": ".training_job_v2_obs_volume",
    "TrainingJobV2Output": ".training_job_v2_output",
    "TrainingJobV2OutputRequest": ".training_job_v2_output_request",
    "TrainingJobV2Parameter": ".training_job_v2_parameter",
    "TrainingJobV2ParameterConstraint": ".training_job_v2_parameter_constraint",
    "TrainingJobV2PfsSummary": ".training_job_v2_pfs_summary",
    "TrainingJobV2PfsSummaryRequest": ".training_job_v2_pfs_summary_request",
    "TrainingJobV2PfsVolume": ".training_job_v2_pfs_volume",
    "TrainingJobV2Policies": ".training_job_v2_policies",
    "TrainingJobV2Remote": ".training_job_v2_remote",
    "TrainingJobV2RemoteConstraint": ".training_job_v2_remote_constraint",
    "TrainingJobV2RemoteConstraintAttributes": ".training_job_v2_remote_constraint_attributes",
    "TrainingJobV2RemoteRequest": ".training_job_v2_remote_request",
    "TrainingJobV2RequiredAffinity": ".training_job_v2_required_affinity",
    "TrainingJobV2RequiredAffinityAffinityType": ".training_job_v2_required_affinity_affinity_type",
    "TrainingJobV2Resource": ".training_job_v2_resource",
    "TrainingJobV2RewardAttr": ".training_job_v2_reward_attr",
    "TrainingJobV2RewardAttrMode": ".training_job_v2_reward_attr_mode",
    "TrainingJobV2RunningRecord": ".training_job_v2_running_record",
    "TrainingJobV2RunningRecordEndRecover": ".training_job_v2_running_record_end_recover",
    "TrainingJobV2RunningRecordEndRecoverBeforeDowngrade": ".training_job_v2_running_record_end_recover_before_downgrade",
    "TrainingJobV2RunningRecordStartType": ".training_job_v2_running_record_start_type",
    "TrainingJobV2SchedulePolicy": ".training_job_v2_schedule_policy",
    "TrainingJobV2SearchFilter": ".training_job_v2_search_filter",
    "TrainingJobV2SearchFilterOperator": ".training_job_v2_search_filter_operator",
    "TrainingJobV2SearchParam": ".training_job_v2_search_param",
    "TrainingJobV2SearchParamParamType": ".training_job_v2_search_param_param_type",
    "TrainingJobV2SearchRequest": ".training_job_v2_search_request",
    "TrainingJobV2SearchRequestOrder": ".training_job_v2_search_request_order",
    "TrainingJobV2Spec": ".training_job_v2_spec",
    "TrainingJobV2SpecRequest": ".training_job_v2_spec_request",
    "TrainingJobV2SpecResourceRequest": ".training_job_v2_spec_resource_request",
    "TrainingJobV2Ssh": ".training_job_v2_ssh",
    "TrainingJobV2SshRequest": ".training_job_v2_ssh_request",
    "TrainingJobV2Status": ".training_job_v2_status",
    "TrainingJobV2StatusPhase": ".training_job_v2_status_phase",
    "TrainingJobV2Summary": ".training_job_v2_summary",
    "TrainingJobV2SummaryLogType": ".training_job_v2_summary_log_type",
    "TrainingJobV2SummaryRequest": ".training_job_v2_summary_request",
    "TrainingJobV2SummaryRequestLogType": ".training_job_v2_summary_request_log_type",
    "TrainingJobV2Task": ".training_job_v2_task",
    "TrainingJobV2TaskAlgorithm": ".training_job_v2_task_algorithm",
    "TrainingJobV2TaskAlgorithmRequest": ".training_job_v2_task_algorithm_request",
    "TrainingJobV2TaskDisk": ".training_job_v2_task_disk",
    "TrainingJobV2TaskEngine": ".training_job_v2_task_engine",
    "TrainingJobV2TaskFlavor": ".training_job_v2_task_flavor",
    "TrainingJobV2TaskFlavorAttributes": ".training_job_v2_task_flavor_attributes",
    "TrainingJobV2TaskFlavorInfo": ".training_job_v2_task_flavor_info",
    "TrainingJobV2TaskInputRemoteRequest": ".training_job_v2_task_input_remote_request",
    "TrainingJobV2TaskInputRequest": ".training_job_v2_task_input_request",
    "TrainingJobV2TaskJobConfig": ".training_job_v2_task_job_config",
    "TrainingJobV2TaskRequest": ".training_job_v2_task_request",
    "TrainingJobV2TaskResourceRequest": ".training_job_v2_task_resource_request",
    "TrainingJobV2TaskStatus": ".training_job_v2_task_status",
    "TrainingJobV2TaskUrl": ".training_job_v2_task_url",
    "TrainingJobV2Tensorboard": ".training_job_v2_tensorboard",
    "TrainingJobV2Volume": ".training_job_v2_volume",
    "TrainingJobV2VolumeRequest": ".training_job_v2_volume_request",
    "TrainingJobV2I18NDescription": ".training_job_v2i18n_description",
    "TrainingTaskV2LogPreviewResponse": ".training_task_v2_log_preview_response",
    "TrainingTaskV2LogUrlResponse": ".training_task_v2_log_url_response",
    "TrainingTaskV2Metric": ".training_task_v2_metric",
    "TrainingTaskV2MetricMetric": ".training_task_v2_metric_metric",
    "TrainingTaskV2MetricsResponse": ".training_task_v2_metrics_response",
    "UpdateDatasetLabelV2LabelType": ".update_dataset_label_v2_label_type",
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
    "AlgorithmV2",
    "AlgorithmV2AdvancedConfig",
    "AlgorithmV2AdvancedConfigSpec",
    "AlgorithmV2AlgoConfig",
    "AlgorithmV2AutoSearch",
    "AlgorithmV2AutoSearchSpec",
    "AlgorithmV2CodeTreeNode",
    "AlgorithmV2CreateRequest",
    "AlgorithmV2Engine",
    "AlgorithmV2Input",
    "AlgorithmV2JobConfig",
    "AlgorithmV2JobConfigSpec",
    "AlgorithmV2List",
    "AlgorithmV2ListOrder",
    "AlgorithmV2Metadata",
    "AlgorithmV2MetadataSpec",
    "AlgorithmV2MetadataTagsType0Item",
    "AlgorithmV2Output",
    "AlgorithmV2OutputSpec",
    "AlgorithmV2Parameter",
    "AlgorithmV2RemoteConstraint",
    "AlgorithmV2RemoteConstraintAttributesItem",
    "AlgorithmV2ResourceRequirement",
    "AlgorithmV2ResourceRequirementKey",
    "AlgorithmV2ResourceRequirementSpec",
    "AlgorithmV2ResourceRequirementSpecKey",
    "AlgorithmV2SearchParam",
    "AlgorithmV2SearchParamParamType",
    "AlgorithmV2UpdateRequest",
    "AutoSearchV2ParameterAnalysisImageResponse",
    "AutoSearchV2ParameterAnalysisResponse",
    "AutoSearchV2SearchAlgorithm",
    "AutoSearchV2SearchAlgorithmsResponse",
    "AutoSearchV2TrialEarlyStopResponse",
    "AutoSearchV2TrialsResponse",
    "AutoSearchV2TrialTable",
    "AutoSearchV2YamlTemplate",
    "AutoSearchV2YamlTemplateContentResponse",
    "AutoSearchV2YamlTemplatesResponse",
    "Cluster",
    "ClusterListResponse",
    "ClusterNode",
    "ClusterPeriodType",
    "ClusterStatus",
    "DatasetExportTaskV2",
    "DatasetExportTaskV2CreateRequest",
    "DatasetExportTaskV2CreateRequestAnnotationFormat",
    "DatasetExportTaskV2CreateRequestExportFormat",
    "DatasetExportTaskV2CreateRequestExportType",
    "DatasetExportTaskV2CreateRequestSampleState",
    "DatasetExportTaskV2CreateRequestVersionFormat",
    "DatasetExportTaskV2ExportFormat",
    "DatasetExportTaskV2ExportParams",
    "DatasetExportTaskV2ExportParamsExportDest",
    "DatasetExportTaskV2ExportParamsSampleState",
    "DatasetExportTaskV2ExportType",
    "DatasetExportTaskV2List",
    "DatasetExportTaskV2SearchCondition",
    "DatasetExportTaskV2SearchConditionHard",
    "DatasetExportTaskV2SearchLabel",
    "DatasetExportTaskV2SearchLabelOp",
    "DatasetExportTaskV2SearchLabelProperty",
    "DatasetExportTaskV2SearchLabels",
    "DatasetExportTaskV2SearchLabelsOp",
    "DatasetExportTaskV2SearchLabelType",
    "DatasetExportTaskV2SearchProp",
    "DatasetExportTaskV2SearchPropOp",
    "DatasetExportTaskV2SearchPropProps",
    "DatasetExportTaskV2Status",
    "DatasetExportTaskV2VersionFormat",
    "DatasetImportTaskV2",
    "DatasetImportTaskV2CreateRequest",
    "DatasetImportTaskV2CreateRequestImportOrigin",
    "DatasetImportTaskV2CreateRequestImportType",
    "DatasetImportTaskV2CreateResponse",
    "DatasetImportTaskV2FileStatistics",
    "DatasetImportTaskV2ImportType",
    "DatasetImportTaskV2List",
    "DatasetImportTaskV2Status",
    "DatasetLabelV2BatchRequest",
    "DatasetLabelV2BatchResult",
    "DatasetLabelV2ItemResult",
    "DatasetLabelV2List",
    "DatasetSampleV2",
    "DatasetSampleV2BatchResponse",
    "DatasetSampleV2BatchResult",
    "DatasetSampleV2CreateItem",
    "DatasetSampleV2CreateItemEncoding",
    "DatasetSampleV2CreateItemSampleType",
    "DatasetSampleV2CreateRequest",
    "DatasetSampleV2CreateResponse",
    "DatasetSampleV2CreateResult",
    "DatasetSampleV2DeleteRequest",
    "DatasetSampleV2HardDetail",
    "DatasetSampleV2HardDetails",
    "DatasetSampleV2Label",
    "DatasetSampleV2LabelAnnotatedBy",
    "DatasetSampleV2LabelProperty",
    "DatasetSampleV2LabelPropertyModelartshard",
    "DatasetSampleV2LabelPropertyModelartsshape",
    "DatasetSampleV2LabelType",
    "DatasetSampleV2List",
    "DatasetSampleV2Metadata",
    "DatasetSampleV2MetadataModelartshardReasonsItem",
    "DatasetSampleV2SampleType",
    "DatasetSampleV2SearchCondition",
    "DatasetSampleV2SearchConditionMetadata",
    "DatasetSampleV2UpdateItem",
    "DatasetSampleV2UpdateItemSampleType",
    "DatasetSampleV2UpdateItemSampleUsage",
    "DatasetSampleV2UpdateRequest",
    "DatasetV2",
    "DatasetV2CreateRequest",
    "DatasetV2CreateRequestDataFormat",
    "DatasetV2CreateRequestDatasetType",
    "DatasetV2CreateResponse",
    "DatasetV2DatasetFormat",
    "DatasetV2DatasetType",
    "DatasetV2DataSource",
    "DatasetV2DataSourceDataType",
    "DatasetV2DataStatistics",
    "DatasetV2DeletionStats",
    "DatasetV2FilePreview",
    "DatasetV2FilePreviewTags",
    "DatasetV2HardDetail",
    "DatasetV2HardDetailPair",
    "DatasetV2Label",
    "DatasetV2LabelAttribute",
    "DatasetV2LabelAttributeType",
    "DatasetV2LabelAttributeValue",
    "DatasetV2LabelFormat",
    "DatasetV2LabelFormatLabelType",
    "DatasetV2LabelProperty",
    "DatasetV2LabelPropertyModelartsdefaultShape",
    "DatasetV2LabelStats",
    "DatasetV2LabelStatsType",
    "DatasetV2LabelType",
    "DatasetV2List",
    "DatasetV2Metrics",
    "DatasetV2MetricsMetrics",
    "DatasetV2MetricsMetricsAdditionalProperty",
    "DatasetV2Schema",
    "DatasetV2SchemaMap",
    "DatasetV2SourceInfo",
    "DatasetV2SourceInfoClusterMode",
    "DatasetV2Stats",
    "DatasetV2StatsGroupedLabelStats",
    "DatasetV2StatsHardDetailStats",
    "DatasetV2StatsKeySampleStats",
    "DatasetV2StatsMetadataStats",
    "DatasetV2StatsSampleStats",
    "DatasetV2Status",
    "DatasetV2SyncStatus",
    "DatasetV2SyncStatusStatus",
    "DatasetV2UpdateRequest",
    "DatasetV2UpdateResponse",
    "DatasetV2Version",
    "DatasetV2VersionAnalysisStatus",
    "DatasetV2VersionDataAnalysis",
    "DatasetV2VersionDataStatistics",
    "DatasetV2VersionDeletionStats",
    "DatasetV2VersionLabelType",
    "DatasetV2VersionProcessorTaskStatus",
    "DatasetV2VersionSampleState",
    "DatasetV2VersionStatus",
    "DatasetV2VersionVersionFormat",
    "DatasetV2Worker",
    "DatasetV2WorkerRole",
    "DatasetV2WorkerStatus",
    "DatasetV2WorkforceConfig",
    "DatasetV2WorkforceDescriptor",
    "DatasetV2WorkforceInformation",
    "DatasetV2WorkforceInformationDataSyncType",
    "DatasetV2WorkforcesConfig",
    "DatasetVersionV2CreateRequest",
    "DatasetVersionV2CreateRequestVersionFormat",
    "DatasetVersionV2CreateResponse",
    "DatasetVersionV2List",
    "DeleteDatasetLabelsV2DeletePolicy",
    "DeleteDatasetLabelV2LabelType",
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
    "DevServer",
    "DevServerAllowedAddressPair",
    "DevServerAttachVolumeRequest",
    "DevServerCategory",
    "DevServerChangeOsRequest",
    "DevServerChargingInfo",
    "DevServerChargingInfoChargingMode",
    "DevServerChargingInfoPeriodType",
    "DevServerChargingMode",
    "DevServerCloudServer",
    "DevServerCloudServerType",
    "DevServerCreateRequest",
    "DevServerCreateRequestArch",
    "DevServerCreateRequestServerType",
    "DevServerDataVolume",
    "DevServerDataVolumeType",
    "DevServerEndpoint",
    "DevServerEndpointDevService",
    "DevServerEndpointExtensions",
    "DevServerEndpointInfo",
    "DevServerEndpointInfoDevService",
    "DevServerEndpointInfoService",
    "DevServerFlavor",
    "DevServerFlavorArch",
    "DevServerFlavorChargingMode",
    "DevServerFlavorList",
    "DevServerFlavorServerType",
    "DevServerHyperGroup",
    "DevServerImage",
    "DevServerImageArch",
    "DevServerImageList",
    "DevServerImageServerType",
    "DevServerImageStatus",
    "DevServerList",
    "DevServerNetwork",
    "DevServerNetworkHyperCluster",
    "DevServerOperation",
    "DevServerOperationError",
    "DevServerOperationOperationStatus",
    "DevServerReinstallOsRequest",
    "DevServerRootVolume",
    "DevServerRootVolumeType",
    "DevServerStartRequest",
    "DevServerStartRequestArch",
    "DevServerStartRequestChargingMode",
    "DevServerStartRequestServerType",
    "DevServerStatus",
    "DevServerSupernodeRef",
    "DevServerVolume",
    "DevServerVolumeEvsType",
    "DevServerVolumeType",
    "ErrorMsg",
    "GetDatasetSampleV2SampleState",
    "GetDatasetStatsV2SampleState",
    "GetDatasetV2RunningTaskType",
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
    "ListAlgorithmsV2Order",
    "ListBuiltinAlgorithmsOrder",
    "ListBuiltinAlgorithmsSortBy",
    "ListClustersOrder",
    "ListClustersSortBy",
    "ListDatasetExportTasksV2ExportType",
    "ListDatasetSamplesV2LabelType",
    "ListDatasetSamplesV2Order",
    "ListDatasetSamplesV2SampleState",
    "ListDatasetSamplesV2SampleType",
    "ListDatasetsV2DatasetType",
    "ListDatasetsV2DatasetVersion",
    "ListDatasetsV2Order",
    "ListDatasetsV2SortBy",
    "ListDatasetsV2VersionFormat",
    "ListDatasetVersionsV2Status",
    "ListDatasetVersionsV2VersionFormat",
    "ListDevenvInstancesOrder",
    "ListDevenvInstancesSortby",
    "ListDevServerFlavorsArch",
    "ListDevServerFlavorsChargingMode",
    "ListDevServerFlavorsServerType",
    "ListDevServerImagesServerType",
    "ListDevServersSortDir",
    "ListDevServersSortKey",
    "ListJobEngineSpecsJobType",
    "ListJobResourceSpecsJobType",
    "ListJobResourceSpecsProjectType",
    "ListModelsOrder",
    "ListModelsSortBy",
    "ListPoolsV2Status",
    "ListServiceEventsEventType",
    "ListServiceEventsOrder",
    "ListServicesOrder",
    "ListServiceSpecificationsInferType",
    "ListServicesSortBy",
    "ListServiceTasksSortDir",
    "ListServiceTasksSortKey",
    "ListSupernodesSortDir",
    "ListSupernodesSortKey",
    "ListTrainingFlavorsV2FlavorType",
    "ListTrainingJobConfigsConfigType",
    "ListTrainingJobConfigsOrder",
    "ListTrainingJobConfigsSortBy",
    "ListTrainingJobEventsV2Level",
    "ListTrainingJobEventsV2Source",
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
    "ModelCreateRequestSourceCopy",
    "ModelCreateRequestSourceType",
    "ModelCreateResponse",
    "ModelDeleteFailure",
    "ModelDeleteResponse",
    "ModelDependency",
    "ModelDependencyInfo",
    "ModelDependencyInstaller",
    "ModelDetail",
    "ModelDetailLabelsMap",
    "ModelDetailSourceCopy",
    "ModelDoc",
    "ModelGuideDoc",
    "ModelHealth",
    "ModelHealthCheckMethod",
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
    "ModelRuntimeAccelerator",
    "ModelRuntimeAcceleratorType",
    "ModelRuntimeEngine",
    "ModelRuntimeEngineArchItem",
    "ModelRuntimeEngineImageSourceItem",
    "ModelRuntimeEngineRequestModeItem",
    "ModelRuntimeEngineStatusListItem",
    "ModelRuntimeListResponse",
    "ModelSource",
    "ModelSpecification",
    "ModelStatus",
    "ModelSummary",
    "ModelSummarySourceCopy",
    "ModelType",
    "OperationResult",
    "PoolV2",
    "PoolV2ApiVersion",
    "PoolV2ClusterMaster",
    "PoolV2ContainerNetwork",
    "PoolV2ContainerNetworkMode",
    "PoolV2CreatingStep",
    "PoolV2CreatingStepType",
    "PoolV2DataVolume",
    "PoolV2DataVolumeVolumeType",
    "PoolV2Driver",
    "PoolV2DriverListStatus",
    "PoolV2DriverStatus",
    "PoolV2DriverStatusState",
    "PoolV2DriverUpdateStrategy",
    "PoolV2Kind",
    "PoolV2List",
    "PoolV2ListApiVersion",
    "PoolV2ListKind",
    "PoolV2LvmConfig",
    "PoolV2LvmConfigLvType",
    "PoolV2MetaAnnotations",
    "PoolV2Metadata",
    "PoolV2MetaLabels",
    "PoolV2MetaLabelsOsModelartsPoolbiz",
    "PoolV2MetaLabelsOsModelartssharing",
    "PoolV2Network",
    "PoolV2NodeAz",
    "PoolV2Resource",
    "PoolV2ResourceExtendParams",
    "PoolV2ResourceFlavorCount",
    "PoolV2ResourceOs",
    "PoolV2ResourceStatus",
    "PoolV2RootVolume",
    "PoolV2RootVolumeVolumeType",
    "PoolV2ScopePluginPhase",
    "PoolV2ScopePluginPhasePhase",
    "PoolV2ScopeStatus",
    "PoolV2ScopeStatusScopeType",
    "PoolV2ScopeStatusState",
    "PoolV2Spec",
    "PoolV2SpecScopeItem",
    "PoolV2SpecType",
    "PoolV2Status",
    "PoolV2StatusPhase",
    "PoolV2UserTag",
    "PoolV2VolumeExtendParams",
    "PoolV2VolumeGroupConfig",
    "PoolV2VolumeGroupConfigTypesItem",
    "ServiceAdditionalProperties",
    "ServiceAffinity",
    "ServiceAffinityNodeInfo",
    "ServiceAffinityPoolInfo",
    "ServiceConfigBatch",
    "ServiceConfigBatchDetail",
    "ServiceConfigBatchDetailEnvs",
    "ServiceConfigBatchDetailMappingRule",
    "ServiceConfigBatchDetailSourceType",
    "ServiceConfigBatchDetailSrcType",
    "ServiceConfigBatchDetailStatus",
    "ServiceConfigBatchEnvs",
    "ServiceConfigBatchMappingRule",
    "ServiceConfigBatchSrcType",
    "ServiceConfigEdge",
    "ServiceConfigEdgeDetail",
    "ServiceConfigEdgeDetailEnvs",
    "ServiceConfigEdgeDetailSourceType",
    "ServiceConfigEdgeDetailStatus",
    "ServiceConfigEdgeEnvs",
    "ServiceConfigRealTime",
    "ServiceConfigRealTimeDetail",
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
    "ServiceLoadBalancerPolicy",
    "ServiceLogReportPipeline",
    "ServiceLogReportPipelineType",
    "ServiceLogVolume",
    "ServiceLtsConfiguration",
    "ServiceMappingType",
    "ServiceModelAdditionalProperties",
    "ServiceMonitorEdge",
    "ServiceMonitorRealTime",
    "ServiceMonitorResponse",
    "ServiceNode",
    "ServiceNodeAffinity",
    "ServiceNodeAffinityMode",
    "ServiceNodeInstanceStatus",
    "ServiceNodeState",
    "ServiceNodeStatusRequest",
    "ServiceNodeStatusRequestStatus",
    "ServicePersistentVolume",
    "ServiceSchedule",
    "ServiceScheduleTimeUnit",
    "ServiceScheduleType",
    "ServiceSecret",
    "ServiceSmnNotification",
    "ServiceSmnNotificationEventsItem",
    "ServiceSpecification",
    "ServiceSpecificationCpuInfo",
    "ServiceSpecificationGpuInfo",
    "ServiceSpecificationListResponse",
    "ServiceSpecificationMemoryInfo",
    "ServiceSpecificationNpuInfo",
    "ServiceSpecificationSourceType",
    "ServiceSpecificationSpecStatus",
    "ServiceStatus",
    "ServiceSummary",
    "ServiceTask",
    "ServiceTaskConfig",
    "ServiceTaskCreated",
    "ServiceTaskCreateRequest",
    "ServiceTaskCreateRequestConfig",
    "ServiceTaskCreateResponse",
    "ServiceTaskError",
    "ServiceTaskInput",
    "ServiceTaskInputData",
    "ServiceTaskInputDataHeaders",
    "ServiceTaskInputDataTagItem",
    "ServiceTaskInputSpec",
    "ServiceTaskInputType",
    "ServiceTaskInputVcn",
    "ServiceTaskInputVcnSpec",
    "ServiceTaskListResponse",
    "ServiceTaskOutput",
    "ServiceTaskOutputDis",
    "ServiceTaskOutputDisSpec",
    "ServiceTaskOutputObs",
    "ServiceTaskOutputObsSpec",
    "ServiceTaskOutputSpec",
    "ServiceTaskOutputWebhook",
    "ServiceTaskOutputWebhookHeaders",
    "ServiceTaskOutputWebhookSpec",
    "ServiceTaskOutputWebhookSpecHeaders",
    "ServiceTaskSchedule",
    "ServiceTaskScheduleExecutionMode",
    "ServiceTaskScheduleFrequency",
    "ServiceTaskScheduleFrequencySpec",
    "ServiceTaskSchedulePeriod",
    "ServiceTaskSchedulePeriodSpec",
    "ServiceTaskScheduleSpec",
    "ServiceTaskScheduleSpecExecutionMode",
    "ServiceTaskScheduleStatus",
    "ServiceTaskSourceUsageEstimate",
    "ServiceTaskState",
    "ServiceUpdateLog",
    "ServiceUpdateLogConfig",
    "ServiceUpdateLogConfigEnvs",
    "ServiceUpdateLogNodeResult",
    "ServiceUpdateLogNodeResultOperation",
    "ServiceUpdateLogResult",
    "ServiceUpdateLogsResponse",
    "ServiceUpdateRequest",
    "ServiceUpdateRequestStatus",
    "Supernode",
    "SupernodeList",
    "SupernodeStatus",
    "SupernodeTag",
    "SupernodeTagList",
    "SupernodeTagRequest",
    "SupernodeTagSpec",
    "SyncDevServersSortDir",
    "SyncDevServersSortKey",
    "TemporaryAccessKeyIdentity",
    "TemporaryAccessKeyIdentityMethodsItem",
    "TemporaryAccessKeyPolicy",
    "TemporaryAccessKeyPolicyVersion",
    "TemporaryAccessKeyRequest",
    "TemporaryAccessKeyRequestAuth",
    "TemporaryAccessKeyResponse",
    "TemporaryAccessKeyStatement",
    "TemporaryAccessKeyStatementCondition",
    "TemporaryAccessKeyStatementConditionAdditionalProperty",
    "TemporaryAccessKeyStatementEffect",
    "TemporaryAccessKeyToken",
    "TemporaryCredential",
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
    "TrainingEngineV2",
    "TrainingEngineV2ImageInfo",
    "TrainingEngineV2ListResponse",
    "TrainingEventV2",
    "TrainingEventV2ListResponse",
    "TrainingFlavorV2",
    "TrainingFlavorV2Attributes",
    "TrainingFlavorV2FlavorType",
    "TrainingFlavorV2Info",
    "TrainingFlavorV2ListResponse",
    "TrainingJobV2",
    "TrainingJobV2ActionRequest",
    "TrainingJobV2ActionRequestActionType",
    "TrainingJobV2AlgoConfig",
    "TrainingJobV2AlgoConfigParameter",
    "TrainingJobV2Algorithm",
    "TrainingJobV2AlgorithmEngine",
    "TrainingJobV2AlgorithmEnvironmentsItem",
    "TrainingJobV2AlgorithmInput",
    "TrainingJobV2AlgorithmOutput",
    "TrainingJobV2AlgorithmRequest",
    "TrainingJobV2AlgorithmRequestEnvironments",
    "TrainingJobV2AutoSearch",
    "TrainingJobV2AutoStop",
    "TrainingJobV2AutoStopTimeUnit",
    "TrainingJobV2Billing",
    "TrainingJobV2Cpu",
    "TrainingJobV2CreateRequest",
    "TrainingJobV2CreateRequestKind",
    "TrainingJobV2DataSource",
    "TrainingJobV2DataSourceRequest",
    "TrainingJobV2DescriptionUpdateRequest",
    "TrainingJobV2Disk",
    "TrainingJobV2Endpoints",
    "TrainingJobV2EndpointsRequest",
    "TrainingJobV2Engine",
    "TrainingJobV2FlavorDetail",
    "TrainingJobV2FlavorInfo",
    "TrainingJobV2Gpu",
    "TrainingJobV2I18NDescription",
    "TrainingJobV2Input",
    "TrainingJobV2InputDataInfo",
    "TrainingJobV2InputDataInfoRequest",
    "TrainingJobV2InputDataset",
    "TrainingJobV2InputDatasetRequest",
    "TrainingJobV2InputRequest",
    "TrainingJobV2JobSummary",
    "TrainingJobV2JobSummaryRequest",
    "TrainingJobV2JupyterLab",
    "TrainingJobV2List",
    "TrainingJobV2ListOrder",
    "TrainingJobV2LogDir",
    "TrainingJobV2LogDirRequest",
    "TrainingJobV2LogExportPath",
    "TrainingJobV2Memory",
    "TrainingJobV2Metadata",
    "TrainingJobV2MetadataAnnotations",
    "TrainingJobV2MetadataRequest",
    "TrainingJobV2MetadataRequestAnnotations",
    "TrainingJobV2MindStudioInsight",
    "TrainingJobV2Nfs",
    "TrainingJobV2Notification",
    "TrainingJobV2NotificationEventsItem",
    "TrainingJobV2Npu",
    "TrainingJobV2ObsUrl",
    "TrainingJobV2ObsUrlRequest",
    "TrainingJobV2ObsVolume",
    "TrainingJobV2Output",
    "TrainingJobV2OutputRequest",
    "TrainingJobV2Parameter",
    "TrainingJobV2ParameterConstraint",
    "TrainingJobV2PfsSummary",
    "TrainingJobV2PfsSummaryRequest",
    "TrainingJobV2PfsVolume",
    "TrainingJobV2Policies",
    "TrainingJobV2Remote",
    "TrainingJobV2RemoteConstraint",
    "TrainingJobV2RemoteConstraintAttributes",
    "TrainingJobV2RemoteRequest",
    "TrainingJobV2RequiredAffinity",
    "TrainingJobV2RequiredAffinityAffinityType",
    "TrainingJobV2Resource",
    "TrainingJobV2RewardAttr",
    "TrainingJobV2RewardAttrMode",
    "TrainingJobV2RunningRecord",
    "TrainingJobV2RunningRecordEndRecover",
    "TrainingJobV2RunningRecordEndRecoverBeforeDowngrade",
    "TrainingJobV2RunningRecordStartType",
    "TrainingJobV2SchedulePolicy",
    "TrainingJobV2SearchFilter",
    "TrainingJobV2SearchFilterOperator",
    "TrainingJobV2SearchParam",
    "TrainingJobV2SearchParamParamType",
    "TrainingJobV2SearchRequest",
    "TrainingJobV2SearchRequestOrder",
    "TrainingJobV2Spec",
    "TrainingJobV2SpecRequest",
    "TrainingJobV2SpecResourceRequest",
    "TrainingJobV2Ssh",
    "TrainingJobV2SshRequest",
    "TrainingJobV2Status",
    "TrainingJobV2StatusPhase",
    "TrainingJobV2Summary",
    "TrainingJobV2SummaryLogType",
    "TrainingJobV2SummaryRequest",
    "TrainingJobV2SummaryRequestLogType",
    "TrainingJobV2Task",
    "TrainingJobV2TaskAlgorithm",
    "TrainingJobV2TaskAlgorithmRequest",
    "TrainingJobV2TaskDisk",
    "TrainingJobV2TaskEngine",
    "TrainingJobV2TaskFlavor",
    "TrainingJobV2TaskFlavorAttributes",
    "TrainingJobV2TaskFlavorInfo",
    "TrainingJobV2TaskInputRemoteRequest",
    "TrainingJobV2TaskInputRequest",
    "TrainingJobV2TaskJobConfig",
    "TrainingJobV2TaskRequest",
    "TrainingJobV2TaskResourceRequest",
    "TrainingJobV2TaskStatus",
    "TrainingJobV2TaskUrl",
    "TrainingJobV2Tensorboard",
    "TrainingJobV2Volume",
    "TrainingJobV2VolumeRequest",
    "TrainingTaskV2LogPreviewResponse",
    "TrainingTaskV2LogUrlResponse",
    "TrainingTaskV2Metric",
    "TrainingTaskV2MetricMetric",
    "TrainingTaskV2MetricsResponse",
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
    "UpdateDatasetLabelV2LabelType",
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
