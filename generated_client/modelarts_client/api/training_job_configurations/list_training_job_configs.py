from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.list_training_job_configs_config_type import ListTrainingJobConfigsConfigType
from ...models.list_training_job_configs_order import ListTrainingJobConfigsOrder
from ...models.list_training_job_configs_sort_by import ListTrainingJobConfigsSortBy
from ...models.train_config_list import TrainConfigList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListTrainingJobConfigsSortBy | Unset = ListTrainingJobConfigsSortBy.CONFIG_NAME,
    order: ListTrainingJobConfigsOrder | Unset = ListTrainingJobConfigsOrder.DESC,
    search_content: str | Unset = "",
    config_type: ListTrainingJobConfigsConfigType | Unset = ListTrainingJobConfigsConfigType.CUSTOM,
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

    json_config_type: str | Unset = UNSET
    if not isinstance(config_type, Unset):
        json_config_type = config_type.value

    params["config_type"] = json_config_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-job-configs".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | TrainConfigList:
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
) -> IsSuccessError | TrainConfigList:
    if response.status_code == 200:
        response_200 = TrainConfigList.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | TrainConfigList]:
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
    sort_by: ListTrainingJobConfigsSortBy | Unset = ListTrainingJobConfigsSortBy.CONFIG_NAME,
    order: ListTrainingJobConfigsOrder | Unset = ListTrainingJobConfigsOrder.DESC,
    search_content: str | Unset = "",
    config_type: ListTrainingJobConfigsConfigType | Unset = ListTrainingJobConfigsConfigType.CUSTOM,
) -> Response[IsSuccessError | TrainConfigList]:
    """List training job configurations

     Returns one page of the custom or sample training job configurations matching the search.

    Args:
        project_id (str):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListTrainingJobConfigsSortBy | Unset):  Default:
            ListTrainingJobConfigsSortBy.CONFIG_NAME.
        order (ListTrainingJobConfigsOrder | Unset):  Default: ListTrainingJobConfigsOrder.DESC.
        search_content (str | Unset):  Default: ''.
        config_type (ListTrainingJobConfigsConfigType | Unset):  Default:
            ListTrainingJobConfigsConfigType.CUSTOM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainConfigList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        config_type=config_type,
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
    sort_by: ListTrainingJobConfigsSortBy | Unset = ListTrainingJobConfigsSortBy.CONFIG_NAME,
    order: ListTrainingJobConfigsOrder | Unset = ListTrainingJobConfigsOrder.DESC,
    search_content: str | Unset = "",
    config_type: ListTrainingJobConfigsConfigType | Unset = ListTrainingJobConfigsConfigType.CUSTOM,
) -> IsSuccessError | TrainConfigList | None:
    """List training job configurations

     Returns one page of the custom or sample training job configurations matching the search.

    Args:
        project_id (str):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListTrainingJobConfigsSortBy | Unset):  Default:
            ListTrainingJobConfigsSortBy.CONFIG_NAME.
        order (ListTrainingJobConfigsOrder | Unset):  Default: ListTrainingJobConfigsOrder.DESC.
        search_content (str | Unset):  Default: ''.
        config_type (ListTrainingJobConfigsConfigType | Unset):  Default:
            ListTrainingJobConfigsConfigType.CUSTOM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainConfigList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        config_type=config_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListTrainingJobConfigsSortBy | Unset = ListTrainingJobConfigsSortBy.CONFIG_NAME,
    order: ListTrainingJobConfigsOrder | Unset = ListTrainingJobConfigsOrder.DESC,
    search_content: str | Unset = "",
    config_type: ListTrainingJobConfigsConfigType | Unset = ListTrainingJobConfigsConfigType.CUSTOM,
) -> Response[IsSuccessError | TrainConfigList]:
    """List training job configurations

     Returns one page of the custom or sample training job configurations matching the search.

    Args:
        project_id (str):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListTrainingJobConfigsSortBy | Unset):  Default:
            ListTrainingJobConfigsSortBy.CONFIG_NAME.
        order (ListTrainingJobConfigsOrder | Unset):  Default: ListTrainingJobConfigsOrder.DESC.
        search_content (str | Unset):  Default: ''.
        config_type (ListTrainingJobConfigsConfigType | Unset):  Default:
            ListTrainingJobConfigsConfigType.CUSTOM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainConfigList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        per_page=per_page,
        page=page,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        config_type=config_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = 10,
    page: int | Unset = 1,
    sort_by: ListTrainingJobConfigsSortBy | Unset = ListTrainingJobConfigsSortBy.CONFIG_NAME,
    order: ListTrainingJobConfigsOrder | Unset = ListTrainingJobConfigsOrder.DESC,
    search_content: str | Unset = "",
    config_type: ListTrainingJobConfigsConfigType | Unset = ListTrainingJobConfigsConfigType.CUSTOM,
) -> IsSuccessError | TrainConfigList | None:
    """List training job configurations

     Returns one page of the custom or sample training job configurations matching the search.

    Args:
        project_id (str):
        per_page (int | Unset):  Default: 10.
        page (int | Unset):  Default: 1.
        sort_by (ListTrainingJobConfigsSortBy | Unset):  Default:
            ListTrainingJobConfigsSortBy.CONFIG_NAME.
        order (ListTrainingJobConfigsOrder | Unset):  Default: ListTrainingJobConfigsOrder.DESC.
        search_content (str | Unset):  Default: ''.
        config_type (ListTrainingJobConfigsConfigType | Unset):  Default:
            ListTrainingJobConfigsConfigType.CUSTOM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainConfigList
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
            config_type=config_type,
        )
    ).parsed
