from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_server import DevServer
from ...models.dev_server_create_request import DevServerCreateRequest
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    body: DevServerCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/dev-servers".format(
            project_id=quote(str(project_id), safe=""),
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
    *,
    client: AuthenticatedClient | Client,
    body: DevServerCreateRequest,
) -> Response[DevServer | ErrorMsg]:
    """Create a Lite Server

     Creates one or more Lite Server instances (an elastic cloud, bare metal or supernode server) from a
    flavor, an image and a network. A supernode is created through this same operation, with
    `server_type` HPS and its `hps_cluster_id`; it accepts only a key pair for login and no `count`. Log
    in either with `admin_pass` or with `key_pair_name` (one of the two, never both); name the flavor
    with `flavor` or `resource_flavor` (one of the two). Answers the server being created; follow it
    with `get_dev_server` until its status is RUNNING.

    Args:
        project_id (str):
        body (DevServerCreateRequest): Body of `create_dev_server`: the server (or servers, or
            supernode) to create. Give exactly one of `admin_pass` and `key_pair_name` (a supernode
            takes only `key_pair_name`), and one of `flavor` and `resource_flavor`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServer | ErrorMsg]
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
    body: DevServerCreateRequest,
) -> DevServer | ErrorMsg | None:
    """Create a Lite Server

     Creates one or more Lite Server instances (an elastic cloud, bare metal or supernode server) from a
    flavor, an image and a network. A supernode is created through this same operation, with
    `server_type` HPS and its `hps_cluster_id`; it accepts only a key pair for login and no `count`. Log
    in either with `admin_pass` or with `key_pair_name` (one of the two, never both); name the flavor
    with `flavor` or `resource_flavor` (one of the two). Answers the server being created; follow it
    with `get_dev_server` until its status is RUNNING.

    Args:
        project_id (str):
        body (DevServerCreateRequest): Body of `create_dev_server`: the server (or servers, or
            supernode) to create. Give exactly one of `admin_pass` and `key_pair_name` (a supernode
            takes only `key_pair_name`), and one of `flavor` and `resource_flavor`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServer | ErrorMsg
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
    body: DevServerCreateRequest,
) -> Response[DevServer | ErrorMsg]:
    """Create a Lite Server

     Creates one or more Lite Server instances (an elastic cloud, bare metal or supernode server) from a
    flavor, an image and a network. A supernode is created through this same operation, with
    `server_type` HPS and its `hps_cluster_id`; it accepts only a key pair for login and no `count`. Log
    in either with `admin_pass` or with `key_pair_name` (one of the two, never both); name the flavor
    with `flavor` or `resource_flavor` (one of the two). Answers the server being created; follow it
    with `get_dev_server` until its status is RUNNING.

    Args:
        project_id (str):
        body (DevServerCreateRequest): Body of `create_dev_server`: the server (or servers, or
            supernode) to create. Give exactly one of `admin_pass` and `key_pair_name` (a supernode
            takes only `key_pair_name`), and one of `flavor` and `resource_flavor`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServer | ErrorMsg]
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
    body: DevServerCreateRequest,
) -> DevServer | ErrorMsg | None:
    """Create a Lite Server

     Creates one or more Lite Server instances (an elastic cloud, bare metal or supernode server) from a
    flavor, an image and a network. A supernode is created through this same operation, with
    `server_type` HPS and its `hps_cluster_id`; it accepts only a key pair for login and no `count`. Log
    in either with `admin_pass` or with `key_pair_name` (one of the two, never both); name the flavor
    with `flavor` or `resource_flavor` (one of the two). Answers the server being created; follow it
    with `get_dev_server` until its status is RUNNING.

    Args:
        project_id (str):
        body (DevServerCreateRequest): Body of `create_dev_server`: the server (or servers, or
            supernode) to create. Give exactly one of `admin_pass` and `key_pair_name` (a supernode
            takes only `key_pair_name`), and one of `flavor` and `resource_flavor`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServer | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
