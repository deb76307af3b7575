from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.supernode_tag_list import SupernodeTagList
from ...models.supernode_tag_request import SupernodeTagRequest
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    supernode_id: str,
    *,
    body: SupernodeTagRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/dev-servers/hyperinstance/{supernode_id}/tags/delete".format(
            project_id=quote(str(project_id), safe=""),
            supernode_id=quote(str(supernode_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | SupernodeTagList:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | SupernodeTagList:
    if response.status_code == 200:
        response_200 = SupernodeTagList.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | SupernodeTagList]:
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
    body: SupernodeTagRequest,
) -> Response[ErrorMsg | SupernodeTagList]:
    """Remove tags from a supernode

     Removes the given tags from a supernode; its other tags and settings are untouched. A tag the
    supernode does not carry is refused. Answers a tag list.

    Args:
        project_id (str):
        supernode_id (str):
        body (SupernodeTagRequest): Body of `create_supernode_tags` and `delete_supernode_tags`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | SupernodeTagList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        supernode_id=supernode_id,
        body=body,
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
    body: SupernodeTagRequest,
) -> ErrorMsg | SupernodeTagList | None:
    """Remove tags from a supernode

     Removes the given tags from a supernode; its other tags and settings are untouched. A tag the
    supernode does not carry is refused. Answers a tag list.

    Args:
        project_id (str):
        supernode_id (str):
        body (SupernodeTagRequest): Body of `create_supernode_tags` and `delete_supernode_tags`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | SupernodeTagList
    """

    return sync_detailed(
        project_id=project_id,
        supernode_id=supernode_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    supernode_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SupernodeTagRequest,
) -> Response[ErrorMsg | SupernodeTagList]:
    """Remove tags from a supernode

     Removes the given tags from a supernode; its other tags and settings are untouched. A tag the
    supernode does not carry is refused. Answers a tag list.

    Args:
        project_id (str):
        supernode_id (str):
        body (SupernodeTagRequest): Body of `create_supernode_tags` and `delete_supernode_tags`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | SupernodeTagList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        supernode_id=supernode_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    supernode_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SupernodeTagRequest,
) -> ErrorMsg | SupernodeTagList | None:
    """Remove tags from a supernode

     Removes the given tags from a supernode; its other tags and settings are untouched. A tag the
    supernode does not carry is refused. Answers a tag list.

    Args:
        project_id (str):
        supernode_id (str):
        body (SupernodeTagRequest): Body of `create_supernode_tags` and `delete_supernode_tags`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | SupernodeTagList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            supernode_id=supernode_id,
            client=client,
            body=body,
        )
    ).parsed
