from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.supernode import Supernode
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    supernode_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/dev-servers/hyperinstance/{supernode_id}/start".format(
            project_id=quote(str(project_id), safe=""),
            supernode_id=quote(str(supernode_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | Supernode:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | Supernode:
    if response.status_code == 200:
        response_200 = Supernode.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | Supernode]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    supernode_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMsg | Supernode]:
    """Start (power on) a supernode

     Powers on a stopped supernode, that is its child servers; the servers move through `STARTING` to
    `RUNNING`. There is no request body. Answers the supernode as it stands; follow the change with
    `get_supernode`.

    Args:
        project_id (str):
        supernode_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | Supernode]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        supernode_id=supernode_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    supernode_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMsg | Supernode | None:
    """Start (power on) a supernode

     Powers on a stopped supernode, that is its child servers; the servers move through `STARTING` to
    `RUNNING`. There is no request body. Answers the supernode as it stands; follow the change with
    `get_supernode`.

    Args:
        project_id (str):
        supernode_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | Supernode
    """

    return sync_detailed(
        project_id=project_id,
        supernode_id=supernode_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    supernode_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMsg | Supernode]:
    """Start (power on) a supernode

     Powers on a stopped supernode, that is its child servers; the servers move through `STARTING` to
    `RUNNING`. There is no request body. Answers the supernode as it stands; follow the change with
    `get_supernode`.

    Args:
        project_id (str):
        supernode_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | Supernode]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        supernode_id=supernode_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    supernode_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMsg | Supernode | None:
    """Start (power on) a supernode

     Powers on a stopped supernode, that is its child servers; the servers move through `STARTING` to
    `RUNNING`. There is no request body. Answers the supernode as it stands; follow the change with
    `get_supernode`.

    Args:
        project_id (str):
        supernode_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | Supernode
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            supernode_id=supernode_id,
            client=client,
        )
    ).parsed
