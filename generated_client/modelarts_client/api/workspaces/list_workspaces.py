from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.list_workspaces_order import ListWorkspacesOrder
from ...models.list_workspaces_sort_by import ListWorkspacesSortBy
from ...models.workspace_list_response import WorkspaceListResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListWorkspacesSortBy | Unset = ListWorkspacesSortBy.NAME,
    order: ListWorkspacesOrder | Unset = ListWorkspacesOrder.DESC,
    enterprise_project_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    filter_accessible: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params["enterprise_project_id"] = enterprise_project_id

    params["name"] = name

    params["filter_accessible"] = filter_accessible

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/workspaces".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMsg | WorkspaceListResponse:
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
) -> ErrorMsg | WorkspaceListResponse:
    if response.status_code == 200:
        response_200 = WorkspaceListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | WorkspaceListResponse]:
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
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListWorkspacesSortBy | Unset = ListWorkspacesSortBy.NAME,
    order: ListWorkspacesOrder | Unset = ListWorkspacesOrder.DESC,
    enterprise_project_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    filter_accessible: bool | Unset = False,
) -> Response[ErrorMsg | WorkspaceListResponse]:
    """List workspaces

     Lists workspaces with their details, one page at a time. `offset` is the index of the
    start page (not of a record) and `limit` the number of workspaces per page.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListWorkspacesSortBy | Unset):  Default: ListWorkspacesSortBy.NAME.
        order (ListWorkspacesOrder | Unset):  Default: ListWorkspacesOrder.DESC.
        enterprise_project_id (str | Unset):
        name (str | Unset):
        filter_accessible (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | WorkspaceListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        enterprise_project_id=enterprise_project_id,
        name=name,
        filter_accessible=filter_accessible,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListWorkspacesSortBy | Unset = ListWorkspacesSortBy.NAME,
    order: ListWorkspacesOrder | Unset = ListWorkspacesOrder.DESC,
    enterprise_project_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    filter_accessible: bool | Unset = False,
) -> ErrorMsg | WorkspaceListResponse | None:
    """List workspaces

     Lists workspaces with their details, one page at a time. `offset` is the index of the
    start page (not of a record) and `limit` the number of workspaces per page.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListWorkspacesSortBy | Unset):  Default: ListWorkspacesSortBy.NAME.
        order (ListWorkspacesOrder | Unset):  Default: ListWorkspacesOrder.DESC.
        enterprise_project_id (str | Unset):
        name (str | Unset):
        filter_accessible (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | WorkspaceListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        enterprise_project_id=enterprise_project_id,
        name=name,
        filter_accessible=filter_accessible,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListWorkspacesSortBy | Unset = ListWorkspacesSortBy.NAME,
    order: ListWorkspacesOrder | Unset = ListWorkspacesOrder.DESC,
    enterprise_project_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    filter_accessible: bool | Unset = False,
) -> Response[ErrorMsg | WorkspaceListResponse]:
    """List workspaces

     Lists workspaces with their details, one page at a time. `offset` is the index of the
    start page (not of a record) and `limit` the number of workspaces per page.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListWorkspacesSortBy | Unset):  Default: ListWorkspacesSortBy.NAME.
        order (ListWorkspacesOrder | Unset):  Default: ListWorkspacesOrder.DESC.
        enterprise_project_id (str | Unset):
        name (str | Unset):
        filter_accessible (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | WorkspaceListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        enterprise_project_id=enterprise_project_id,
        name=name,
        filter_accessible=filter_accessible,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListWorkspacesSortBy | Unset = ListWorkspacesSortBy.NAME,
    order: ListWorkspacesOrder | Unset = ListWorkspacesOrder.DESC,
    enterprise_project_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    filter_accessible: bool | Unset = False,
) -> ErrorMsg | WorkspaceListResponse | None:
    """List workspaces

     Lists workspaces with their details, one page at a time. `offset` is the index of the
    start page (not of a record) and `limit` the number of workspaces per page.

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListWorkspacesSortBy | Unset):  Default: ListWorkspacesSortBy.NAME.
        order (ListWorkspacesOrder | Unset):  Default: ListWorkspacesOrder.DESC.
        enterprise_project_id (str | Unset):
        name (str | Unset):
        filter_accessible (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | WorkspaceListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            enterprise_project_id=enterprise_project_id,
            name=name,
            filter_accessible=filter_accessible,
        )
    ).parsed
