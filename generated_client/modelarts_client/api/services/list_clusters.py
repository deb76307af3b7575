from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cluster_list_response import ClusterListResponse
from ...models.cluster_status import ClusterStatus
from ...models.is_success_error import IsSuccessError
from ...models.list_clusters_order import ListClustersOrder
from ...models.list_clusters_sort_by import ListClustersSortBy
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    cluster_name: str | Unset = UNSET,
    status: ClusterStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cluster_name"] = cluster_name

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/clusters".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClusterListResponse | IsSuccessError:
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
) -> ClusterListResponse | IsSuccessError:
    if response.status_code == 200:
        response_200 = ClusterListResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClusterListResponse | IsSuccessError]:
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
    cluster_name: str | Unset = UNSET,
    status: ClusterStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> Response[ClusterListResponse | IsSuccessError]:
    """List dedicated resource pools

     Lists the dedicated resource pools (clusters) services can be deployed in, filtered, sorted and
    paged.

    Args:
        project_id (str):
        cluster_name (str | Unset):
        status (ClusterStatus | Unset): Status of a dedicated resource pool.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListClustersSortBy | Unset):  Default: ListClustersSortBy.CREATED_AT.
        order (ListClustersOrder | Unset):  Default: ListClustersOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterListResponse | IsSuccessError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cluster_name=cluster_name,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    cluster_name: str | Unset = UNSET,
    status: ClusterStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> ClusterListResponse | IsSuccessError | None:
    """List dedicated resource pools

     Lists the dedicated resource pools (clusters) services can be deployed in, filtered, sorted and
    paged.

    Args:
        project_id (str):
        cluster_name (str | Unset):
        status (ClusterStatus | Unset): Status of a dedicated resource pool.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListClustersSortBy | Unset):  Default: ListClustersSortBy.CREATED_AT.
        order (ListClustersOrder | Unset):  Default: ListClustersOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterListResponse | IsSuccessError
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        cluster_name=cluster_name,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    cluster_name: str | Unset = UNSET,
    status: ClusterStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> Response[ClusterListResponse | IsSuccessError]:
    """List dedicated resource pools

     Lists the dedicated resource pools (clusters) services can be deployed in, filtered, sorted and
    paged.

    Args:
        project_id (str):
        cluster_name (str | Unset):
        status (ClusterStatus | Unset): Status of a dedicated resource pool.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListClustersSortBy | Unset):  Default: ListClustersSortBy.CREATED_AT.
        order (ListClustersOrder | Unset):  Default: ListClustersOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClusterListResponse | IsSuccessError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        cluster_name=cluster_name,
        status=status,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    cluster_name: str | Unset = UNSET,
    status: ClusterStatus | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListClustersSortBy | Unset = ListClustersSortBy.CREATED_AT,
    order: ListClustersOrder | Unset = ListClustersOrder.DESC,
) -> ClusterListResponse | IsSuccessError | None:
    """List dedicated resource pools

     Lists the dedicated resource pools (clusters) services can be deployed in, filtered, sorted and
    paged.

    Args:
        project_id (str):
        cluster_name (str | Unset):
        status (ClusterStatus | Unset): Status of a dedicated resource pool.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListClustersSortBy | Unset):  Default: ListClustersSortBy.CREATED_AT.
        order (ListClustersOrder | Unset):  Default: ListClustersOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClusterListResponse | IsSuccessError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            cluster_name=cluster_name,
            status=status,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
        )
    ).parsed
