from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.workspace_quotas_response import WorkspaceQuotasResponse
from ...models.workspace_quotas_update_request import WorkspaceQuotasUpdateRequest
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    workspace_id: str,
    *,
    body: WorkspaceQuotasUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/workspaces/{workspace_id}/quotas".format(
            project_id=quote(str(project_id), safe=""),
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMsg | WorkspaceQuotasResponse:
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
) -> ErrorMsg | WorkspaceQuotasResponse:
    if response.status_code == 200:
        response_200 = WorkspaceQuotasResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | WorkspaceQuotasResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceQuotasUpdateRequest,
) -> Response[ErrorMsg | WorkspaceQuotasResponse]:
    """Modify workspace quotas

     Sets new limits for some resource quotas of a workspace. Send only the quotas to change;
    the answer carries the updated state of those quotas.

    Args:
        project_id (str):
        workspace_id (str):
        body (WorkspaceQuotasUpdateRequest): Body of a quota modification; list only the quotas to
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | WorkspaceQuotasResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceQuotasUpdateRequest,
) -> ErrorMsg | WorkspaceQuotasResponse | None:
    """Modify workspace quotas

     Sets new limits for some resource quotas of a workspace. Send only the quotas to change;
    the answer carries the updated state of those quotas.

    Args:
        project_id (str):
        workspace_id (str):
        body (WorkspaceQuotasUpdateRequest): Body of a quota modification; list only the quotas to
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | WorkspaceQuotasResponse
    """

    return sync_detailed(
        project_id=project_id,
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceQuotasUpdateRequest,
) -> Response[ErrorMsg | WorkspaceQuotasResponse]:
    """Modify workspace quotas

     Sets new limits for some resource quotas of a workspace. Send only the quotas to change;
    the answer carries the updated state of those quotas.

    Args:
        project_id (str):
        workspace_id (str):
        body (WorkspaceQuotasUpdateRequest): Body of a quota modification; list only the quotas to
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | WorkspaceQuotasResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkspaceQuotasUpdateRequest,
) -> ErrorMsg | WorkspaceQuotasResponse | None:
    """Modify workspace quotas

     Sets new limits for some resource quotas of a workspace. Send only the quotas to change;
    the answer carries the updated state of those quotas.

    Args:
        project_id (str):
        workspace_id (str):
        body (WorkspaceQuotasUpdateRequest): Body of a quota modification; list only the quotas to
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | WorkspaceQuotasResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
