from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.algorithm_v2_list import AlgorithmV2List
from ...models.error_msg import ErrorMsg
from ...models.list_algorithms_v2_order import ListAlgorithmsV2Order
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = "create_time",
    order: ListAlgorithmsV2Order | Unset = ListAlgorithmsV2Order.DESC,
    group_by: str | Unset = UNSET,
    searches: str | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["sort_by"] = sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["group_by"] = group_by

    params["searches"] = searches

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/algorithms".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AlgorithmV2List | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AlgorithmV2List | ErrorMsg:
    if response.status_code == 200:
        response_200 = AlgorithmV2List.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlgorithmV2List | ErrorMsg]:
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = "create_time",
    order: ListAlgorithmsV2Order | Unset = ListAlgorithmsV2Order.DESC,
    group_by: str | Unset = UNSET,
    searches: str | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> Response[AlgorithmV2List | ErrorMsg]:
    """List algorithms

     Lists the user's algorithms that match the filters, one slice at a time. `offset` skips that many
    records (not pages) and `limit` caps the slice at 1 to 50 algorithms.

    Args:
        project_id (str):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (str | Unset):  Default: 'create_time'.
        order (ListAlgorithmsV2Order | Unset):  Default: ListAlgorithmsV2Order.DESC.
        group_by (str | Unset):
        searches (str | Unset):
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlgorithmV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        group_by=group_by,
        searches=searches,
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
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = "create_time",
    order: ListAlgorithmsV2Order | Unset = ListAlgorithmsV2Order.DESC,
    group_by: str | Unset = UNSET,
    searches: str | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> AlgorithmV2List | ErrorMsg | None:
    """List algorithms

     Lists the user's algorithms that match the filters, one slice at a time. `offset` skips that many
    records (not pages) and `limit` caps the slice at 1 to 50 algorithms.

    Args:
        project_id (str):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (str | Unset):  Default: 'create_time'.
        order (ListAlgorithmsV2Order | Unset):  Default: ListAlgorithmsV2Order.DESC.
        group_by (str | Unset):
        searches (str | Unset):
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlgorithmV2List | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        group_by=group_by,
        searches=searches,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = "create_time",
    order: ListAlgorithmsV2Order | Unset = ListAlgorithmsV2Order.DESC,
    group_by: str | Unset = UNSET,
    searches: str | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> Response[AlgorithmV2List | ErrorMsg]:
    """List algorithms

     Lists the user's algorithms that match the filters, one slice at a time. `offset` skips that many
    records (not pages) and `limit` caps the slice at 1 to 50 algorithms.

    Args:
        project_id (str):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (str | Unset):  Default: 'create_time'.
        order (ListAlgorithmsV2Order | Unset):  Default: ListAlgorithmsV2Order.DESC.
        group_by (str | Unset):
        searches (str | Unset):
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlgorithmV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        group_by=group_by,
        searches=searches,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = "create_time",
    order: ListAlgorithmsV2Order | Unset = ListAlgorithmsV2Order.DESC,
    group_by: str | Unset = UNSET,
    searches: str | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> AlgorithmV2List | ErrorMsg | None:
    """List algorithms

     Lists the user's algorithms that match the filters, one slice at a time. `offset` skips that many
    records (not pages) and `limit` caps the slice at 1 to 50 algorithms.

    Args:
        project_id (str):
        offset (int | Unset):
        limit (int | Unset):
        sort_by (str | Unset):  Default: 'create_time'.
        order (ListAlgorithmsV2Order | Unset):  Default: ListAlgorithmsV2Order.DESC.
        group_by (str | Unset):
        searches (str | Unset):
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlgorithmV2List | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            group_by=group_by,
            searches=searches,
            workspace_id=workspace_id,
        )
    ).parsed
