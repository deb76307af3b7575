from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.job_spec_resource_list import JobSpecResourceList
from ...models.list_job_resource_specs_job_type import ListJobResourceSpecsJobType
from ...models.list_job_resource_specs_project_type import ListJobResourceSpecsProjectType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    job_type: ListJobResourceSpecsJobType | Unset = UNSET,
    engine_id: int | Unset = 0,
    project_type: ListJobResourceSpecsProjectType | Unset = ListJobResourceSpecsProjectType.NON_EXEML,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_job_type: str | Unset = UNSET
    if not isinstance(job_type, Unset):
        json_job_type = job_type.value

    params["job_type"] = json_job_type

    params["engine_id"] = engine_id

    json_project_type: int | Unset = UNSET
    if not isinstance(project_type, Unset):
        json_project_type = project_type.value

    params["project_type"] = json_project_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/job/resource-specs".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | JobSpecResourceList:
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
) -> IsSuccessError | JobSpecResourceList:
    if response.status_code == 200:
        response_200 = JobSpecResourceList.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | JobSpecResourceList]:
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
    job_type: ListJobResourceSpecsJobType | Unset = UNSET,
    engine_id: int | Unset = 0,
    project_type: ListJobResourceSpecsProjectType | Unset = ListJobResourceSpecsProjectType.NON_EXEML,
) -> Response[IsSuccessError | JobSpecResourceList]:
    """List job resource specifications

     Returns the resource flavors a training or inference job (or an ExeML project) can be created
    with. The list is not paged.

    Args:
        project_id (str):
        job_type (ListJobResourceSpecsJobType | Unset):
        engine_id (int | Unset):  Default: 0.
        project_type (ListJobResourceSpecsProjectType | Unset):  Default:
            ListJobResourceSpecsProjectType.NON_EXEML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | JobSpecResourceList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_type=job_type,
        engine_id=engine_id,
        project_type=project_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_type: ListJobResourceSpecsJobType | Unset = UNSET,
    engine_id: int | Unset = 0,
    project_type: ListJobResourceSpecsProjectType | Unset = ListJobResourceSpecsProjectType.NON_EXEML,
) -> IsSuccessError | JobSpecResourceList | None:
    """List job resource specifications

     Returns the resource flavors a training or inference job (or an ExeML project) can be created
    with. The list is not paged.

    Args:
        project_id (str):
        job_type (ListJobResourceSpecsJobType | Unset):
        engine_id (int | Unset):  Default: 0.
        project_type (ListJobResourceSpecsProjectType | Unset):  Default:
            ListJobResourceSpecsProjectType.NON_EXEML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | JobSpecResourceList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        job_type=job_type,
        engine_id=engine_id,
        project_type=project_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_type: ListJobResourceSpecsJobType | Unset = UNSET,
    engine_id: int | Unset = 0,
    project_type: ListJobResourceSpecsProjectType | Unset = ListJobResourceSpecsProjectType.NON_EXEML,
) -> Response[IsSuccessError | JobSpecResourceList]:
    """List job resource specifications

     Returns the resource flavors a training or inference job (or an ExeML project) can be created
    with. The list is not paged.

    Args:
        project_id (str):
        job_type (ListJobResourceSpecsJobType | Unset):
        engine_id (int | Unset):  Default: 0.
        project_type (ListJobResourceSpecsProjectType | Unset):  Default:
            ListJobResourceSpecsProjectType.NON_EXEML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | JobSpecResourceList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_type=job_type,
        engine_id=engine_id,
        project_type=project_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    job_type: ListJobResourceSpecsJobType | Unset = UNSET,
    engine_id: int | Unset = 0,
    project_type: ListJobResourceSpecsProjectType | Unset = ListJobResourceSpecsProjectType.NON_EXEML,
) -> IsSuccessError | JobSpecResourceList | None:
    """List job resource specifications

     Returns the resource flavors a training or inference job (or an ExeML project) can be created
    with. The list is not paged.

    Args:
        project_id (str):
        job_type (ListJobResourceSpecsJobType | Unset):
        engine_id (int | Unset):  Default: 0.
        project_type (ListJobResourceSpecsProjectType | Unset):  Default:
            ListJobResourceSpecsProjectType.NON_EXEML.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | JobSpecResourceList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            job_type=job_type,
            engine_id=engine_id,
            project_type=project_type,
        )
    ).parsed
