from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_v2_create_request import DatasetV2CreateRequest
from ...models.dataset_v2_create_response import DatasetV2CreateResponse
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    body: DatasetV2CreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/datasets".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetV2CreateResponse | ErrorMsg:
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
) -> DatasetV2CreateResponse | ErrorMsg:
    if response.status_code == 201:
        response_201 = DatasetV2CreateResponse.from_dict(response.json())

        return response_201

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetV2CreateResponse | ErrorMsg]:
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
    body: DatasetV2CreateRequest,
) -> Response[DatasetV2CreateResponse | ErrorMsg]:
    """Create a dataset

     Creates a dataset from a data source (an OBS directory, or a table source for a table dataset) with
    an OBS output directory, optionally with labels, a table schema and team labeling. Answers the new
    dataset's ID and, when data is imported, the import task's ID.

    Args:
        project_id (str):
        body (DatasetV2CreateRequest): Body of `create_dataset_v2`: the dataset to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2CreateResponse | ErrorMsg]
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
    body: DatasetV2CreateRequest,
) -> DatasetV2CreateResponse | ErrorMsg | None:
    """Create a dataset

     Creates a dataset from a data source (an OBS directory, or a table source for a table dataset) with
    an OBS output directory, optionally with labels, a table schema and team labeling. Answers the new
    dataset's ID and, when data is imported, the import task's ID.

    Args:
        project_id (str):
        body (DatasetV2CreateRequest): Body of `create_dataset_v2`: the dataset to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2CreateResponse | ErrorMsg
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
    body: DatasetV2CreateRequest,
) -> Response[DatasetV2CreateResponse | ErrorMsg]:
    """Create a dataset

     Creates a dataset from a data source (an OBS directory, or a table source for a table dataset) with
    an OBS output directory, optionally with labels, a table schema and team labeling. Answers the new
    dataset's ID and, when data is imported, the import task's ID.

    Args:
        project_id (str):
        body (DatasetV2CreateRequest): Body of `create_dataset_v2`: the dataset to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2CreateResponse | ErrorMsg]
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
    body: DatasetV2CreateRequest,
) -> DatasetV2CreateResponse | ErrorMsg | None:
    """Create a dataset

     Creates a dataset from a data source (an OBS directory, or a table source for a table dataset) with
    an OBS output directory, optionally with labels, a table schema and team labeling. Answers the new
    dataset's ID and, when data is imported, the import task's ID.

    Args:
        project_id (str):
        body (DatasetV2CreateRequest): Body of `create_dataset_v2`: the dataset to create.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2CreateResponse | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
