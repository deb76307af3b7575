from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_version_v2_create_request import DatasetVersionV2CreateRequest
from ...models.dataset_version_v2_create_response import DatasetVersionV2CreateResponse
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    body: DatasetVersionV2CreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/datasets/{dataset_id}/versions".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetVersionV2CreateResponse | ErrorMsg:
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
) -> DatasetVersionV2CreateResponse | ErrorMsg:
    if response.status_code == 201:
        response_201 = DatasetVersionV2CreateResponse.from_dict(response.json())

        return response_201

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetVersionV2CreateResponse | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetVersionV2CreateRequest,
) -> Response[DatasetVersionV2CreateResponse | ErrorMsg]:
    """Release a labeling version of a dataset

     Publishes the dataset's current labeled data as a new version (manifest file plus, optionally,
    exported images) and answers the new version's ID. Publishing runs in the background; poll
    `get_dataset_version_v2` until the version's status is 1 (running, i.e. normal).

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetVersionV2CreateRequest): Options of a version release; every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetVersionV2CreateResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetVersionV2CreateRequest,
) -> DatasetVersionV2CreateResponse | ErrorMsg | None:
    """Release a labeling version of a dataset

     Publishes the dataset's current labeled data as a new version (manifest file plus, optionally,
    exported images) and answers the new version's ID. Publishing runs in the background; poll
    `get_dataset_version_v2` until the version's status is 1 (running, i.e. normal).

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetVersionV2CreateRequest): Options of a version release; every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetVersionV2CreateResponse | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetVersionV2CreateRequest,
) -> Response[DatasetVersionV2CreateResponse | ErrorMsg]:
    """Release a labeling version of a dataset

     Publishes the dataset's current labeled data as a new version (manifest file plus, optionally,
    exported images) and answers the new version's ID. Publishing runs in the background; poll
    `get_dataset_version_v2` until the version's status is 1 (running, i.e. normal).

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetVersionV2CreateRequest): Options of a version release; every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetVersionV2CreateResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetVersionV2CreateRequest,
) -> DatasetVersionV2CreateResponse | ErrorMsg | None:
    """Release a labeling version of a dataset

     Publishes the dataset's current labeled data as a new version (manifest file plus, optionally,
    exported images) and answers the new version's ID. Publishing runs in the background; poll
    `get_dataset_version_v2` until the version's status is 1 (running, i.e. normal).

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetVersionV2CreateRequest): Options of a version release; every field is
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetVersionV2CreateResponse | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
