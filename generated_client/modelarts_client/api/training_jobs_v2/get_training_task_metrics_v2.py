from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.training_task_v2_metrics_response import TrainingTaskV2MetricsResponse
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/metrics/{task_id}".format(
            project_id=quote(str(project_id), safe=""),
            training_job_id=quote(str(training_job_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorMsg | TrainingTaskV2MetricsResponse:
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
) -> Any | ErrorMsg | TrainingTaskV2MetricsResponse:
    if response.status_code == 200:
        response_200 = TrainingTaskV2MetricsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorMsg | TrainingTaskV2MetricsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorMsg | TrainingTaskV2MetricsResponse]:
    """Get the resource usage metrics of one task of a v2 training job

     Returns, for one task of a v2 training job, a series of one-minute averages per metric (CPU,
    memory, GPU, GPU memory, NPU, NPU memory usage). Before the task has reported any data the
    service answers HTTP 204 without a body (error code ModelArts.2777, NotReadyToFetchMetric, in
    the error code appendix): try again later.

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMsg | TrainingTaskV2MetricsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorMsg | TrainingTaskV2MetricsResponse | None:
    """Get the resource usage metrics of one task of a v2 training job

     Returns, for one task of a v2 training job, a series of one-minute averages per metric (CPU,
    memory, GPU, GPU memory, NPU, NPU memory usage). Before the task has reported any data the
    service answers HTTP 204 without a body (error code ModelArts.2777, NotReadyToFetchMetric, in
    the error code appendix): try again later.

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMsg | TrainingTaskV2MetricsResponse
    """

    return sync_detailed(
        project_id=project_id,
        training_job_id=training_job_id,
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorMsg | TrainingTaskV2MetricsResponse]:
    """Get the resource usage metrics of one task of a v2 training job

     Returns, for one task of a v2 training job, a series of one-minute averages per metric (CPU,
    memory, GPU, GPU memory, NPU, NPU memory usage). Before the task has reported any data the
    service answers HTTP 204 without a body (error code ModelArts.2777, NotReadyToFetchMetric, in
    the error code appendix): try again later.

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMsg | TrainingTaskV2MetricsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    training_job_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorMsg | TrainingTaskV2MetricsResponse | None:
    """Get the resource usage metrics of one task of a v2 training job

     Returns, for one task of a v2 training job, a series of one-minute averages per metric (CPU,
    memory, GPU, GPU memory, NPU, NPU memory usage). Before the task has reported any data the
    service answers HTTP 204 without a body (error code ModelArts.2777, NotReadyToFetchMetric, in
    the error code appendix): try again later.

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMsg | TrainingTaskV2MetricsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            training_job_id=training_job_id,
            task_id=task_id,
            client=client,
        )
    ).parsed
