from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_v2_list import DatasetV2List
from ...models.error_msg import ErrorMsg
from ...models.list_datasets_v2_dataset_type import ListDatasetsV2DatasetType
from ...models.list_datasets_v2_dataset_version import ListDatasetsV2DatasetVersion
from ...models.list_datasets_v2_order import ListDatasetsV2Order
from ...models.list_datasets_v2_sort_by import ListDatasetsV2SortBy
from ...models.list_datasets_v2_version_format import ListDatasetsV2VersionFormat
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    sort_by: ListDatasetsV2SortBy | Unset = ListDatasetsV2SortBy.CREATE_TIME,
    order: ListDatasetsV2Order | Unset = ListDatasetsV2Order.DESC,
    search_content: str | Unset = UNSET,
    dataset_type: ListDatasetsV2DatasetType | Unset = UNSET,
    dataset_version: ListDatasetsV2DatasetVersion | Unset = UNSET,
    contain_versions: bool | Unset = UNSET,
    file_preview: bool | Unset = False,
    with_labels: bool | Unset = False,
    check_running_task: bool | Unset = False,
    support_export: bool | Unset = False,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetsV2VersionFormat | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params["search_content"] = search_content

    json_dataset_type: int | Unset = UNSET
    if not isinstance(dataset_type, Unset):
        json_dataset_type = dataset_type.value

    params["dataset_type"] = json_dataset_type

    json_dataset_version: str | Unset = UNSET
    if not isinstance(dataset_version, Unset):
        json_dataset_version = dataset_version.value

    params["dataset_version"] = json_dataset_version

    params["contain_versions"] = contain_versions

    params["file_preview"] = file_preview

    params["with_labels"] = with_labels

    params["check_running_task"] = check_running_task

    params["support_export"] = support_export

    params["train_evaluate_ratio"] = train_evaluate_ratio

    json_version_format: int | Unset = UNSET
    if not isinstance(version_format, Unset):
        json_version_format = version_format.value

    params["version_format"] = json_version_format

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetV2List | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetV2List | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetV2List.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetV2List | ErrorMsg]:
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    sort_by: ListDatasetsV2SortBy | Unset = ListDatasetsV2SortBy.CREATE_TIME,
    order: ListDatasetsV2Order | Unset = ListDatasetsV2Order.DESC,
    search_content: str | Unset = UNSET,
    dataset_type: ListDatasetsV2DatasetType | Unset = UNSET,
    dataset_version: ListDatasetsV2DatasetVersion | Unset = UNSET,
    contain_versions: bool | Unset = UNSET,
    file_preview: bool | Unset = False,
    with_labels: bool | Unset = False,
    check_running_task: bool | Unset = False,
    support_export: bool | Unset = False,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetsV2VersionFormat | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> Response[DatasetV2List | ErrorMsg]:
    """List datasets

     Lists the datasets that match the filters, one page at a time. `offset` is a page index (0 is the
    first page), not a number of records to skip; `limit` is the page size, 1 to 100 (10 by default).

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        sort_by (ListDatasetsV2SortBy | Unset):  Default: ListDatasetsV2SortBy.CREATE_TIME.
        order (ListDatasetsV2Order | Unset):  Default: ListDatasetsV2Order.DESC.
        search_content (str | Unset):
        dataset_type (ListDatasetsV2DatasetType | Unset):
        dataset_version (ListDatasetsV2DatasetVersion | Unset):
        contain_versions (bool | Unset):
        file_preview (bool | Unset):  Default: False.
        with_labels (bool | Unset):  Default: False.
        check_running_task (bool | Unset):  Default: False.
        support_export (bool | Unset):  Default: False.
        train_evaluate_ratio (str | Unset):
        version_format (ListDatasetsV2VersionFormat | Unset):
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        dataset_type=dataset_type,
        dataset_version=dataset_version,
        contain_versions=contain_versions,
        file_preview=file_preview,
        with_labels=with_labels,
        check_running_task=check_running_task,
        support_export=support_export,
        train_evaluate_ratio=train_evaluate_ratio,
        version_format=version_format,
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
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    sort_by: ListDatasetsV2SortBy | Unset = ListDatasetsV2SortBy.CREATE_TIME,
    order: ListDatasetsV2Order | Unset = ListDatasetsV2Order.DESC,
    search_content: str | Unset = UNSET,
    dataset_type: ListDatasetsV2DatasetType | Unset = UNSET,
    dataset_version: ListDatasetsV2DatasetVersion | Unset = UNSET,
    contain_versions: bool | Unset = UNSET,
    file_preview: bool | Unset = False,
    with_labels: bool | Unset = False,
    check_running_task: bool | Unset = False,
    support_export: bool | Unset = False,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetsV2VersionFormat | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> DatasetV2List | ErrorMsg | None:
    """List datasets

     Lists the datasets that match the filters, one page at a time. `offset` is a page index (0 is the
    first page), not a number of records to skip; `limit` is the page size, 1 to 100 (10 by default).

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        sort_by (ListDatasetsV2SortBy | Unset):  Default: ListDatasetsV2SortBy.CREATE_TIME.
        order (ListDatasetsV2Order | Unset):  Default: ListDatasetsV2Order.DESC.
        search_content (str | Unset):
        dataset_type (ListDatasetsV2DatasetType | Unset):
        dataset_version (ListDatasetsV2DatasetVersion | Unset):
        contain_versions (bool | Unset):
        file_preview (bool | Unset):  Default: False.
        with_labels (bool | Unset):  Default: False.
        check_running_task (bool | Unset):  Default: False.
        support_export (bool | Unset):  Default: False.
        train_evaluate_ratio (str | Unset):
        version_format (ListDatasetsV2VersionFormat | Unset):
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2List | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        dataset_type=dataset_type,
        dataset_version=dataset_version,
        contain_versions=contain_versions,
        file_preview=file_preview,
        with_labels=with_labels,
        check_running_task=check_running_task,
        support_export=support_export,
        train_evaluate_ratio=train_evaluate_ratio,
        version_format=version_format,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    sort_by: ListDatasetsV2SortBy | Unset = ListDatasetsV2SortBy.CREATE_TIME,
    order: ListDatasetsV2Order | Unset = ListDatasetsV2Order.DESC,
    search_content: str | Unset = UNSET,
    dataset_type: ListDatasetsV2DatasetType | Unset = UNSET,
    dataset_version: ListDatasetsV2DatasetVersion | Unset = UNSET,
    contain_versions: bool | Unset = UNSET,
    file_preview: bool | Unset = False,
    with_labels: bool | Unset = False,
    check_running_task: bool | Unset = False,
    support_export: bool | Unset = False,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetsV2VersionFormat | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> Response[DatasetV2List | ErrorMsg]:
    """List datasets

     Lists the datasets that match the filters, one page at a time. `offset` is a page index (0 is the
    first page), not a number of records to skip; `limit` is the page size, 1 to 100 (10 by default).

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        sort_by (ListDatasetsV2SortBy | Unset):  Default: ListDatasetsV2SortBy.CREATE_TIME.
        order (ListDatasetsV2Order | Unset):  Default: ListDatasetsV2Order.DESC.
        search_content (str | Unset):
        dataset_type (ListDatasetsV2DatasetType | Unset):
        dataset_version (ListDatasetsV2DatasetVersion | Unset):
        contain_versions (bool | Unset):
        file_preview (bool | Unset):  Default: False.
        with_labels (bool | Unset):  Default: False.
        check_running_task (bool | Unset):  Default: False.
        support_export (bool | Unset):  Default: False.
        train_evaluate_ratio (str | Unset):
        version_format (ListDatasetsV2VersionFormat | Unset):
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        offset=offset,
        limit=limit,
        sort_by=sort_by,
        order=order,
        search_content=search_content,
        dataset_type=dataset_type,
        dataset_version=dataset_version,
        contain_versions=contain_versions,
        file_preview=file_preview,
        with_labels=with_labels,
        check_running_task=check_running_task,
        support_export=support_export,
        train_evaluate_ratio=train_evaluate_ratio,
        version_format=version_format,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
    sort_by: ListDatasetsV2SortBy | Unset = ListDatasetsV2SortBy.CREATE_TIME,
    order: ListDatasetsV2Order | Unset = ListDatasetsV2Order.DESC,
    search_content: str | Unset = UNSET,
    dataset_type: ListDatasetsV2DatasetType | Unset = UNSET,
    dataset_version: ListDatasetsV2DatasetVersion | Unset = UNSET,
    contain_versions: bool | Unset = UNSET,
    file_preview: bool | Unset = False,
    with_labels: bool | Unset = False,
    check_running_task: bool | Unset = False,
    support_export: bool | Unset = False,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetsV2VersionFormat | Unset = UNSET,
    workspace_id: str | Unset = "0",
) -> DatasetV2List | ErrorMsg | None:
    """List datasets

     Lists the datasets that match the filters, one page at a time. `offset` is a page index (0 is the
    first page), not a number of records to skip; `limit` is the page size, 1 to 100 (10 by default).

    Args:
        project_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.
        sort_by (ListDatasetsV2SortBy | Unset):  Default: ListDatasetsV2SortBy.CREATE_TIME.
        order (ListDatasetsV2Order | Unset):  Default: ListDatasetsV2Order.DESC.
        search_content (str | Unset):
        dataset_type (ListDatasetsV2DatasetType | Unset):
        dataset_version (ListDatasetsV2DatasetVersion | Unset):
        contain_versions (bool | Unset):
        file_preview (bool | Unset):  Default: False.
        with_labels (bool | Unset):  Default: False.
        check_running_task (bool | Unset):  Default: False.
        support_export (bool | Unset):  Default: False.
        train_evaluate_ratio (str | Unset):
        version_format (ListDatasetsV2VersionFormat | Unset):
        workspace_id (str | Unset):  Default: '0'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2List | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            offset=offset,
            limit=limit,
            sort_by=sort_by,
            order=order,
            search_content=search_content,
            dataset_type=dataset_type,
            dataset_version=dataset_version,
            contain_versions=contain_versions,
            file_preview=file_preview,
            with_labels=with_labels,
            check_running_task=check_running_task,
            support_export=support_export,
            train_evaluate_ratio=train_evaluate_ratio,
            version_format=version_format,
            workspace_id=workspace_id,
        )
    ).parsed
