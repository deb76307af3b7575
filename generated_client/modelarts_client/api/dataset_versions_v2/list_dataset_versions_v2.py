from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_version_v2_list import DatasetVersionV2List
from ...models.error_msg import ErrorMsg
from ...models.list_dataset_versions_v2_status import ListDatasetVersionsV2Status
from ...models.list_dataset_versions_v2_version_format import ListDatasetVersionsV2VersionFormat
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    status: ListDatasetVersionsV2Status | Unset = UNSET,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetVersionsV2VersionFormat | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: int | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["train_evaluate_ratio"] = train_evaluate_ratio

    json_version_format: int | Unset = UNSET
    if not isinstance(version_format, Unset):
        json_version_format = version_format.value

    params["version_format"] = json_version_format

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/versions".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetVersionV2List | ErrorMsg:
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
) -> DatasetVersionV2List | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetVersionV2List.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetVersionV2List | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: ListDatasetVersionsV2Status | Unset = UNSET,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetVersionsV2VersionFormat | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> Response[DatasetVersionV2List | ErrorMsg]:
    """List the versions of a dataset

     Lists the labeling versions released from a dataset, optionally filtered by status, format and
    training/validation split ratio. `offset` is the index of the page to return (the reference calls it
    the start page) and `limit` the page size, 1 to 1000.

    Args:
        project_id (str):
        dataset_id (str):
        status (ListDatasetVersionsV2Status | Unset):
        train_evaluate_ratio (str | Unset):
        version_format (ListDatasetVersionsV2VersionFormat | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetVersionV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        status=status,
        train_evaluate_ratio=train_evaluate_ratio,
        version_format=version_format,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: ListDatasetVersionsV2Status | Unset = UNSET,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetVersionsV2VersionFormat | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> DatasetVersionV2List | ErrorMsg | None:
    """List the versions of a dataset

     Lists the labeling versions released from a dataset, optionally filtered by status, format and
    training/validation split ratio. `offset` is the index of the page to return (the reference calls it
    the start page) and `limit` the page size, 1 to 1000.

    Args:
        project_id (str):
        dataset_id (str):
        status (ListDatasetVersionsV2Status | Unset):
        train_evaluate_ratio (str | Unset):
        version_format (ListDatasetVersionsV2VersionFormat | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetVersionV2List | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        status=status,
        train_evaluate_ratio=train_evaluate_ratio,
        version_format=version_format,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: ListDatasetVersionsV2Status | Unset = UNSET,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetVersionsV2VersionFormat | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> Response[DatasetVersionV2List | ErrorMsg]:
    """List the versions of a dataset

     Lists the labeling versions released from a dataset, optionally filtered by status, format and
    training/validation split ratio. `offset` is the index of the page to return (the reference calls it
    the start page) and `limit` the page size, 1 to 1000.

    Args:
        project_id (str):
        dataset_id (str):
        status (ListDatasetVersionsV2Status | Unset):
        train_evaluate_ratio (str | Unset):
        version_format (ListDatasetVersionsV2VersionFormat | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetVersionV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        status=status,
        train_evaluate_ratio=train_evaluate_ratio,
        version_format=version_format,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: ListDatasetVersionsV2Status | Unset = UNSET,
    train_evaluate_ratio: str | Unset = UNSET,
    version_format: ListDatasetVersionsV2VersionFormat | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 1000,
) -> DatasetVersionV2List | ErrorMsg | None:
    """List the versions of a dataset

     Lists the labeling versions released from a dataset, optionally filtered by status, format and
    training/validation split ratio. `offset` is the index of the page to return (the reference calls it
    the start page) and `limit` the page size, 1 to 1000.

    Args:
        project_id (str):
        dataset_id (str):
        status (ListDatasetVersionsV2Status | Unset):
        train_evaluate_ratio (str | Unset):
        version_format (ListDatasetVersionsV2VersionFormat | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetVersionV2List | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            status=status,
            train_evaluate_ratio=train_evaluate_ratio,
            version_format=version_format,
            offset=offset,
            limit=limit,
        )
    ).parsed
