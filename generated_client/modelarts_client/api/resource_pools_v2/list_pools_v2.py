from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.list_pools_v2_status import ListPoolsV2Status
from ...models.pool_v2_list import PoolV2List
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    workspace_id: str | Unset = "0",
    label_selector: str | Unset = UNSET,
    status: ListPoolsV2Status | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["workspaceId"] = workspace_id

    params["labelSelector"] = label_selector

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["parent"] = parent

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | PoolV2List:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | PoolV2List:
    if response.status_code == 200:
        response_200 = PoolV2List.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | PoolV2List]:
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
    workspace_id: str | Unset = "0",
    label_selector: str | Unset = UNSET,
    status: ListPoolsV2Status | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> Response[ErrorMsg | PoolV2List]:
    """List resource pools

     Lists the dedicated resource pools of the project, optionally filtered by workspace, label, status
    or parent pool. The answer is not paged.

    Args:
        project_id (str):
        workspace_id (str | Unset):  Default: '0'.
        label_selector (str | Unset):
        status (ListPoolsV2Status | Unset):
        parent (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | PoolV2List]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        workspace_id=workspace_id,
        label_selector=label_selector,
        status=status,
        parent=parent,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = "0",
    label_selector: str | Unset = UNSET,
    status: ListPoolsV2Status | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> ErrorMsg | PoolV2List | None:
    """List resource pools

     Lists the dedicated resource pools of the project, optionally filtered by workspace, label, status
    or parent pool. The answer is not paged.

    Args:
        project_id (str):
        workspace_id (str | Unset):  Default: '0'.
        label_selector (str | Unset):
        status (ListPoolsV2Status | Unset):
        parent (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | PoolV2List
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        workspace_id=workspace_id,
        label_selector=label_selector,
        status=status,
        parent=parent,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = "0",
    label_selector: str | Unset = UNSET,
    status: ListPoolsV2Status | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> Response[ErrorMsg | PoolV2List]:
    """List resource pools

     Lists the dedicated resource pools of the project, optionally filtered by workspace, label, status
    or parent pool. The answer is not paged.

    Args:
        project_id (str):
        workspace_id (str | Unset):  Default: '0'.
        label_selector (str | Unset):
        status (ListPoolsV2Status | Unset):
        parent (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | PoolV2List]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        workspace_id=workspace_id,
        label_selector=label_selector,
        status=status,
        parent=parent,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str | Unset = "0",
    label_selector: str | Unset = UNSET,
    status: ListPoolsV2Status | Unset = UNSET,
    parent: str | Unset = UNSET,
) -> ErrorMsg | PoolV2List | None:
    """List resource pools

     Lists the dedicated resource pools of the project, optionally filtered by workspace, label, status
    or parent pool. The answer is not paged.

    Args:
        project_id (str):
        workspace_id (str | Unset):  Default: '0'.
        label_selector (str | Unset):
        status (ListPoolsV2Status | Unset):
        parent (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | PoolV2List
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            workspace_id=workspace_id,
            label_selector=label_selector,
            status=status,
            parent=parent,
        )
    ).parsed
