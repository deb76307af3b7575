from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.job_spec_engine_list import JobSpecEngineList
from ...models.list_job_engine_specs_job_type import ListJobEngineSpecsJobType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    job_type: ListJobEngineSpecsJobType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_job_type: str | Unset = UNSET
    if not isinstance(job_type, Unset):
        json_job_type = job_type.value

    params["job_type"] = json_job_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/job/ai-engines".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | JobSpecEngineList:
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
) -> IsSuccessError | JobSpecEngineList:
    if response.status_code == 200:
        response_200 = JobSpecEngineList.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | JobSpecEngineList]:
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
    job_type: ListJobEngineSpecsJobType | Unset = UNSET,
) -> Response[IsSuccessError | JobSpecEngineList]:
    """List job engine specifications

     Returns the AI engine types and versions a training or inference job can use. The list is not paged.

    Args:
        project_id (str):
        job_type (ListJobEngineSpecsJobType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | JobSpecEngineList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_type=job_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_type: ListJobEngineSpecsJobType | Unset = UNSET,
) -> IsSuccessError | JobSpecEngineList | None:
    """List job engine specifications

     Returns the AI engine types and versions a training or inference job can use. The list is not paged.

    Args:
        project_id (str):
        job_type (ListJobEngineSpecsJobType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | JobSpecEngineList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        job_type=job_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_type: ListJobEngineSpecsJobType | Unset = UNSET,
) -> Response[IsSuccessError | JobSpecEngineList]:
    """List job engine specifications

     Returns the AI engine types and versions a training or inference job can use. The list is not paged.

    Args:
        project_id (str):
        job_type (ListJobEngineSpecsJobType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | JobSpecEngineList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_type=job_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_type: ListJobEngineSpecsJobType | Unset = UNSET,
) -> IsSuccessError | JobSpecEngineList | None:
    """List job engine specifications

     Returns the AI engine types and versions a training or inference job can use. The list is not paged.

    Args:
        project_id (str):
        job_type (ListJobEngineSpecsJobType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | JobSpecEngineList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            job_type=job_type,
        )
    ).parsed
