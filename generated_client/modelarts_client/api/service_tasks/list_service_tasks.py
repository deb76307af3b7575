from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.list_service_tasks_sort_dir import ListServiceTasksSortDir
from ...models.list_service_tasks_sort_key import ListServiceTasksSortKey
from ...models.service_task_list_response import ServiceTaskListResponse
from ...models.service_task_state import ServiceTaskState
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    state: ServiceTaskState | Unset = UNSET,
    name_like: str | Unset = UNSET,
    id: str | Unset = UNSET,
    created_since: int | Unset = UNSET,
    created_until: int | Unset = UNSET,
    sort_dir: ListServiceTasksSortDir | Unset = UNSET,
    sort_key: ListServiceTasksSortKey | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    params["name_like"] = name_like

    params["id"] = id

    params["created_since"] = created_since

    params["created_until"] = created_until

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key.value

    params["sort_key"] = json_sort_key

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/tasks".format(
            project_id=quote(str(project_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMsg | ServiceTaskListResponse:
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
) -> ErrorMsg | ServiceTaskListResponse:
    if response.status_code == 200:
        response_200 = ServiceTaskListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | ServiceTaskListResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    state: ServiceTaskState | Unset = UNSET,
    name_like: str | Unset = UNSET,
    id: str | Unset = UNSET,
    created_since: int | Unset = UNSET,
    created_until: int | Unset = UNSET,
    sort_dir: ListServiceTasksSortDir | Unset = UNSET,
    sort_key: ListServiceTasksSortKey | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorMsg | ServiceTaskListResponse]:
    """List service tasks

     Lists the tasks of a service with their full configuration, filtered, sorted and paged.
    `offset` counts tasks (records), not pages. The filters and the sort parameters are not
    available for ModelArts Edge services; `offset` and `limit` are.

    Args:
        project_id (str):
        service_id (str):
        state (ServiceTaskState | Unset): Task status. The reference lists the values without
            defining them: PENDING (created, not yet
            started), STARTING, RUNNING, STOPPING, STOPPED, SUCCEEDED (finished its input or
            schedule),
            FAILED, CREATE_FAILED, START_FAILED, ABNORMAL (running but unhealthy), RECOVERING (coming
            back
            from ABNORMAL), UPGRADING (being updated), DELETING, FREEZING and FROZEN (the account is
            frozen).
        name_like (str | Unset):
        id (str | Unset):
        created_since (int | Unset):
        created_until (int | Unset):
        sort_dir (ListServiceTasksSortDir | Unset):
        sort_key (ListServiceTasksSortKey | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | ServiceTaskListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        state=state,
        name_like=name_like,
        id=id,
        created_since=created_since,
        created_until=created_until,
        sort_dir=sort_dir,
        sort_key=sort_key,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    state: ServiceTaskState | Unset = UNSET,
    name_like: str | Unset = UNSET,
    id: str | Unset = UNSET,
    created_since: int | Unset = UNSET,
    created_until: int | Unset = UNSET,
    sort_dir: ListServiceTasksSortDir | Unset = UNSET,
    sort_key: ListServiceTasksSortKey | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorMsg | ServiceTaskListResponse | None:
    """List service tasks

     Lists the tasks of a service with their full configuration, filtered, sorted and paged.
    `offset` counts tasks (records), not pages. The filters and the sort parameters are not
    available for ModelArts Edge services; `offset` and `limit` are.

    Args:
        project_id (str):
        service_id (str):
        state (ServiceTaskState | Unset): Task status. The reference lists the values without
            defining them: PENDING (created, not yet
            started), STARTING, RUNNING, STOPPING, STOPPED, SUCCEEDED (finished its input or
            schedule),
            FAILED, CREATE_FAILED, START_FAILED, ABNORMAL (running but unhealthy), RECOVERING (coming
            back
            from ABNORMAL), UPGRADING (being updated), DELETING, FREEZING and FROZEN (the account is
            frozen).
        name_like (str | Unset):
        id (str | Unset):
        created_since (int | Unset):
        created_until (int | Unset):
        sort_dir (ListServiceTasksSortDir | Unset):
        sort_key (ListServiceTasksSortKey | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | ServiceTaskListResponse
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        client=client,
        state=state,
        name_like=name_like,
        id=id,
        created_since=created_since,
        created_until=created_until,
        sort_dir=sort_dir,
        sort_key=sort_key,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    state: ServiceTaskState | Unset = UNSET,
    name_like: str | Unset = UNSET,
    id: str | Unset = UNSET,
    created_since: int | Unset = UNSET,
    created_until: int | Unset = UNSET,
    sort_dir: ListServiceTasksSortDir | Unset = UNSET,
    sort_key: ListServiceTasksSortKey | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ErrorMsg | ServiceTaskListResponse]:
    """List service tasks

     Lists the tasks of a service with their full configuration, filtered, sorted and paged.
    `offset` counts tasks (records), not pages. The filters and the sort parameters are not
    available for ModelArts Edge services; `offset` and `limit` are.

    Args:
        project_id (str):
        service_id (str):
        state (ServiceTaskState | Unset): Task status. The reference lists the values without
            defining them: PENDING (created, not yet
            started), STARTING, RUNNING, STOPPING, STOPPED, SUCCEEDED (finished its input or
            schedule),
            FAILED, CREATE_FAILED, START_FAILED, ABNORMAL (running but unhealthy), RECOVERING (coming
            back
            from ABNORMAL), UPGRADING (being updated), DELETING, FREEZING and FROZEN (the account is
            frozen).
        name_like (str | Unset):
        id (str | Unset):
        created_since (int | Unset):
        created_until (int | Unset):
        sort_dir (ListServiceTasksSortDir | Unset):
        sort_key (ListServiceTasksSortKey | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | ServiceTaskListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        state=state,
        name_like=name_like,
        id=id,
        created_since=created_since,
        created_until=created_until,
        sort_dir=sort_dir,
        sort_key=sort_key,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    state: ServiceTaskState | Unset = UNSET,
    name_like: str | Unset = UNSET,
    id: str | Unset = UNSET,
    created_since: int | Unset = UNSET,
    created_until: int | Unset = UNSET,
    sort_dir: ListServiceTasksSortDir | Unset = UNSET,
    sort_key: ListServiceTasksSortKey | Unset = UNSET,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ErrorMsg | ServiceTaskListResponse | None:
    """List service tasks

     Lists the tasks of a service with their full configuration, filtered, sorted and paged.
    `offset` counts tasks (records), not pages. The filters and the sort parameters are not
    available for ModelArts Edge services; `offset` and `limit` are.

    Args:
        project_id (str):
        service_id (str):
        state (ServiceTaskState | Unset): Task status. The reference lists the values without
            defining them: PENDING (created, not yet
            started), STARTING, RUNNING, STOPPING, STOPPED, SUCCEEDED (finished its input or
            schedule),
            FAILED, CREATE_FAILED, START_FAILED, ABNORMAL (running but unhealthy), RECOVERING (coming
            back
            from ABNORMAL), UPGRADING (being updated), DELETING, FREEZING and FROZEN (the account is
            frozen).
        name_like (str | Unset):
        id (str | Unset):
        created_since (int | Unset):
        created_until (int | Unset):
        sort_dir (ListServiceTasksSortDir | Unset):
        sort_key (ListServiceTasksSortKey | Unset):
        offset (int | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | ServiceTaskListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            client=client,
            state=state,
            name_like=name_like,
            id=id,
            created_since=created_since,
            created_until=created_until,
            sort_dir=sort_dir,
            sort_key=sort_key,
            offset=offset,
            limit=limit,
        )
    ).parsed
