from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_env_instance_list import DevEnvInstanceList
from ...models.dev_env_instance_status import DevEnvInstanceStatus
from ...models.error_msg import ErrorMsg
from ...models.list_devenv_instances_order import ListDevenvInstancesOrder
from ...models.list_devenv_instances_sortby import ListDevenvInstancesSortby
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    de_type: str,
    provision_type: str | Unset = UNSET,
    status: DevEnvInstanceStatus | Unset = UNSET,
    sortby: ListDevenvInstancesSortby | Unset = ListDevenvInstancesSortby.NAME,
    order: ListDevenvInstancesOrder | Unset = ListDevenvInstancesOrder.ASC,
    offset: int | Unset = 0,
    limit: int | Unset = 0,
    workspace_id: str | Unset = "0",
    ai_project: str | Unset = UNSET,
    pool_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["de_type"] = de_type

    params["provision_type"] = provision_type

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_sortby: str | Unset = UNSET
    if not isinstance(sortby, Unset):
        json_sortby = sortby.value

    params["sortby"] = json_sortby

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["offset"] = offset

    params["limit"] = limit

    params["workspace_id"] = workspace_id

    params["ai_project"] = ai_project

    params["pool_id"] = pool_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/demanager/instances".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevEnvInstanceList | ErrorMsg:
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
) -> DevEnvInstanceList | ErrorMsg:
    if response.status_code == 200:
        response_200 = DevEnvInstanceList.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevEnvInstanceList | ErrorMsg]:
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
    de_type: str,
    provision_type: str | Unset = UNSET,
    status: DevEnvInstanceStatus | Unset = UNSET,
    sortby: ListDevenvInstancesSortby | Unset = ListDevenvInstancesSortby.NAME,
    order: ListDevenvInstancesOrder | Unset = ListDevenvInstancesOrder.ASC,
    offset: int | Unset = 0,
    limit: int | Unset = 0,
    workspace_id: str | Unset = "0",
    ai_project: str | Unset = UNSET,
    pool_id: str | Unset = UNSET,
) -> Response[DevEnvInstanceList | ErrorMsg]:
    """List development environment instances

     Lists the instances matching the filters. `offset` skips that many records and `limit`
    caps how many are returned; `limit` 0 (the default) returns all of them.

    Args:
        project_id (str):
        de_type (str):
        provision_type (str | Unset):
        status (DevEnvInstanceStatus | Unset): Instance status. CREATE_QUEUING / START_QUEUING:
            waiting for free resources to create /
            start; CREATING, CREATE_FAILED; READY_TO_START: free resources waiting to be started;
            STARTING, RESTARTING, START_FAILED, RUNNING, STOPPING, STOPPED; UNAVAILABLE; DELETED;
            RESIZING / RESIZE_FAILED: flavor change in progress / failed.
        sortby (ListDevenvInstancesSortby | Unset):  Default: ListDevenvInstancesSortby.NAME.
        order (ListDevenvInstancesOrder | Unset):  Default: ListDevenvInstancesOrder.ASC.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 0.
        workspace_id (str | Unset):  Default: '0'.
        ai_project (str | Unset):
        pool_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevEnvInstanceList | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        de_type=de_type,
        provision_type=provision_type,
        status=status,
        sortby=sortby,
        order=order,
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
        ai_project=ai_project,
        pool_id=pool_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    de_type: str,
    provision_type: str | Unset = UNSET,
    status: DevEnvInstanceStatus | Unset = UNSET,
    sortby: ListDevenvInstancesSortby | Unset = ListDevenvInstancesSortby.NAME,
    order: ListDevenvInstancesOrder | Unset = ListDevenvInstancesOrder.ASC,
    offset: int | Unset = 0,
    limit: int | Unset = 0,
    workspace_id: str | Unset = "0",
    ai_project: str | Unset = UNSET,
    pool_id: str | Unset = UNSET,
) -> DevEnvInstanceList | ErrorMsg | None:
    """List development environment instances

     Lists the instances matching the filters. `offset` skips that many records and `limit`
    caps how many are returned; `limit` 0 (the default) returns all of them.

    Args:
        project_id (str):
        de_type (str):
        provision_type (str | Unset):
        status (DevEnvInstanceStatus | Unset): Instance status. CREATE_QUEUING / START_QUEUING:
            waiting for free resources to create /
            start; CREATING, CREATE_FAILED; READY_TO_START: free resources waiting to be started;
            STARTING, RESTARTING, START_FAILED, RUNNING, STOPPING, STOPPED; UNAVAILABLE; DELETED;
            RESIZING / RESIZE_FAILED: flavor change in progress / failed.
        sortby (ListDevenvInstancesSortby | Unset):  Default: ListDevenvInstancesSortby.NAME.
        order (ListDevenvInstancesOrder | Unset):  Default: ListDevenvInstancesOrder.ASC.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 0.
        workspace_id (str | Unset):  Default: '0'.
        ai_project (str | Unset):
        pool_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevEnvInstanceList | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        de_type=de_type,
        provision_type=provision_type,
        status=status,
        sortby=sortby,
        order=order,
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
        ai_project=ai_project,
        pool_id=pool_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    de_type: str,
    provision_type: str | Unset = UNSET,
    status: DevEnvInstanceStatus | Unset = UNSET,
    sortby: ListDevenvInstancesSortby | Unset = ListDevenvInstancesSortby.NAME,
    order: ListDevenvInstancesOrder | Unset = ListDevenvInstancesOrder.ASC,
    offset: int | Unset = 0,
    limit: int | Unset = 0,
    workspace_id: str | Unset = "0",
    ai_project: str | Unset = UNSET,
    pool_id: str | Unset = UNSET,
) -> Response[DevEnvInstanceList | ErrorMsg]:
    """List development environment instances

     Lists the instances matching the filters. `offset` skips that many records and `limit`
    caps how many are returned; `limit` 0 (the default) returns all of them.

    Args:
        project_id (str):
        de_type (str):
        provision_type (str | Unset):
        status (DevEnvInstanceStatus | Unset): Instance status. CREATE_QUEUING / START_QUEUING:
            waiting for free resources to create /
            start; CREATING, CREATE_FAILED; READY_TO_START: free resources waiting to be started;
            STARTING, RESTARTING, START_FAILED, RUNNING, STOPPING, STOPPED; UNAVAILABLE; DELETED;
            RESIZING / RESIZE_FAILED: flavor change in progress / failed.
        sortby (ListDevenvInstancesSortby | Unset):  Default: ListDevenvInstancesSortby.NAME.
        order (ListDevenvInstancesOrder | Unset):  Default: ListDevenvInstancesOrder.ASC.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 0.
        workspace_id (str | Unset):  Default: '0'.
        ai_project (str | Unset):
        pool_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevEnvInstanceList | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        de_type=de_type,
        provision_type=provision_type,
        status=status,
        sortby=sortby,
        order=order,
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
        ai_project=ai_project,
        pool_id=pool_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    de_type: str,
    provision_type: str | Unset = UNSET,
    status: DevEnvInstanceStatus | Unset = UNSET,
    sortby: ListDevenvInstancesSortby | Unset = ListDevenvInstancesSortby.NAME,
    order: ListDevenvInstancesOrder | Unset = ListDevenvInstancesOrder.ASC,
    offset: int | Unset = 0,
    limit: int | Unset = 0,
    workspace_id: str | Unset = "0",
    ai_project: str | Unset = UNSET,
    pool_id: str | Unset = UNSET,
) -> DevEnvInstanceList | ErrorMsg | None:
    """List development environment instances

     Lists the instances matching the filters. `offset` skips that many records and `limit`
    caps how many are returned; `limit` 0 (the default) returns all of them.

    Args:
        project_id (str):
        de_type (str):
        provision_type (str | Unset):
        status (DevEnvInstanceStatus | Unset): Instance status. CREATE_QUEUING / START_QUEUING:
            waiting for free resources to create /
            start; CREATING, CREATE_FAILED; READY_TO_START: free resources waiting to be started;
            STARTING, RESTARTING, START_FAILED, RUNNING, STOPPING, STOPPED; UNAVAILABLE; DELETED;
            RESIZING / RESIZE_FAILED: flavor change in progress / failed.
        sortby (ListDevenvInstancesSortby | Unset):  Default: ListDevenvInstancesSortby.NAME.
        order (ListDevenvInstancesOrder | Unset):  Default: ListDevenvInstancesOrder.ASC.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 0.
        workspace_id (str | Unset):  Default: '0'.
        ai_project (str | Unset):
        pool_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevEnvInstanceList | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            de_type=de_type,
            provision_type=provision_type,
            status=status,
            sortby=sortby,
            order=order,
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
            ai_project=ai_project,
            pool_id=pool_id,
        )
    ).parsed
