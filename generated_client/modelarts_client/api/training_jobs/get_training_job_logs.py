from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.train_job_log_response import TrainJobLogResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    start_byte: int | Unset = 0,
    offset: int | Unset = 2048,
    log_file: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_byte"] = start_byte

    params["offset"] = offset

    params["log_file"] = log_file

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/log".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | TrainJobLogResponse:
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
) -> IsSuccessError | TrainJobLogResponse:
    if response.status_code == 200:
        response_200 = TrainJobLogResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | TrainJobLogResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_byte: int | Unset = 0,
    offset: int | Unset = 2048,
    log_file: str,
) -> Response[IsSuccessError | TrainJobLogResponse]:
    """Read training job logs by byte window (old)

     Reads a window of up to 2048 bytes of a log file, from `start_byte`. Continue with `start_byte` set
    to the `end_byte` of the previous answer.

    Args:
        project_id (str):
        job_id (int):
        version_id (int):
        start_byte (int | Unset):  Default: 0.
        offset (int | Unset):  Default: 2048.
        log_file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainJobLogResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        version_id=version_id,
        start_byte=start_byte,
        offset=offset,
        log_file=log_file,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_byte: int | Unset = 0,
    offset: int | Unset = 2048,
    log_file: str,
) -> IsSuccessError | TrainJobLogResponse | None:
    """Read training job logs by byte window (old)

     Reads a window of up to 2048 bytes of a log file, from `start_byte`. Continue with `start_byte` set
    to the `end_byte` of the previous answer.

    Args:
        project_id (str):
        job_id (int):
        version_id (int):
        start_byte (int | Unset):  Default: 0.
        offset (int | Unset):  Default: 2048.
        log_file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainJobLogResponse
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        version_id=version_id,
        client=client,
        start_byte=start_byte,
        offset=offset,
        log_file=log_file,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_byte: int | Unset = 0,
    offset: int | Unset = 2048,
    log_file: str,
) -> Response[IsSuccessError | TrainJobLogResponse]:
    """Read training job logs by byte window (old)

     Reads a window of up to 2048 bytes of a log file, from `start_byte`. Continue with `start_byte` set
    to the `end_byte` of the previous answer.

    Args:
        project_id (str):
        job_id (int):
        version_id (int):
        start_byte (int | Unset):  Default: 0.
        offset (int | Unset):  Default: 2048.
        log_file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainJobLogResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        version_id=version_id,
        start_byte=start_byte,
        offset=offset,
        log_file=log_file,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
    start_byte: int | Unset = 0,
    offset: int | Unset = 2048,
    log_file: str,
) -> IsSuccessError | TrainJobLogResponse | None:
    """Read training job logs by byte window (old)

     Reads a window of up to 2048 bytes of a log file, from `start_byte`. Continue with `start_byte` set
    to the `end_byte` of the previous answer.

    Args:
        project_id (str):
        job_id (int):
        version_id (int):
        start_byte (int | Unset):  Default: 0.
        offset (int | Unset):  Default: 2048.
        log_file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainJobLogResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            version_id=version_id,
            client=client,
            start_byte=start_byte,
            offset=offset,
            log_file=log_file,
        )
    ).parsed
