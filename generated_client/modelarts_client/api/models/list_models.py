from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.list_models_order import ListModelsOrder
from ...models.list_models_sort_by import ListModelsSortBy
from ...models.model_list_response import ModelListResponse
from ...models.model_status import ModelStatus
from ...models.model_type import ModelType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListModelsSortBy | Unset = ListModelsSortBy.CREATE_AT,
    order: ListModelsOrder | Unset = ListModelsOrder.DESC,
    workspace_id: str | Unset = "0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_name"] = model_name

    params["exact_match"] = exact_match

    params["model_version"] = model_version

    json_model_status: str | Unset = UNSET
    if not isinstance(model_status, Unset):
        json_model_status = model_status.value

    params["model_status"] = json_model_status

    json_model_type: str | Unset = UNSET
    if not isinstance(model_type, Unset):
        json_model_type = model_type.value

    params["model_type"] = json_model_type

    json_not_model_type: str | Unset = UNSET
    if not isinstance(not_model_type, Unset):
        json_not_model_type = not_model_type.value

    params["not_model_type"] = json_not_model_type

    params["description"] = description

    params["offset"] = offset

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sort_by"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/models".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | ModelListResponse:
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
) -> IsSuccessError | ModelListResponse:
    if response.status_code == 200:
        response_200 = ModelListResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | ModelListResponse]:
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
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListModelsSortBy | Unset = ListModelsSortBy.CREATE_AT,
    order: ListModelsOrder | Unset = ListModelsOrder.DESC,
    workspace_id: str | Unset = "0",
) -> Response[IsSuccessError | ModelListResponse]:
    """List models

     Lists the models matching the given filters, one page at a time. `offset` is the index of
    the page (not of a record) and `limit` the number of models per page.

    Args:
        project_id (str):
        model_name (str | Unset):
        exact_match (bool | Unset):
        model_version (str | Unset):
        model_status (ModelStatus | Unset): Model status (values listed with the `model_status`
            filter of the list operation).
        model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in the
            import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        not_model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in
            the import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        description (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListModelsSortBy | Unset):  Default: ListModelsSortBy.CREATE_AT.
        order (ListModelsOrder | Unset):  Default: ListModelsOrder.DESC.
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ModelListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        model_name=model_name,
        exact_match=exact_match,
        model_version=model_version,
        model_status=model_status,
        model_type=model_type,
        not_model_type=not_model_type,
        description=description,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
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
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListModelsSortBy | Unset = ListModelsSortBy.CREATE_AT,
    order: ListModelsOrder | Unset = ListModelsOrder.DESC,
    workspace_id: str | Unset = "0",
) -> IsSuccessError | ModelListResponse | None:
    """List models

     Lists the models matching the given filters, one page at a time. `offset` is the index of
    the page (not of a record) and `limit` the number of models per page.

    Args:
        project_id (str):
        model_name (str | Unset):
        exact_match (bool | Unset):
        model_version (str | Unset):
        model_status (ModelStatus | Unset): Model status (values listed with the `model_status`
            filter of the list operation).
        model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in the
            import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        not_model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in
            the import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        description (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListModelsSortBy | Unset):  Default: ListModelsSortBy.CREATE_AT.
        order (ListModelsOrder | Unset):  Default: ListModelsOrder.DESC.
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ModelListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        model_name=model_name,
        exact_match=exact_match,
        model_version=model_version,
        model_status=model_status,
        model_type=model_type,
        not_model_type=not_model_type,
        description=description,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListModelsSortBy | Unset = ListModelsSortBy.CREATE_AT,
    order: ListModelsOrder | Unset = ListModelsOrder.DESC,
    workspace_id: str | Unset = "0",
) -> Response[IsSuccessError | ModelListResponse]:
    """List models

     Lists the models matching the given filters, one page at a time. `offset` is the index of
    the page (not of a record) and `limit` the number of models per page.

    Args:
        project_id (str):
        model_name (str | Unset):
        exact_match (bool | Unset):
        model_version (str | Unset):
        model_status (ModelStatus | Unset): Model status (values listed with the `model_status`
            filter of the list operation).
        model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in the
            import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        not_model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in
            the import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        description (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListModelsSortBy | Unset):  Default: ListModelsSortBy.CREATE_AT.
        order (ListModelsOrder | Unset):  Default: ListModelsOrder.DESC.
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ModelListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        model_name=model_name,
        exact_match=exact_match,
        model_version=model_version,
        model_status=model_status,
        model_type=model_type,
        not_model_type=not_model_type,
        description=description,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    exact_match: bool | Unset = UNSET,
    model_version: str | Unset = UNSET,
    model_status: ModelStatus | Unset = UNSET,
    model_type: ModelType | Unset = UNSET,
    not_model_type: ModelType | Unset = UNSET,
    description: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
    sort_by: ListModelsSortBy | Unset = ListModelsSortBy.CREATE_AT,
    order: ListModelsOrder | Unset = ListModelsOrder.DESC,
    workspace_id: str | Unset = "0",
) -> IsSuccessError | ModelListResponse | None:
    """List models

     Lists the models matching the given filters, one page at a time. `offset` is the index of
    the page (not of a record) and `limit` the number of models per page.

    Args:
        project_id (str):
        model_name (str | Unset):
        exact_match (bool | Unset):
        model_version (str | Unset):
        model_status (ModelStatus | Unset): Model status (values listed with the `model_status`
            filter of the list operation).
        model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in the
            import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        not_model_type (ModelType | Unset): AI framework or kind of a model. Union of the lists in
            the import, list and details
            sections (MindSpore appears only in the list and details sections) and of the current
            edition, which adds Custom and Template.
        description (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.
        sort_by (ListModelsSortBy | Unset):  Default: ListModelsSortBy.CREATE_AT.
        order (ListModelsOrder | Unset):  Default: ListModelsOrder.DESC.
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ModelListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            model_name=model_name,
            exact_match=exact_match,
            model_version=model_version,
            model_status=model_status,
            model_type=model_type,
            not_model_type=not_model_type,
            description=description,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            workspace_id=workspace_id,
        )
    ).parsed
