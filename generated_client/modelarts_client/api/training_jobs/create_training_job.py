from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.train_job_create_request import TrainJobCreateRequest
from ...models.train_job_create_response import TrainJobCreateResponse
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    body: TrainJobCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/training-jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | TrainJobCreateResponse:
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
) -> IsSuccessError | TrainJobCreateResponse:
    if response.status_code == 200:
        response_200 = TrainJobCreateResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | TrainJobCreateResponse]:
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
    body: TrainJobCreateRequest,
) -> Response[IsSuccessError | TrainJobCreateResponse]:
    """Create a training job

     Creates a training job (and, unless `config.create_version` is false, its first version).
    Asynchronous: follow the job status with `list_training_jobs` or `get_training_job_version`.

    Args:
        project_id (str):
        body (TrainJobCreateRequest): Body of `create_training_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainJobCreateResponse]
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
    body: TrainJobCreateRequest,
) -> IsSuccessError | TrainJobCreateResponse | None:
    """Create a training job

     Creates a training job (and, unless `config.create_version` is false, its first version).
    Asynchronous: follow the job status with `list_training_jobs` or `get_training_job_version`.

    Args:
        project_id (str):
        body (TrainJobCreateRequest): Body of `create_training_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainJobCreateResponse
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
    body: TrainJobCreateRequest,
) -> Response[IsSuccessError | TrainJobCreateResponse]:
    """Create a training job

     Creates a training job (and, unless `config.create_version` is false, its first version).
    Asynchronous: follow the job status with `list_training_jobs` or `get_training_job_version`.

    Args:
        project_id (str):
        body (TrainJobCreateRequest): Body of `create_training_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainJobCreateResponse]
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
    body: TrainJobCreateRequest,
) -> IsSuccessError | TrainJobCreateResponse | None:
    """Create a training job

     Creates a training job (and, unless `config.create_version` is false, its first version).
    Asynchronous: follow the job status with `list_training_jobs` or `get_training_job_version`.

    Args:
        project_id (str):
        body (TrainJobCreateRequest): Body of `create_training_job`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainJobCreateResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
