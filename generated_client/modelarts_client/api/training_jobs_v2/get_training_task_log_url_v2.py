from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.training_task_v2_log_url_response import TrainingTaskV2LogUrlResponse
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/tasks/{task_id}/logs/url".format(
            project_id=quote(str(project_id), safe=""),
            training_job_id=quote(str(training_job_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMsg | TrainingTaskV2LogUrlResponse:
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
) -> ErrorMsg | TrainingTaskV2LogUrlResponse:
    if response.status_code == 200:
        response_200 = TrainingTaskV2LogUrlResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | TrainingTaskV2LogUrlResponse]:
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
) -> Response[ErrorMsg | TrainingTaskV2LogUrlResponse]:
    """Get a temporary OBS link to the full log of one task of a v2 training job

     Returns a temporary OBS URL (valid for 5 minutes) of the complete log of one task of a v2
    training job, to view or download it. The reference lets the request header `Content-Type`
    pick the kind of link: `text/plain` for a preview link, `application/octet-stream` for a
    download link. OpenAPI 3.0 ignores a `Content-Type` header parameter, so it is not declared
    here; a caller who needs the download link sets the header on the client (see ERRATA.md).

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TrainingTaskV2LogUrlResponse]
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
) -> ErrorMsg | TrainingTaskV2LogUrlResponse | None:
    """Get a temporary OBS link to the full log of one task of a v2 training job

     Returns a temporary OBS URL (valid for 5 minutes) of the complete log of one task of a v2
    training job, to view or download it. The reference lets the request header `Content-Type`
    pick the kind of link: `text/plain` for a preview link, `application/octet-stream` for a
    download link. OpenAPI 3.0 ignores a `Content-Type` header parameter, so it is not declared
    here; a caller who needs the download link sets the header on the client (see ERRATA.md).

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TrainingTaskV2LogUrlResponse
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
) -> Response[ErrorMsg | TrainingTaskV2LogUrlResponse]:
    """Get a temporary OBS link to the full log of one task of a v2 training job

     Returns a temporary OBS URL (valid for 5 minutes) of the complete log of one task of a v2
    training job, to view or download it. The reference lets the request header `Content-Type`
    pick the kind of link: `text/plain` for a preview link, `application/octet-stream` for a
    download link. OpenAPI 3.0 ignores a `Content-Type` header parameter, so it is not declared
    here; a caller who needs the download link sets the header on the client (see ERRATA.md).

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TrainingTaskV2LogUrlResponse]
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
) -> ErrorMsg | TrainingTaskV2LogUrlResponse | None:
    """Get a temporary OBS link to the full log of one task of a v2 training job

     Returns a temporary OBS URL (valid for 5 minutes) of the complete log of one task of a v2
    training job, to view or download it. The reference lets the request header `Content-Type`
    pick the kind of link: `text/plain` for a preview link, `application/octet-stream` for a
    download link. OpenAPI 3.0 ignores a `Content-Type` header parameter, so it is not declared
    here; a caller who needs the download link sets the header on the client (see ERRATA.md).

    Args:
        project_id (str):
        training_job_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TrainingTaskV2LogUrlResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            training_job_id=training_job_id,
            task_id=task_id,
            client=client,
        )
    ).parsed
