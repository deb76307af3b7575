from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.training_job_v2_list import TrainingJobV2List
from ...models.training_job_v2_search_request import TrainingJobV2SearchRequest
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    body: TrainingJobV2SearchRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/training-job-searches".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | TrainingJobV2List:
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
) -> ErrorMsg | TrainingJobV2List:
    if response.status_code == 200:
        response_200 = TrainingJobV2List.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | TrainingJobV2List]:
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
    body: TrainingJobV2SearchRequest | Unset = UNSET,
) -> Response[ErrorMsg | TrainingJobV2List]:
    """Search training jobs (v2)

     Lists the user's training jobs that match the body's filters, one page at a time. Paging is in the
    body: `limit` jobs per page (1 to 50) and `offset`, which counts pages from 0, not records. The
    answer holds the jobs in `items`, the number matching in `count` and all of the user's jobs in
    `total`.

    Args:
        project_id (str):
        body (TrainingJobV2SearchRequest | Unset): Body of a training-job search. `offset` counts
            pages, not records (0 is the first page of `limit` jobs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TrainingJobV2List]
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
    body: TrainingJobV2SearchRequest | Unset = UNSET,
) -> ErrorMsg | TrainingJobV2List | None:
    """Search training jobs (v2)

     Lists the user's training jobs that match the body's filters, one page at a time. Paging is in the
    body: `limit` jobs per page (1 to 50) and `offset`, which counts pages from 0, not records. The
    answer holds the jobs in `items`, the number matching in `count` and all of the user's jobs in
    `total`.

    Args:
        project_id (str):
        body (TrainingJobV2SearchRequest | Unset): Body of a training-job search. `offset` counts
            pages, not records (0 is the first page of `limit` jobs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TrainingJobV2List
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
    body: TrainingJobV2SearchRequest | Unset = UNSET,
) -> Response[ErrorMsg | TrainingJobV2List]:
    """Search training jobs (v2)

     Lists the user's training jobs that match the body's filters, one page at a time. Paging is in the
    body: `limit` jobs per page (1 to 50) and `offset`, which counts pages from 0, not records. The
    answer holds the jobs in `items`, the number matching in `count` and all of the user's jobs in
    `total`.

    Args:
        project_id (str):
        body (TrainingJobV2SearchRequest | Unset): Body of a training-job search. `offset` counts
            pages, not records (0 is the first page of `limit` jobs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TrainingJobV2List]
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
    body: TrainingJobV2SearchRequest | Unset = UNSET,
) -> ErrorMsg | TrainingJobV2List | None:
    """Search training jobs (v2)

     Lists the user's training jobs that match the body's filters, one page at a time. Paging is in the
    body: `limit` jobs per page (1 to 50) and `offset`, which counts pages from 0, not records. The
    answer holds the jobs in `items`, the number matching in `count` and all of the user's jobs in
    `total`.

    Args:
        project_id (str):
        body (TrainingJobV2SearchRequest | Unset): Body of a training-job search. `offset` counts
            pages, not records (0 is the first page of `limit` jobs).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TrainingJobV2List
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
