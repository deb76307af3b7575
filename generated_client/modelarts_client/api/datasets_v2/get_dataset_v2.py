from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_v2 import DatasetV2
from ...models.error_msg import ErrorMsg
from ...models.get_dataset_v2_running_task_type import GetDatasetV2RunningTaskType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    check_running_task: bool | Unset = False,
    running_task_type: GetDatasetV2RunningTaskType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["check_running_task"] = check_running_task

    json_running_task_type: int | Unset = UNSET
    if not isinstance(running_task_type, Unset):
        json_running_task_type = running_task_type.value

    params["running_task_type"] = json_running_task_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetV2 | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetV2 | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetV2.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetV2 | ErrorMsg]:
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
    check_running_task: bool | Unset = False,
    running_task_type: GetDatasetV2RunningTaskType | Unset = UNSET,
) -> Response[DatasetV2 | ErrorMsg]:
    """Get a dataset

     Returns one dataset with its data sources, labels, counts, current version, output paths and team
    labeling information; optionally checks it for running tasks.

    Args:
        project_id (str):
        dataset_id (str):
        check_running_task (bool | Unset):  Default: False.
        running_task_type (GetDatasetV2RunningTaskType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2 | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        check_running_task=check_running_task,
        running_task_type=running_task_type,
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
    check_running_task: bool | Unset = False,
    running_task_type: GetDatasetV2RunningTaskType | Unset = UNSET,
) -> DatasetV2 | ErrorMsg | None:
    """Get a dataset

     Returns one dataset with its data sources, labels, counts, current version, output paths and team
    labeling information; optionally checks it for running tasks.

    Args:
        project_id (str):
        dataset_id (str):
        check_running_task (bool | Unset):  Default: False.
        running_task_type (GetDatasetV2RunningTaskType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2 | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        check_running_task=check_running_task,
        running_task_type=running_task_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    check_running_task: bool | Unset = False,
    running_task_type: GetDatasetV2RunningTaskType | Unset = UNSET,
) -> Response[DatasetV2 | ErrorMsg]:
    """Get a dataset

     Returns one dataset with its data sources, labels, counts, current version, output paths and team
    labeling information; optionally checks it for running tasks.

    Args:
        project_id (str):
        dataset_id (str):
        check_running_task (bool | Unset):  Default: False.
        running_task_type (GetDatasetV2RunningTaskType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2 | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        check_running_task=check_running_task,
        running_task_type=running_task_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    check_running_task: bool | Unset = False,
    running_task_type: GetDatasetV2RunningTaskType | Unset = UNSET,
) -> DatasetV2 | ErrorMsg | None:
    """Get a dataset

     Returns one dataset with its data sources, labels, counts, current version, output paths and team
    labeling information; optionally checks it for running tasks.

    Args:
        project_id (str):
        dataset_id (str):
        check_running_task (bool | Unset):  Default: False.
        running_task_type (GetDatasetV2RunningTaskType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2 | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            check_running_task=check_running_task,
            running_task_type=running_task_type,
        )
    ).parsed
