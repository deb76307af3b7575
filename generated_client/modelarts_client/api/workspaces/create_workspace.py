from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.workspace_create_request import WorkspaceCreateRequest
from ...models.workspace_info import WorkspaceInfo
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    body: WorkspaceCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/workspaces".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | WorkspaceInfo:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | WorkspaceInfo:
    if response.status_code == 200:
        response_200 = WorkspaceInfo.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | WorkspaceInfo]:
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
    body: WorkspaceCreateRequest,
) -> Response[ErrorMsg | WorkspaceInfo]:
    """Create a workspace

     Creates a workspace, optionally bound to an enterprise project and shared with chosen IAM users.

    Args:
        project_id (str):
        body (WorkspaceCreateRequest): Body of a workspace creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | WorkspaceInfo]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceCreateRequest,
) -> ErrorMsg | WorkspaceInfo | None:
    """Create a workspace

     Creates a workspace, optionally bound to an enterprise project and shared with chosen IAM users.

    Args:
        project_id (str):
        body (WorkspaceCreateRequest): Body of a workspace creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | WorkspaceInfo
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceCreateRequest,
) -> Response[ErrorMsg | WorkspaceInfo]:
    """Create a workspace

     Creates a workspace, optionally bound to an enterprise project and shared with chosen IAM users.

    Args:
        project_id (str):
        body (WorkspaceCreateRequest): Body of a workspace creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | WorkspaceInfo]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceCreateRequest,
) -> ErrorMsg | WorkspaceInfo | None:
    """Create a workspace

     Creates a workspace, optionally bound to an enterprise project and shared with chosen IAM users.

    Args:
        project_id (str):
        body (WorkspaceCreateRequest): Body of a workspace creation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | WorkspaceInfo
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
