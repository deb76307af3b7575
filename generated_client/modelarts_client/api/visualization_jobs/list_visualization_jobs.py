from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.job_status import JobStatus
from ...models.list_visualization_jobs_order import ListVisualizationJobsOrder
from ...models.list_visualization_jobs_sort_by import ListVisualizationJobsSortBy
from ...models.visualization_list import VisualizationList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    status: JobStatus | Unset = UNSET,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListVisualizationJobsSortBy | Unset = ListVisualizationJobsSortBy.JOB_ID,
    order: ListVisualizationJobsOrder | Unset = ListVisualizationJobsOrder.ASC,
    search_content: str | Unset = "",
    workspace_id: str | Unset = "0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["per_page"] = per_page

    params["page"] = page

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["search_content"] = search_content

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/visualization-jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | VisualizationList:
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
) -> IsSuccessError | VisualizationList:
    if response.status_code == 200:
        response_200 = VisualizationList.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | VisualizationList]:
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
    status: JobStatus | Unset = UNSET,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListVisualizationJobsSortBy | Unset = ListVisualizationJobsSortBy.JOB_ID,
    order: ListVisualizationJobsOrder | Unset = ListVisualizationJobsOrder.ASC,
    search_content: str | Unset = "",
    workspace_id: str | Unset = "0",
) -> Response[IsSuccessError | VisualizationList]:
    """List visualization jobs

     Returns one page of the visualization jobs matching the filters, with the user's quota.

    Args:
        project_id (str):
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared
            by training, visualization
            and other jobs.
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListVisualizationJobsSortBy | Unset):  Default:
            ListVisualizationJobsSortBy.JOB_ID.
        order (ListVisualizationJobsOrder | Unset):  Default: ListVisualizationJobsOrder.ASC.
        search_content (str | Unset):  Default: ''.
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | VisualizationList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        status=status,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: JobStatus | Unset = UNSET,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListVisualizationJobsSortBy | Unset = ListVisualizationJobsSortBy.JOB_ID,
    order: ListVisualizationJobsOrder | Unset = ListVisualizationJobsOrder.ASC,
    search_content: str | Unset = "",
    workspace_id: str | Unset = "0",
) -> IsSuccessError | VisualizationList | None:
    """List visualization jobs

     Returns one page of the visualization jobs matching the filters, with the user's quota.

    Args:
        project_id (str):
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared
            by training, visualization
            and other jobs.
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListVisualizationJobsSortBy | Unset):  Default:
            ListVisualizationJobsSortBy.JOB_ID.
        order (ListVisualizationJobsOrder | Unset):  Default: ListVisualizationJobsOrder.ASC.
        search_content (str | Unset):  Default: ''.
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | VisualizationList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        status=status,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: JobStatus | Unset = UNSET,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListVisualizationJobsSortBy | Unset = ListVisualizationJobsSortBy.JOB_ID,
    order: ListVisualizationJobsOrder | Unset = ListVisualizationJobsOrder.ASC,
    search_content: str | Unset = "",
    workspace_id: str | Unset = "0",
) -> Response[IsSuccessError | VisualizationList]:
    """List visualization jobs

     Returns one page of the visualization jobs matching the filters, with the user's quota.

    Args:
        project_id (str):
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared
            by training, visualization
            and other jobs.
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListVisualizationJobsSortBy | Unset):  Default:
            ListVisualizationJobsSortBy.JOB_ID.
        order (ListVisualizationJobsOrder | Unset):  Default: ListVisualizationJobsOrder.ASC.
        search_content (str | Unset):  Default: ''.
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | VisualizationList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        status=status,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: JobStatus | Unset = UNSET,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListVisualizationJobsSortBy | Unset = ListVisualizationJobsSortBy.JOB_ID,
    order: ListVisualizationJobsOrder | Unset = ListVisualizationJobsOrder.ASC,
    search_content: str | Unset = "",
    workspace_id: str | Unset = "0",
) -> IsSuccessError | VisualizationList | None:
    """List visualization jobs

     Returns one page of the visualization jobs matching the filters, with the user's quota.

    Args:
        project_id (str):
        status (JobStatus | Unset): Status code of a ModelArts job (reference section 5.5), shared
            by training, visualization
            and other jobs.
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListVisualizationJobsSortBy | Unset):  Default:
            ListVisualizationJobsSortBy.JOB_ID.
        order (ListVisualizationJobsOrder | Unset):  Default: ListVisualizationJobsOrder.ASC.
        search_content (str | Unset):  Default: ''.
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | VisualizationList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            status=status,
            per_page=per_page,
            page=page,
            sort_by=sort_by,
            order=order,
            search_content=search_content,
            workspace_id=workspace_id,
        )
    ).parsed
