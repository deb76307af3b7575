from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.pool_v2 import PoolV2
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    pool_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/pools/{pool_name}".format(
            project_id=quote(str(project_id), safe=""),
            pool_name=quote(str(pool_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | PoolV2:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | PoolV2:
    if response.status_code == 200:
        response_200 = PoolV2.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorMsg | PoolV2]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMsg | PoolV2]:
    """Get a resource pool

     Returns the metadata, specification and status of one resource pool.

    Args:
        project_id (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | PoolV2]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        pool_name=pool_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMsg | PoolV2 | None:
    """Get a resource pool

     Returns the metadata, specification and status of one resource pool.

    Args:
        project_id (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | PoolV2
    """

    return sync_detailed(
        project_id=project_id,
        pool_name=pool_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMsg | PoolV2]:
    """Get a resource pool

     Returns the metadata, specification and status of one resource pool.

    Args:
        project_id (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | PoolV2]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        pool_name=pool_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    pool_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMsg | PoolV2 | None:
    """Get a resource pool

     Returns the metadata, specification and status of one resource pool.

    Args:
        project_id (str):
        pool_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | PoolV2
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            pool_name=pool_name,
            client=client,
        )
    ).parsed
