from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_server_operation import DevServerOperation
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    server_id: str,
    volume_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/{project_id}/dev-servers/{server_id}/detachvolume/{volume_id}".format(
            project_id=quote(str(project_id), safe=""),
            server_id=quote(str(server_id), safe=""),
            volume_id=quote(str(volume_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevServerOperation | ErrorMsg:
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
) -> DevServerOperation | ErrorMsg:
    if response.status_code == 200:
        response_200 = DevServerOperation.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevServerOperation | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    server_id: str,
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DevServerOperation | ErrorMsg]:
    """Detach a disk from a Lite Server

     Detaches a disk attached to a running or stopped Lite Server; the disk is kept and can be attached
    elsewhere. The detachment runs asynchronously: the answer carries an operation ID to follow with
    `get_dev_server_operation`.

    Args:
        project_id (str):
        server_id (str):
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerOperation | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_id=server_id,
        volume_id=volume_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    server_id: str,
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DevServerOperation | ErrorMsg | None:
    """Detach a disk from a Lite Server

     Detaches a disk attached to a running or stopped Lite Server; the disk is kept and can be attached
    elsewhere. The detachment runs asynchronously: the answer carries an operation ID to follow with
    `get_dev_server_operation`.

    Args:
        project_id (str):
        server_id (str):
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerOperation | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        server_id=server_id,
        volume_id=volume_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    server_id: str,
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DevServerOperation | ErrorMsg]:
    """Detach a disk from a Lite Server

     Detaches a disk attached to a running or stopped Lite Server; the disk is kept and can be attached
    elsewhere. The detachment runs asynchronously: the answer carries an operation ID to follow with
    `get_dev_server_operation`.

    Args:
        project_id (str):
        server_id (str):
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerOperation | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_id=server_id,
        volume_id=volume_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    server_id: str,
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DevServerOperation | ErrorMsg | None:
    """Detach a disk from a Lite Server

     Detaches a disk attached to a running or stopped Lite Server; the disk is kept and can be attached
    elsewhere. The detachment runs asynchronously: the answer carries an operation ID to follow with
    `get_dev_server_operation`.

    Args:
        project_id (str):
        server_id (str):
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerOperation | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            server_id=server_id,
            volume_id=volume_id,
            client=client,
        )
    ).parsed
