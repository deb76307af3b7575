from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_training_job_log_lines_order import GetTrainingJobLogLinesOrder
from ...models.is_success_error import IsSuccessError
from ...models.train_job_log_lines_response import TrainJobLogLinesResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    base_line: str | Unset = UNSET,
    lines: int | Unset = 50,
    log_file: str,
    order: GetTrainingJobLogLinesOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["base_line"] = base_line

    params["lines"] = lines

    params["log_file"] = log_file

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-jobs/{job_id}/versions/{version_id}/aom-log".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | TrainJobLogLinesResponse:
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
) -> IsSuccessError | TrainJobLogLinesResponse:
    if response.status_code == 200:
        response_200 = TrainJobLogLinesResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | TrainJobLogLinesResponse]:
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
    base_line: str | Unset = UNSET,
    lines: int | Unset = 50,
    log_file: str,
    order: GetTrainingJobLogLinesOrder | Unset = UNSET,
) -> Response[IsSuccessError | TrainJobLogLinesResponse]:
    """Read training job logs by line (new)

     Reads up to 500 lines of a log file around the cursor `base_line`; without it, the latest lines. To
    read on, pass `end_line` of the answer with `order=desc` (later lines), or `start_line` with
    `order=asc` (earlier lines).

    Args:
        project_id (str):
        job_id (int):
        version_id (int):
        base_line (str | Unset):
        lines (int | Unset):  Default: 50.
        log_file (str):
        order (GetTrainingJobLogLinesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainJobLogLinesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        version_id=version_id,
        base_line=base_line,
        lines=lines,
        log_file=log_file,
        order=order,
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
    base_line: str | Unset = UNSET,
    lines: int | Unset = 50,
    log_file: str,
    order: GetTrainingJobLogLinesOrder | Unset = UNSET,
) -> IsSuccessError | TrainJobLogLinesResponse | None:
    """Read training job logs by line (new)

     Reads up to 500 lines of a log file around the cursor `base_line`; without it, the latest lines. To
    read on, pass `end_line` of the answer with `order=desc` (later lines), or `start_line` with
    `order=asc` (earlier lines).

    Args:
        project_id (str):
        job_id (int):
        version_id (int):
        base_line (str | Unset):
        lines (int | Unset):  Default: 50.
        log_file (str):
        order (GetTrainingJobLogLinesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainJobLogLinesResponse
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        version_id=version_id,
        client=client,
        base_line=base_line,
        lines=lines,
        log_file=log_file,
        order=order,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
    base_line: str | Unset = UNSET,
    lines: int | Unset = 50,
    log_file: str,
    order: GetTrainingJobLogLinesOrder | Unset = UNSET,
) -> Response[IsSuccessError | TrainJobLogLinesResponse]:
    """Read training job logs by line (new)

     Reads up to 500 lines of a log file around the cursor `base_line`; without it, the latest lines. To
    read on, pass `end_line` of the answer with `order=desc` (later lines), or `start_line` with
    `order=asc` (earlier lines).

    Args:
        project_id (str):
        job_id (int):
        version_id (int):
        base_line (str | Unset):
        lines (int | Unset):  Default: 50.
        log_file (str):
        order (GetTrainingJobLogLinesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainJobLogLinesResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        version_id=version_id,
        base_line=base_line,
        lines=lines,
        log_file=log_file,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: int,
    version_id: int,
    *,
    client: AuthenticatedClient | Client,
    base_line: str | Unset = UNSET,
    lines: int | Unset = 50,
    log_file: str,
    order: GetTrainingJobLogLinesOrder | Unset = UNSET,
) -> IsSuccessError | TrainJobLogLinesResponse | None:
    """Read training job logs by line (new)

     Reads up to 500 lines of a log file around the cursor `base_line`; without it, the latest lines. To
    read on, pass `end_line` of the answer with `order=desc` (later lines), or `start_line` with
    `order=asc` (earlier lines).

    Args:
        project_id (str):
        job_id (int):
        version_id (int):
        base_line (str | Unset):
        lines (int | Unset):  Default: 50.
        log_file (str):
        order (GetTrainingJobLogLinesOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainJobLogLinesResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            version_id=version_id,
            client=client,
            base_line=base_line,
            lines=lines,
            log_file=log_file,
            order=order,
        )
    ).parsed
