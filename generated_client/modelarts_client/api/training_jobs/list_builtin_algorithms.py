from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.list_builtin_algorithms_order import ListBuiltinAlgorithmsOrder
from ...models.list_builtin_algorithms_sort_by import ListBuiltinAlgorithmsSortBy
from ...models.train_algorithm_list_response import TrainAlgorithmListResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListBuiltinAlgorithmsSortBy | Unset = ListBuiltinAlgorithmsSortBy.ENGINE,
    order: ListBuiltinAlgorithmsOrder | Unset = ListBuiltinAlgorithmsOrder.DESC,
    search_content: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/built-in-algorithms".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | TrainAlgorithmListResponse:
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
) -> IsSuccessError | TrainAlgorithmListResponse:
    if response.status_code == 200:
        response_200 = TrainAlgorithmListResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | TrainAlgorithmListResponse]:
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
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListBuiltinAlgorithmsSortBy | Unset = ListBuiltinAlgorithmsSortBy.ENGINE,
    order: ListBuiltinAlgorithmsOrder | Unset = ListBuiltinAlgorithmsOrder.DESC,
    search_content: str | Unset = UNSET,
) -> Response[IsSuccessError | TrainAlgorithmListResponse]:
    """List built-in algorithms

     Lists the built-in algorithms (models) whose IDs can be used as `config.model_id`.

    Args:
        project_id (str):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListBuiltinAlgorithmsSortBy | Unset):  Default:
            ListBuiltinAlgorithmsSortBy.ENGINE.
        order (ListBuiltinAlgorithmsOrder | Unset):  Default: ListBuiltinAlgorithmsOrder.DESC.
        search_content (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainAlgorithmListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListBuiltinAlgorithmsSortBy | Unset = ListBuiltinAlgorithmsSortBy.ENGINE,
    order: ListBuiltinAlgorithmsOrder | Unset = ListBuiltinAlgorithmsOrder.DESC,
    search_content: str | Unset = UNSET,
) -> IsSuccessError | TrainAlgorithmListResponse | None:
    """List built-in algorithms

     Lists the built-in algorithms (models) whose IDs can be used as `config.model_id`.

    Args:
        project_id (str):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListBuiltinAlgorithmsSortBy | Unset):  Default:
            ListBuiltinAlgorithmsSortBy.ENGINE.
        order (ListBuiltinAlgorithmsOrder | Unset):  Default: ListBuiltinAlgorithmsOrder.DESC.
        search_content (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainAlgorithmListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListBuiltinAlgorithmsSortBy | Unset = ListBuiltinAlgorithmsSortBy.ENGINE,
    order: ListBuiltinAlgorithmsOrder | Unset = ListBuiltinAlgorithmsOrder.DESC,
    search_content: str | Unset = UNSET,
) -> Response[IsSuccessError | TrainAlgorithmListResponse]:
    """List built-in algorithms

     Lists the built-in algorithms (models) whose IDs can be used as `config.model_id`.

    Args:
        project_id (str):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListBuiltinAlgorithmsSortBy | Unset):  Default:
            ListBuiltinAlgorithmsSortBy.ENGINE.
        order (ListBuiltinAlgorithmsOrder | Unset):  Default: ListBuiltinAlgorithmsOrder.DESC.
        search_content (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainAlgorithmListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListBuiltinAlgorithmsSortBy | Unset = ListBuiltinAlgorithmsSortBy.ENGINE,
    order: ListBuiltinAlgorithmsOrder | Unset = ListBuiltinAlgorithmsOrder.DESC,
    search_content: str | Unset = UNSET,
) -> IsSuccessError | TrainAlgorithmListResponse | None:
    """List built-in algorithms

     Lists the built-in algorithms (models) whose IDs can be used as `config.model_id`.

    Args:
        project_id (str):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListBuiltinAlgorithmsSortBy | Unset):  Default:
            ListBuiltinAlgorithmsSortBy.ENGINE.
        order (ListBuiltinAlgorithmsOrder | Unset):  Default: ListBuiltinAlgorithmsOrder.DESC.
        search_content (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainAlgorithmListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            per_page=per_page,
            page=page,
            sort_by=sort_by,
            order=order,
            search_content=search_content,
        )
    ).parsed
