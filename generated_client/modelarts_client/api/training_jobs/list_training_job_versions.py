from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.train_job_version_list_response import TrainJobVersionListResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    job_id: int,
    *,
    per_page: int | Unset = 10,
    page: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-jobs/{job_id}/versions".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | TrainJobVersionListResponse:
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
) -> IsSuccessError | TrainJobVersionListResponse:
    if response.status_code == 200:
        response_200 = TrainJobVersionListResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | TrainJobVersionListResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    job_id: int,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 0,
) -> Response[IsSuccessError | TrainJobVersionListResponse]:
    """List the versions of a training job

     Lists the versions of a training job. Without `page` (or with `page=0`) all versions come in one
    answer; set `page` from 1 to page through them.

    Args:
        project_id (str):
        job_id (int):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainJobVersionListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: int,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 0,
) -> IsSuccessError | TrainJobVersionListResponse | None:
    """List the versions of a training job

     Lists the versions of a training job. Without `page` (or with `page=0`) all versions come in one
    answer; set `page` from 1 to page through them.

    Args:
        project_id (str):
        job_id (int):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainJobVersionListResponse
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        client=client,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: int,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 0,
) -> Response[IsSuccessError | TrainJobVersionListResponse]:
    """List the versions of a training job

     Lists the versions of a training job. Without `page` (or with `page=0`) all versions come in one
    answer; set `page` from 1 to page through them.

    Args:
        project_id (str):
        job_id (int):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainJobVersionListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: int,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 0,
) -> IsSuccessError | TrainJobVersionListResponse | None:
    """List the versions of a training job

     Lists the versions of a training job. Without `page` (or with `page=0`) all versions come in one
    answer; set `page` from 1 to page through them.

    Args:
        project_id (str):
        job_id (int):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainJobVersionListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            per_page=per_page,
            page=page,
        )
    ).parsed
