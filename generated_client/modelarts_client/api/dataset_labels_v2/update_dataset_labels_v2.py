from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_label_v2_batch_request import DatasetLabelV2BatchRequest
from ...models.dataset_label_v2_batch_result import DatasetLabelV2BatchResult
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    body: DatasetLabelV2BatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels".format(
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
) -> DatasetLabelV2BatchResult | ErrorMsg:
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
) -> DatasetLabelV2BatchResult | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetLabelV2BatchResult.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetLabelV2BatchResult | ErrorMsg]:
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
    body: DatasetLabelV2BatchRequest,
) -> Response[DatasetLabelV2BatchResult | ErrorMsg]:
    """Modify labels of a dataset in a batch

     Changes the properties of several labels at once, each named by `name`. A label is renamed by giving
    the new name in its `@modelarts:rename_to` property. The answer says whether the batch succeeded
    and, per label, whether it was changed.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetLabelV2BatchRequest): Labels to create, modify or delete in one call. To
            modify, `name` picks the label and `property` carries the new values
            (`@modelarts:rename_to` renames it); to delete, `name` is enough.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetLabelV2BatchResult | ErrorMsg]
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
    body: DatasetLabelV2BatchRequest,
) -> DatasetLabelV2BatchResult | ErrorMsg | None:
    """Modify labels of a dataset in a batch

     Changes the properties of several labels at once, each named by `name`. A label is renamed by giving
    the new name in its `@modelarts:rename_to` property. The answer says whether the batch succeeded
    and, per label, whether it was changed.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetLabelV2BatchRequest): Labels to create, modify or delete in one call. To
            modify, `name` picks the label and `property` carries the new values
            (`@modelarts:rename_to` renames it); to delete, `name` is enough.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetLabelV2BatchResult | ErrorMsg
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
    body: DatasetLabelV2BatchRequest,
) -> Response[DatasetLabelV2BatchResult | ErrorMsg]:
    """Modify labels of a dataset in a batch

     Changes the properties of several labels at once, each named by `name`. A label is renamed by giving
    the new name in its `@modelarts:rename_to` property. The answer says whether the batch succeeded
    and, per label, whether it was changed.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetLabelV2BatchRequest): Labels to create, modify or delete in one call. To
            modify, `name` picks the label and `property` carries the new values
            (`@modelarts:rename_to` renames it); to delete, `name` is enough.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetLabelV2BatchResult | ErrorMsg]
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
    body: DatasetLabelV2BatchRequest,
) -> DatasetLabelV2BatchResult | ErrorMsg | None:
    """Modify labels of a dataset in a batch

     Changes the properties of several labels at once, each named by `name`. A label is renamed by giving
    the new name in its `@modelarts:rename_to` property. The answer says whether the batch succeeded
    and, per label, whether it was changed.

    Args:
        project_id (str):
        dataset_id (str):
        body (DatasetLabelV2BatchRequest): Labels to create, modify or delete in one call. To
            modify, `name` picks the label and `property` carries the new values
            (`@modelarts:rename_to` renames it); to delete, `name` is enough.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetLabelV2BatchResult | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
