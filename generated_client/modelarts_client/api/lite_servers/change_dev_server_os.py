from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_server import DevServer
from ...models.dev_server_change_os_request import DevServerChangeOsRequest
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    server_id: str,
    *,
    body: DevServerChangeOsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/dev-servers/{server_id}/changeos".format(
            project_id=quote(str(project_id), safe=""),
            server_id=quote(str(server_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: DevServerChangeOsRequest,
) -> Response[DevServer | ErrorMsg]:
    """Change the OS image of a Lite Server

     Replaces the operating system of a stopped Lite Server with another image (`image_id`, from
    `list_dev_server_images`) and answers the server. While it runs the status is CHANGINGOS; the server
    ends RUNNING, or CHANGINGOS_FAILED. Give either a key pair or a password for the new system
    (supernode servers take a key pair only).

    Args:
        project_id (str):
        server_id (str):
        body (DevServerChangeOsRequest): Body of `change_dev_server_os`: the image to switch to,
            how to log in to the new system, and optionally boot-time user data. Exactly one of
            `admin_pass` and `key_pair_name` is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServer | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_id=server_id,
        body=body,
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
    body: DevServerChangeOsRequest,
) -> DevServer | ErrorMsg | None:
    """Change the OS image of a Lite Server

     Replaces the operating system of a stopped Lite Server with another image (`image_id`, from
    `list_dev_server_images`) and answers the server. While it runs the status is CHANGINGOS; the server
    ends RUNNING, or CHANGINGOS_FAILED. Give either a key pair or a password for the new system
    (supernode servers take a key pair only).

    Args:
        project_id (str):
        server_id (str):
        body (DevServerChangeOsRequest): Body of `change_dev_server_os`: the image to switch to,
            how to log in to the new system, and optionally boot-time user data. Exactly one of
            `admin_pass` and `key_pair_name` is expected.

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
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevServerChangeOsRequest,
) -> Response[DevServer | ErrorMsg]:
    """Change the OS image of a Lite Server

     Replaces the operating system of a stopped Lite Server with another image (`image_id`, from
    `list_dev_server_images`) and answers the server. While it runs the status is CHANGINGOS; the server
    ends RUNNING, or CHANGINGOS_FAILED. Give either a key pair or a password for the new system
    (supernode servers take a key pair only).

    Args:
        project_id (str):
        server_id (str):
        body (DevServerChangeOsRequest): Body of `change_dev_server_os`: the image to switch to,
            how to log in to the new system, and optionally boot-time user data. Exactly one of
            `admin_pass` and `key_pair_name` is expected.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServer | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_id=server_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevServerChangeOsRequest,
) -> DevServer | ErrorMsg | None:
    """Change the OS image of a Lite Server

     Replaces the operating system of a stopped Lite Server with another image (`image_id`, from
    `list_dev_server_images`) and answers the server. While it runs the status is CHANGINGOS; the server
    ends RUNNING, or CHANGINGOS_FAILED. Give either a key pair or a password for the new system
    (supernode servers take a key pair only).

    Args:
        project_id (str):
        server_id (str):
        body (DevServerChangeOsRequest): Body of `change_dev_server_os`: the image to switch to,
            how to log in to the new system, and optionally boot-time user data. Exactly one of
            `admin_pass` and `key_pair_name` is expected.

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
            body=body,
        )
    ).parsed
