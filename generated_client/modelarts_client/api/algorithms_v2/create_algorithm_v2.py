from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.algorithm_v2 import AlgorithmV2
from ...models.algorithm_v2_create_request import AlgorithmV2CreateRequest
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    body: AlgorithmV2CreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/algorithms".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AlgorithmV2 | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AlgorithmV2 | ErrorMsg:
    if response.status_code == 201:
        response_201 = AlgorithmV2.from_dict(response.json())

        return response_201

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlgorithmV2 | ErrorMsg]:
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
    body: AlgorithmV2CreateRequest,
) -> Response[AlgorithmV2 | ErrorMsg]:
    """Create an algorithm

     Creates a custom algorithm (code and boot file or custom image, parameters, data channels, engine)
    that v2 training jobs can be created from. Answers the stored algorithm, with its ID in
    `metadata.id`.

    Args:
        project_id (str):
        body (AlgorithmV2CreateRequest): Body of `create_algorithm_v2`: the algorithm to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlgorithmV2 | ErrorMsg]
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
    body: AlgorithmV2CreateRequest,
) -> AlgorithmV2 | ErrorMsg | None:
    """Create an algorithm

     Creates a custom algorithm (code and boot file or custom image, parameters, data channels, engine)
    that v2 training jobs can be created from. Answers the stored algorithm, with its ID in
    `metadata.id`.

    Args:
        project_id (str):
        body (AlgorithmV2CreateRequest): Body of `create_algorithm_v2`: the algorithm to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlgorithmV2 | ErrorMsg
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
    body: AlgorithmV2CreateRequest,
) -> Response[AlgorithmV2 | ErrorMsg]:
    """Create an algorithm

     Creates a custom algorithm (code and boot file or custom image, parameters, data channels, engine)
    that v2 training jobs can be created from. Answers the stored algorithm, with its ID in
    `metadata.id`.

    Args:
        project_id (str):
        body (AlgorithmV2CreateRequest): Body of `create_algorithm_v2`: the algorithm to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlgorithmV2 | ErrorMsg]
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
    body: AlgorithmV2CreateRequest,
) -> AlgorithmV2 | ErrorMsg | None:
    """Create an algorithm

     Creates a custom algorithm (code and boot file or custom image, parameters, data channels, engine)
    that v2 training jobs can be created from. Answers the stored algorithm, with its ID in
    `metadata.id`.

    Args:
        project_id (str):
        body (AlgorithmV2CreateRequest): Body of `create_algorithm_v2`: the algorithm to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlgorithmV2 | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
