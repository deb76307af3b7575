from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_server import DevServer
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    server_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/dev-servers/{server_id}".format(
            project_id=quote(str(project_id), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevServer | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevServer | ErrorMsg:
    if response.status_code == 200:
        response_200 = DevServer.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevServer | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DevServer | ErrorMsg]:
    """Get a Lite Server

     Returns one Lite Server instance with its status, flavor, image, network addresses, disks and, for a
    supernode member, the supernode it belongs to.

    Args:
        project_id (str):
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServer | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_id=server_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DevServer | ErrorMsg | None:
    """Get a Lite Server

     Returns one Lite Server instance with its status, flavor, image, network addresses, disks and, for a
    supernode member, the supernode it belongs to.

    Args:
        project_id (str):
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServer | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        server_id=server_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DevServer | ErrorMsg]:
    """Get a Lite Server

     Returns one Lite Server instance with its status, flavor, image, network addresses, disks and, for a
    supernode member, the supernode it belongs to.

    Args:
        project_id (str):
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServer | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_id=server_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DevServer | ErrorMsg | None:
    """Get a Lite Server

     Returns one Lite Server instance with its status, flavor, image, network addresses, disks and, for a
    supernode member, the supernode it belongs to.

    Args:
        project_id (str):
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServer | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            server_id=server_id,
            client=client,
        )
    ).parsed
