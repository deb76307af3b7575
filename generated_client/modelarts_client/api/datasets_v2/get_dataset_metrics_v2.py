from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_v2_metrics import DatasetV2Metrics
from ...models.error_msg import ErrorMsg
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    start_time: int,
    end_time: int,
    workforce_task_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["workforce_task_id"] = workforce_task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/metrics".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetV2Metrics | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetV2Metrics | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetV2Metrics.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetV2Metrics | ErrorMsg]:
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
    start_time: int,
    end_time: int,
    workforce_task_id: str | Unset = UNSET,
) -> Response[DatasetV2Metrics | ErrorMsg]:
    """Get the monitoring data of a dataset

     Returns, for a time window, a dataset's sample counts per category (total, labeled by hand,
    unlabeled, ...), each as a series keyed by the measurement time.

    Args:
        project_id (str):
        dataset_id (str):
        start_time (int):
        end_time (int):
        workforce_task_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2Metrics | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        start_time=start_time,
        end_time=end_time,
        workforce_task_id=workforce_task_id,
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
    start_time: int,
    end_time: int,
    workforce_task_id: str | Unset = UNSET,
) -> DatasetV2Metrics | ErrorMsg | None:
    """Get the monitoring data of a dataset

     Returns, for a time window, a dataset's sample counts per category (total, labeled by hand,
    unlabeled, ...), each as a series keyed by the measurement time.

    Args:
        project_id (str):
        dataset_id (str):
        start_time (int):
        end_time (int):
        workforce_task_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2Metrics | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        start_time=start_time,
        end_time=end_time,
        workforce_task_id=workforce_task_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    workforce_task_id: str | Unset = UNSET,
) -> Response[DatasetV2Metrics | ErrorMsg]:
    """Get the monitoring data of a dataset

     Returns, for a time window, a dataset's sample counts per category (total, labeled by hand,
    unlabeled, ...), each as a series keyed by the measurement time.

    Args:
        project_id (str):
        dataset_id (str):
        start_time (int):
        end_time (int):
        workforce_task_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2Metrics | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        start_time=start_time,
        end_time=end_time,
        workforce_task_id=workforce_task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    workforce_task_id: str | Unset = UNSET,
) -> DatasetV2Metrics | ErrorMsg | None:
    """Get the monitoring data of a dataset

     Returns, for a time window, a dataset's sample counts per category (total, labeled by hand,
    unlabeled, ...), each as a series keyed by the measurement time.

    Args:
        project_id (str):
        dataset_id (str):
        start_time (int):
        end_time (int):
        workforce_task_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2Metrics | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            start_time=start_time,
            end_time=end_time,
            workforce_task_id=workforce_task_id,
        )
    ).parsed
