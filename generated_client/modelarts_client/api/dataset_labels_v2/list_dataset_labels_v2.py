from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_label_v2_list import DatasetLabelV2List
from ...models.error_msg import ErrorMsg
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    version_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetLabelV2List | ErrorMsg:
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
) -> DatasetLabelV2List | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetLabelV2List.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetLabelV2List | ErrorMsg]:
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
    version_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100000,
) -> Response[DatasetLabelV2List | ErrorMsg]:
    """List the labels of a dataset

     Returns the labels defined in a dataset (or in one of its versions), with their type, property map
    and attributes. `offset` is the index of the start page (it counts pages, not records) and `limit`
    the number of labels per page, 1 to 100000 (all of them by default).

    Args:
        project_id (str):
        dataset_id (str):
        version_id (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetLabelV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        version_id=version_id,
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
    version_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100000,
) -> DatasetLabelV2List | ErrorMsg | None:
    """List the labels of a dataset

     Returns the labels defined in a dataset (or in one of its versions), with their type, property map
    and attributes. `offset` is the index of the start page (it counts pages, not records) and `limit`
    the number of labels per page, 1 to 100000 (all of them by default).

    Args:
        project_id (str):
        dataset_id (str):
        version_id (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetLabelV2List | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        version_id=version_id,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    version_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100000,
) -> Response[DatasetLabelV2List | ErrorMsg]:
    """List the labels of a dataset

     Returns the labels defined in a dataset (or in one of its versions), with their type, property map
    and attributes. `offset` is the index of the start page (it counts pages, not records) and `limit`
    the number of labels per page, 1 to 100000 (all of them by default).

    Args:
        project_id (str):
        dataset_id (str):
        version_id (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetLabelV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        version_id=version_id,
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
    version_id: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100000,
) -> DatasetLabelV2List | ErrorMsg | None:
    """List the labels of a dataset

     Returns the labels defined in a dataset (or in one of its versions), with their type, property map
    and attributes. `offset` is the index of the start page (it counts pages, not records) and `limit`
    the number of labels per page, 1 to 100000 (all of them by default).

    Args:
        project_id (str):
        dataset_id (str):
        version_id (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetLabelV2List | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            version_id=version_id,
            offset=offset,
            limit=limit,
        )
    ).parsed
