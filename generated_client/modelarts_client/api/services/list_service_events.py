from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.list_service_events_event_type import ListServiceEventsEventType
from ...models.list_service_events_order import ListServiceEventsOrder
from ...models.service_event_list_response import ServiceEventListResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    event_type: ListServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ListServiceEventsOrder | Unset = ListServiceEventsOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_event_type: str | Unset = UNSET
    if not isinstance(event_type, Unset):
        json_event_type = event_type.value

    params["event_type"] = json_event_type

    params["event_info"] = event_info

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["offset"] = offset

    params["limit"] = limit

    params["sort_by"] = sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/events".format(
            project_id=quote(str(project_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | ServiceEventListResponse:
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
) -> IsSuccessError | ServiceEventListResponse:
    if response.status_code == 200:
        response_200 = ServiceEventListResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | ServiceEventListResponse]:
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
    event_type: ListServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ListServiceEventsOrder | Unset = ListServiceEventsOrder.DESC,
) -> Response[IsSuccessError | ServiceEventListResponse]:
    """List service events

     Lists the events of a service (operations, deployment steps, failure causes), filtered by type and
    time, sorted and paged.

    Args:
        project_id (str):
        service_id (str):
        event_type (ListServiceEventsEventType | Unset):
        event_info (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (str | Unset):  Default: 'occur_time'.
        order (ListServiceEventsOrder | Unset):  Default: ListServiceEventsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceEventListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        event_type=event_type,
        event_info=event_info,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
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
    event_type: ListServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ListServiceEventsOrder | Unset = ListServiceEventsOrder.DESC,
) -> IsSuccessError | ServiceEventListResponse | None:
    """List service events

     Lists the events of a service (operations, deployment steps, failure causes), filtered by type and
    time, sorted and paged.

    Args:
        project_id (str):
        service_id (str):
        event_type (ListServiceEventsEventType | Unset):
        event_info (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (str | Unset):  Default: 'occur_time'.
        order (ListServiceEventsOrder | Unset):  Default: ListServiceEventsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceEventListResponse
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        client=client,
        event_type=event_type,
        event_info=event_info,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    event_type: ListServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ListServiceEventsOrder | Unset = ListServiceEventsOrder.DESC,
) -> Response[IsSuccessError | ServiceEventListResponse]:
    """List service events

     Lists the events of a service (operations, deployment steps, failure causes), filtered by type and
    time, sorted and paged.

    Args:
        project_id (str):
        service_id (str):
        event_type (ListServiceEventsEventType | Unset):
        event_info (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (str | Unset):  Default: 'occur_time'.
        order (ListServiceEventsOrder | Unset):  Default: ListServiceEventsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceEventListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        event_type=event_type,
        event_info=event_info,
        start_time=start_time,
        end_time=end_time,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    event_type: ListServiceEventsEventType | Unset = UNSET,
    event_info: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    end_time: int | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: str | Unset = "occur_time",
    order: ListServiceEventsOrder | Unset = ListServiceEventsOrder.DESC,
) -> IsSuccessError | ServiceEventListResponse | None:
    """List service events

     Lists the events of a service (operations, deployment steps, failure causes), filtered by type and
    time, sorted and paged.

    Args:
        project_id (str):
        service_id (str):
        event_type (ListServiceEventsEventType | Unset):
        event_info (str | Unset):
        start_time (int | Unset):
        end_time (int | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (str | Unset):  Default: 'occur_time'.
        order (ListServiceEventsOrder | Unset):  Default: ListServiceEventsOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceEventListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            client=client,
            event_type=event_type,
            event_info=event_info,
            start_time=start_time,
            end_time=end_time,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
        )
    ).parsed
