from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_v2_update_request import DatasetV2UpdateRequest
from ...models.dataset_v2_update_response import DatasetV2UpdateResponse
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    body: DatasetV2UpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/datasets/{dataset_id}".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetV2UpdateResponse | ErrorMsg:
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
) -> DatasetV2UpdateResponse | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetV2UpdateResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetV2UpdateResponse | ErrorMsg]:
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
    body: DatasetV2UpdateRequest,
) -> Response[DatasetV2UpdateResponse | ErrorMsg]:
    """Modify a dataset

     Changes a dataset's name, description or current version, and adds, updates or deletes labels.
    Answers the dataset's ID.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetV2UpdateRequest): Body of `update_dataset_v2`: the fields to change; all are
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2UpdateResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        body=body,
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
    body: DatasetV2UpdateRequest,
) -> DatasetV2UpdateResponse | ErrorMsg | None:
    """Modify a dataset

     Changes a dataset's name, description or current version, and adds, updates or deletes labels.
    Answers the dataset's ID.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetV2UpdateRequest): Body of `update_dataset_v2`: the fields to change; all are
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2UpdateResponse | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetV2UpdateRequest,
) -> Response[DatasetV2UpdateResponse | ErrorMsg]:
    """Modify a dataset

     Changes a dataset's name, description or current version, and adds, updates or deletes labels.
    Answers the dataset's ID.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetV2UpdateRequest): Body of `update_dataset_v2`: the fields to change; all are
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2UpdateResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetV2UpdateRequest,
) -> DatasetV2UpdateResponse | ErrorMsg | None:
    """Modify a dataset

     Changes a dataset's name, description or current version, and adds, updates or deletes labels.
    Answers the dataset's ID.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetV2UpdateRequest): Body of `update_dataset_v2`: the fields to change; all are
            optional.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2UpdateResponse | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
