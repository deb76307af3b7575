from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_sample_v2 import DatasetSampleV2
from ...models.error_msg import ErrorMsg
from ...models.get_dataset_sample_v2_sample_state import GetDatasetSampleV2SampleState
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    sample_id: str,
    *,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetSampleV2SampleState | Unset = UNSET,
    worker_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    json_sample_state: str | Unset = UNSET
    if not isinstance(sample_state, Unset):
        json_sample_state = sample_state.value

    params["sample_state"] = json_sample_state

    params["worker_id"] = worker_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples/{sample_id}".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
            sample_id=quote(str(sample_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetSampleV2 | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetSampleV2 | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetSampleV2.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetSampleV2 | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    dataset_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetSampleV2SampleState | Unset = UNSET,
    worker_id: str | Unset = UNSET,
) -> Response[DatasetSampleV2 | ErrorMsg]:
    """Get a sample

     Returns one sample of a dataset with its labels, metadata, team labeling state and source URL.

    Args:
        project_id (str):
        dataset_id (str):
        sample_id (str):
        locale (str | Unset):
        sample_state (GetDatasetSampleV2SampleState | Unset):
        worker_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSampleV2 | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        sample_id=sample_id,
        locale=locale,
        sample_state=sample_state,
        worker_id=worker_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    dataset_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetSampleV2SampleState | Unset = UNSET,
    worker_id: str | Unset = UNSET,
) -> DatasetSampleV2 | ErrorMsg | None:
    """Get a sample

     Returns one sample of a dataset with its labels, metadata, team labeling state and source URL.

    Args:
        project_id (str):
        dataset_id (str):
        sample_id (str):
        locale (str | Unset):
        sample_state (GetDatasetSampleV2SampleState | Unset):
        worker_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSampleV2 | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        sample_id=sample_id,
        client=client,
        locale=locale,
        sample_state=sample_state,
        worker_id=worker_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetSampleV2SampleState | Unset = UNSET,
    worker_id: str | Unset = UNSET,
) -> Response[DatasetSampleV2 | ErrorMsg]:
    """Get a sample

     Returns one sample of a dataset with its labels, metadata, team labeling state and source URL.

    Args:
        project_id (str):
        dataset_id (str):
        sample_id (str):
        locale (str | Unset):
        sample_state (GetDatasetSampleV2SampleState | Unset):
        worker_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSampleV2 | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        sample_id=sample_id,
        locale=locale,
        sample_state=sample_state,
        worker_id=worker_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    sample_id: str,
    *,
    client: AuthenticatedClient | Client,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetSampleV2SampleState | Unset = UNSET,
    worker_id: str | Unset = UNSET,
) -> DatasetSampleV2 | ErrorMsg | None:
    """Get a sample

     Returns one sample of a dataset with its labels, metadata, team labeling state and source URL.

    Args:
        project_id (str):
        dataset_id (str):
        sample_id (str):
        locale (str | Unset):
        sample_state (GetDatasetSampleV2SampleState | Unset):
        worker_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSampleV2 | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            sample_id=sample_id,
            client=client,
            locale=locale,
            sample_state=sample_state,
            worker_id=worker_id,
        )
    ).parsed
