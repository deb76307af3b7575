from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_import_task_v2_create_request import DatasetImportTaskV2CreateRequest
from ...models.dataset_import_task_v2_create_response import DatasetImportTaskV2CreateResponse
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    body: DatasetImportTaskV2CreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/datasets/{dataset_id}/import-tasks".format(
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
) -> DatasetImportTaskV2CreateResponse | ErrorMsg:
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
) -> DatasetImportTaskV2CreateResponse | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetImportTaskV2CreateResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetImportTaskV2CreateResponse | ErrorMsg]:
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
    body: DatasetImportTaskV2CreateRequest,
) -> Response[DatasetImportTaskV2CreateResponse | ErrorMsg]:
    """Import data into a dataset

     Starts a task that imports samples (and, unless told otherwise, their labels) into a dataset from an
    OBS directory or a manifest file, or table data from another data source. Answers the ID of the
    task, whose progress `get_dataset_import_task_v2` reports.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetImportTaskV2CreateRequest): What to import into the dataset, from where, and
            which samples and labels to keep.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetImportTaskV2CreateResponse | ErrorMsg]
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
    body: DatasetImportTaskV2CreateRequest,
) -> DatasetImportTaskV2CreateResponse | ErrorMsg | None:
    """Import data into a dataset

     Starts a task that imports samples (and, unless told otherwise, their labels) into a dataset from an
    OBS directory or a manifest file, or table data from another data source. Answers the ID of the
    task, whose progress `get_dataset_import_task_v2` reports.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetImportTaskV2CreateRequest): What to import into the dataset, from where, and
            which samples and labels to keep.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetImportTaskV2CreateResponse | ErrorMsg
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
    body: DatasetImportTaskV2CreateRequest,
) -> Response[DatasetImportTaskV2CreateResponse | ErrorMsg]:
    """Import data into a dataset

     Starts a task that imports samples (and, unless told otherwise, their labels) into a dataset from an
    OBS directory or a manifest file, or table data from another data source. Answers the ID of the
    task, whose progress `get_dataset_import_task_v2` reports.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetImportTaskV2CreateRequest): What to import into the dataset, from where, and
            which samples and labels to keep.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetImportTaskV2CreateResponse | ErrorMsg]
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
    body: DatasetImportTaskV2CreateRequest,
) -> DatasetImportTaskV2CreateResponse | ErrorMsg | None:
    """Import data into a dataset

     Starts a task that imports samples (and, unless told otherwise, their labels) into a dataset from an
    OBS directory or a manifest file, or table data from another data source. Answers the ID of the
    task, whose progress `get_dataset_import_task_v2` reports.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetImportTaskV2CreateRequest): What to import into the dataset, from where, and
            which samples and labels to keep.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetImportTaskV2CreateResponse | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
