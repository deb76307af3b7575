from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_export_task_v2_list import DatasetExportTaskV2List
from ...models.error_msg import ErrorMsg
from ...models.list_dataset_export_tasks_v2_export_type import ListDatasetExportTasksV2ExportType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    export_type: ListDatasetExportTasksV2ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_export_type: int | Unset = UNSET
    if not isinstance(export_type, Unset):
        json_export_type = export_type.value

    params["export_type"] = json_export_type

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/export-tasks".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetExportTaskV2List | ErrorMsg:
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
) -> DatasetExportTaskV2List | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetExportTaskV2List.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetExportTaskV2List | ErrorMsg]:
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
    export_type: ListDatasetExportTasksV2ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[DatasetExportTaskV2List | ErrorMsg]:
    """List the export tasks of a dataset

     Lists the tasks that exported data of a dataset (to OBS or to a new dataset), optionally only those
    of one export type. `offset` is the index of the page to return (the reference calls it the start
    page) and `limit` the page size, 1 to 100.

    Args:
        project_id (str):
        dataset_id (str):
        export_type (ListDatasetExportTasksV2ExportType | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetExportTaskV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        export_type=export_type,
        limit=limit,
        offset=offset,
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
    export_type: ListDatasetExportTasksV2ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> DatasetExportTaskV2List | ErrorMsg | None:
    """List the export tasks of a dataset

     Lists the tasks that exported data of a dataset (to OBS or to a new dataset), optionally only those
    of one export type. `offset` is the index of the page to return (the reference calls it the start
    page) and `limit` the page size, 1 to 100.

    Args:
        project_id (str):
        dataset_id (str):
        export_type (ListDatasetExportTasksV2ExportType | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetExportTaskV2List | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        export_type=export_type,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: ListDatasetExportTasksV2ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> Response[DatasetExportTaskV2List | ErrorMsg]:
    """List the export tasks of a dataset

     Lists the tasks that exported data of a dataset (to OBS or to a new dataset), optionally only those
    of one export type. `offset` is the index of the page to return (the reference calls it the start
    page) and `limit` the page size, 1 to 100.

    Args:
        project_id (str):
        dataset_id (str):
        export_type (ListDatasetExportTasksV2ExportType | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetExportTaskV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        export_type=export_type,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    export_type: ListDatasetExportTasksV2ExportType | Unset = UNSET,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
) -> DatasetExportTaskV2List | ErrorMsg | None:
    """List the export tasks of a dataset

     Lists the tasks that exported data of a dataset (to OBS or to a new dataset), optionally only those
    of one export type. `offset` is the index of the page to return (the reference calls it the start
    page) and `limit` the page size, 1 to 100.

    Args:
        project_id (str):
        dataset_id (str):
        export_type (ListDatasetExportTasksV2ExportType | Unset):
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetExportTaskV2List | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            export_type=export_type,
            limit=limit,
            offset=offset,
        )
    ).parsed
