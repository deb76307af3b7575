"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dev_env_action_request import DevEnvActionRequest
    from .dev_env_action_request_action import DevEnvActionRequestAction
    from .dev_env_action_response import DevEnvActionResponse
    from .dev_env_ai_project import DevEnvAiProject
    from .dev_env_auto_stop import DevEnvAutoStop
    from .dev_env_auto_stop_info import DevEnvAutoStopInfo
    from .dev_env_create_instance_request import DevEnvCreateInstanceRequest
    from .dev_env_create_instance_request_profile_id import DevEnvCreateInstanceRequestProfileId
    from .dev_env_delete_instance_response import DevEnvDeleteInstanceResponse
    from .dev_env_docker_annotations import DevEnvDockerAnnotations
    from .dev_env_docker_params import DevEnvDockerParams
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
    from .dev_env_pool import DevEnvPool
    from .dev_env_pool_owner import DevEnvPoolOwner
    from .dev_env_profile import DevEnvProfile
    from .dev_env_profile_labels import DevEnvProfileLabels
    from .dev_env_provision import DevEnvProvision
    from .dev_env_provision_annotations import DevEnvProvisionAnnotations
    from .dev_env_provision_spec import DevEnvProvisionSpec
    from .dev_env_queuing_info import DevEnvQueuingInfo
    from .dev_env_repository import DevEnvRepository
    from .dev_env_storage import DevEnvStorage
    from .dev_env_storage_info import DevEnvStorageInfo
    from .dev_env_storage_info_type import DevEnvStorageInfoType
    from .dev_env_storage_location import DevEnvStorageLocation
    from .dev_env_storage_location_info import DevEnvStorageLocationInfo
    from .dev_env_storage_type import DevEnvStorageType
    from .dev_env_update_instance_request import DevEnvUpdateInstanceRequest
    from .dev_env_update_spec import DevEnvUpdateSpec
    from .dev_env_user import DevEnvUser
    from .dev_env_workspace import DevEnvWorkspace
    from .error_msg import ErrorMsg
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
    from .list_devenv_instances_order import ListDevenvInstancesOrder
    from .list_devenv_instances_sortby import ListDevenvInstancesSortby
    from .operation_result import OperationResult

_MODULES = {
    "DevEnvActionRequest": ".dev_env_action_request",
    "DevEnvActionRequestAction": ".dev_env_action_request_action",
    "DevEnvActionResponse": ".dev_env_action_response",
    "DevEnvAiProject": ".dev_env_ai_project",
    "DevEnvAutoStop": ".dev_env_auto_stop",
    "DevEnvAutoStopInfo": ".dev_env_auto_stop_info",
    "DevEnvCreateInstanceRequest": ".dev_env_create_instance_request",
    "DevEnvCreateInstanceRequestProfileId": ".dev_env_create_instance_request_profile_id",
    "DevEnvDeleteInstanceResponse": ".dev_env_delete_instance_response",
    "DevEnvDockerAnnotations": ".dev_env_docker_annotations",
    "DevEnvDockerParams": ".dev_env_docker_params",
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
    "DevEnvPool": ".dev_env_pool",
    "DevEnvPoolOwner": ".dev_env_pool_owner",
    "DevEnvProfile": ".dev_env_profile",
    "DevEnvProfileLabels": ".dev_env_profile_labels",
    "DevEnvProvision": ".dev_env_provision",
    "DevEnvProvisionAnnotations": ".dev_env_provision_annotations",
    "DevEnvProvisionSpec": ".dev_env_provision_spec",
    "DevEnvQueuingInfo": ".dev_env_queuing_info",
    "DevEnvRepository": ".dev_env_repository",
    "DevEnvStorage": ".dev_env_storage",
    "DevEnvStorageInfo": ".dev_env_storage_info",
    "DevEnvStorageInfoType": ".dev_env_storage_info_type",
    "DevEnvStorageLocation": ".dev_env_storage_location",
    "DevEnvStorageLocationInfo": ".dev_env_storage_location_info",
    "DevEnvStorageType": ".dev_env_storage_type",
    "DevEnvUpdateInstanceRequest": ".dev_env_update_instance_request",
    "DevEnvUpdateSpec": ".dev_env_update_spec",
    "DevEnvUser": ".dev_env_user",
    "DevEnvWorkspace": ".dev_env_workspace",
    "ErrorMsg": ".error_msg",
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
    "ListDevenvInstancesOrder": ".list_devenv_instances_order",
    "ListDevenvInstancesSortby": ".list_devenv_instances_sortby",
    "OperationResult": ".operation_result",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "DevEnvActionRequest",
    "DevEnvActionRequestAction",
    "DevEnvActionResponse",
    "DevEnvAiProject",
    "DevEnvAutoStop",
    "DevEnvAutoStopInfo",
    "DevEnvCreateInstanceRequest",
    "DevEnvCreateInstanceRequestProfileId",
    "DevEnvDeleteInstanceResponse",
    "DevEnvDockerAnnotations",
    "DevEnvDockerParams",
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
    "DevEnvPool",
    "DevEnvPoolOwner",
    "DevEnvProfile",
    "DevEnvProfileLabels",
    "DevEnvProvision",
    "DevEnvProvisionAnnotations",
    "DevEnvProvisionSpec",
    "DevEnvQueuingInfo",
    "DevEnvRepository",
    "DevEnvStorage",
    "DevEnvStorageInfo",
    "DevEnvStorageInfoType",
    "DevEnvStorageLocation",
    "DevEnvStorageLocationInfo",
    "DevEnvStorageType",
    "DevEnvUpdateInstanceRequest",
    "DevEnvUpdateSpec",
    "DevEnvUser",
    "DevEnvWorkspace",
    "ErrorMsg",
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
    "ListDevenvInstancesOrder",
    "ListDevenvInstancesSortby",
    "OperationResult",
)
