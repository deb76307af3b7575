from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.list_services_order import ListServicesOrder
from ...models.list_services_sort_by import ListServicesSortBy
from ...models.service_infer_type import ServiceInferType
from ...models.service_list_response import ServiceListResponse
from ...models.service_status import ServiceStatus
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ServiceStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListServicesSortBy | Unset = ListServicesSortBy.PUBLISH_AT,
    order: ListServicesOrder | Unset = ListServicesOrder.DESC,
    tags: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["service_id"] = service_id

    params["service_name"] = service_name

    params["model_id"] = model_id

    params["workspace_id"] = workspace_id

    json_infer_type: str | Unset = UNSET
    if not isinstance(infer_type, Unset):
        json_infer_type = infer_type.value

    params["infer_type"] = json_infer_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["offset"] = offset

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["tags"] = tags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | ServiceListResponse:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | ServiceListResponse:
    if response.status_code == 200:
        response_200 = ServiceListResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | ServiceListResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ServiceStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListServicesSortBy | Unset = ListServicesSortBy.PUBLISH_AT,
    order: ListServicesOrder | Unset = ListServicesOrder.DESC,
    tags: str | Unset = UNSET,
) -> Response[IsSuccessError | ServiceListResponse]:
    """List services

     Lists the model services of the project, filtered, sorted and paged.

    Args:
        project_id (str):
        service_id (str | Unset):
        service_name (str | Unset):
        model_id (str | Unset):
        workspace_id (str | Unset):
        infer_type (ServiceInferType | Unset): Inference mode: `real-time` (long-running service),
            `batch` (runs its tasks, then stops by itself), `edge` (deployed on Intelligent EdgeFabric
            nodes created beforehand).
        status (ServiceStatus | Unset): Service status. `running`: healthy; `deploying`: being
            deployed or waiting for resources; `concerning`: some backend instances are unhealthy;
            `failed`: deployment failed (see the events and logs); `stopped`: stopped; `finished`: a
            batch service that has completed its run (batch only); `stopping`: being stopped;
            `deleting`: being deleted; `pending`: pending (real-time only); `waiting`: queued for
            resources (real-time only). The last four were added by the current edition.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListServicesSortBy | Unset):  Default: ListServicesSortBy.PUBLISH_AT.
        order (ListServicesOrder | Unset):  Default: ListServicesOrder.DESC.
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        service_name=service_name,
        model_id=model_id,
        workspace_id=workspace_id,
        infer_type=infer_type,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        tags=tags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ServiceStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListServicesSortBy | Unset = ListServicesSortBy.PUBLISH_AT,
    order: ListServicesOrder | Unset = ListServicesOrder.DESC,
    tags: str | Unset = UNSET,
) -> IsSuccessError | ServiceListResponse | None:
    """List services

     Lists the model services of the project, filtered, sorted and paged.

    Args:
        project_id (str):
        service_id (str | Unset):
        service_name (str | Unset):
        model_id (str | Unset):
        workspace_id (str | Unset):
        infer_type (ServiceInferType | Unset): Inference mode: `real-time` (long-running service),
            `batch` (runs its tasks, then stops by itself), `edge` (deployed on Intelligent EdgeFabric
            nodes created beforehand).
        status (ServiceStatus | Unset): Service status. `running`: healthy; `deploying`: being
            deployed or waiting for resources; `concerning`: some backend instances are unhealthy;
            `failed`: deployment failed (see the events and logs); `stopped`: stopped; `finished`: a
            batch service that has completed its run (batch only); `stopping`: being stopped;
            `deleting`: being deleted; `pending`: pending (real-time only); `waiting`: queued for
            resources (real-time only). The last four were added by the current edition.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListServicesSortBy | Unset):  Default: ListServicesSortBy.PUBLISH_AT.
        order (ListServicesOrder | Unset):  Default: ListServicesOrder.DESC.
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        service_id=service_id,
        service_name=service_name,
        model_id=model_id,
        workspace_id=workspace_id,
        infer_type=infer_type,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        tags=tags,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ServiceStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListServicesSortBy | Unset = ListServicesSortBy.PUBLISH_AT,
    order: ListServicesOrder | Unset = ListServicesOrder.DESC,
    tags: str | Unset = UNSET,
) -> Response[IsSuccessError | ServiceListResponse]:
    """List services

     Lists the model services of the project, filtered, sorted and paged.

    Args:
        project_id (str):
        service_id (str | Unset):
        service_name (str | Unset):
        model_id (str | Unset):
        workspace_id (str | Unset):
        infer_type (ServiceInferType | Unset): Inference mode: `real-time` (long-running service),
            `batch` (runs its tasks, then stops by itself), `edge` (deployed on Intelligent EdgeFabric
            nodes created beforehand).
        status (ServiceStatus | Unset): Service status. `running`: healthy; `deploying`: being
            deployed or waiting for resources; `concerning`: some backend instances are unhealthy;
            `failed`: deployment failed (see the events and logs); `stopped`: stopped; `finished`: a
            batch service that has completed its run (batch only); `stopping`: being stopped;
            `deleting`: being deleted; `pending`: pending (real-time only); `waiting`: queued for
            resources (real-time only). The last four were added by the current edition.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListServicesSortBy | Unset):  Default: ListServicesSortBy.PUBLISH_AT.
        order (ListServicesOrder | Unset):  Default: ListServicesOrder.DESC.
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        service_name=service_name,
        model_id=model_id,
        workspace_id=workspace_id,
        infer_type=infer_type,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        tags=tags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    service_id: str | Unset = UNSET,
    service_name: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
    infer_type: ServiceInferType | Unset = UNSET,
    status: ServiceStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListServicesSortBy | Unset = ListServicesSortBy.PUBLISH_AT,
    order: ListServicesOrder | Unset = ListServicesOrder.DESC,
    tags: str | Unset = UNSET,
) -> IsSuccessError | ServiceListResponse | None:
    """List services

     Lists the model services of the project, filtered, sorted and paged.

    Args:
        project_id (str):
        service_id (str | Unset):
        service_name (str | Unset):
        model_id (str | Unset):
        workspace_id (str | Unset):
        infer_type (ServiceInferType | Unset): Inference mode: `real-time` (long-running service),
            `batch` (runs its tasks, then stops by itself), `edge` (deployed on Intelligent EdgeFabric
            nodes created beforehand).
        status (ServiceStatus | Unset): Service status. `running`: healthy; `deploying`: being
            deployed or waiting for resources; `concerning`: some backend instances are unhealthy;
            `failed`: deployment failed (see the events and logs); `stopped`: stopped; `finished`: a
            batch service that has completed its run (batch only); `stopping`: being stopped;
            `deleting`: being deleted; `pending`: pending (real-time only); `waiting`: queued for
            resources (real-time only). The last four were added by the current edition.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListServicesSortBy | Unset):  Default: ListServicesSortBy.PUBLISH_AT.
        order (ListServicesOrder | Unset):  Default: ListServicesOrder.DESC.
        tags (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            service_id=service_id,
            service_name=service_name,
            model_id=model_id,
            workspace_id=workspace_id,
            infer_type=infer_type,
            status=status,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            tags=tags,
        )
    ).parsed
