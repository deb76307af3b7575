from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.list_training_job_events_v2_level import ListTrainingJobEventsV2Level
from ...models.list_training_job_events_v2_source import ListTrainingJobEventsV2Source
from ...models.training_event_v2_list_response import TrainingEventV2ListResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    order: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    level: ListTrainingJobEventsV2Level | Unset = UNSET,
    pattern: str | Unset = UNSET,
    source: ListTrainingJobEventsV2Source | Unset = UNSET,
    x_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_language, Unset):
        headers["X-Language"] = x_language

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["order"] = order

    params["start_time"] = start_time

    params["end_time"] = end_time

    json_level: str | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.value

    params["level"] = json_level

    params["pattern"] = pattern

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/events".format(
            project_id=quote(str(project_id), safe=""),
            training_job_id=quote(str(training_job_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMsg | TrainingEventV2ListResponse:
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
) -> ErrorMsg | TrainingEventV2ListResponse:
    if response.status_code == 200:
        response_200 = TrainingEventV2ListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | TrainingEventV2ListResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    order: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    level: ListTrainingJobEventsV2Level | Unset = UNSET,
    pattern: str | Unset = UNSET,
    source: ListTrainingJobEventsV2Source | Unset = UNSET,
    x_language: str | Unset = UNSET,
) -> Response[ErrorMsg | TrainingEventV2ListResponse]:
    """List the events of a v2 training job

     Lists the events (job, task and Kubernetes events) of a v2 training job, one slice at a time,
    optionally narrowed to a time window, a level, a source or a text. `start_time` and
    `end_time` must be given together.

    Args:
        project_id (str):
        training_job_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        order (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        level (ListTrainingJobEventsV2Level | Unset):
        pattern (str | Unset):
        source (ListTrainingJobEventsV2Source | Unset):
        x_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TrainingEventV2ListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        offset=offset,
        limit=limit,
        order=order,
        start_time=start_time,
        end_time=end_time,
        level=level,
        pattern=pattern,
        source=source,
        x_language=x_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    order: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    level: ListTrainingJobEventsV2Level | Unset = UNSET,
    pattern: str | Unset = UNSET,
    source: ListTrainingJobEventsV2Source | Unset = UNSET,
    x_language: str | Unset = UNSET,
) -> ErrorMsg | TrainingEventV2ListResponse | None:
    """List the events of a v2 training job

     Lists the events (job, task and Kubernetes events) of a v2 training job, one slice at a time,
    optionally narrowed to a time window, a level, a source or a text. `start_time` and
    `end_time` must be given together.

    Args:
        project_id (str):
        training_job_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        order (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        level (ListTrainingJobEventsV2Level | Unset):
        pattern (str | Unset):
        source (ListTrainingJobEventsV2Source | Unset):
        x_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TrainingEventV2ListResponse
    """

    return sync_detailed(
        project_id=project_id,
        training_job_id=training_job_id,
        client=client,
        offset=offset,
        limit=limit,
        order=order,
        start_time=start_time,
        end_time=end_time,
        level=level,
        pattern=pattern,
        source=source,
        x_language=x_language,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    order: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    level: ListTrainingJobEventsV2Level | Unset = UNSET,
    pattern: str | Unset = UNSET,
    source: ListTrainingJobEventsV2Source | Unset = UNSET,
    x_language: str | Unset = UNSET,
) -> Response[ErrorMsg | TrainingEventV2ListResponse]:
    """List the events of a v2 training job

     Lists the events (job, task and Kubernetes events) of a v2 training job, one slice at a time,
    optionally narrowed to a time window, a level, a source or a text. `start_time` and
    `end_time` must be given together.

    Args:
        project_id (str):
        training_job_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        order (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        level (ListTrainingJobEventsV2Level | Unset):
        pattern (str | Unset):
        source (ListTrainingJobEventsV2Source | Unset):
        x_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TrainingEventV2ListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        offset=offset,
        limit=limit,
        order=order,
        start_time=start_time,
        end_time=end_time,
        level=level,
        pattern=pattern,
        source=source,
        x_language=x_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 50,
    order: str | Unset = UNSET,
    start_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
    level: ListTrainingJobEventsV2Level | Unset = UNSET,
    pattern: str | Unset = UNSET,
    source: ListTrainingJobEventsV2Source | Unset = UNSET,
    x_language: str | Unset = UNSET,
) -> ErrorMsg | TrainingEventV2ListResponse | None:
    """List the events of a v2 training job

     Lists the events (job, task and Kubernetes events) of a v2 training job, one slice at a time,
    optionally narrowed to a time window, a level, a source or a text. `start_time` and
    `end_time` must be given together.

    Args:
        project_id (str):
        training_job_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        order (str | Unset):
        start_time (str | Unset):
        end_time (str | Unset):
        level (ListTrainingJobEventsV2Level | Unset):
        pattern (str | Unset):
        source (ListTrainingJobEventsV2Source | Unset):
        x_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TrainingEventV2ListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            training_job_id=training_job_id,
            client=client,
            offset=offset,
            limit=limit,
            order=order,
            start_time=start_time,
            end_time=end_time,
            level=level,
            pattern=pattern,
            source=source,
            x_language=x_language,
        )
    ).parsed
