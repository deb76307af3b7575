from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_v2_stats import DatasetV2Stats
from ...models.error_msg import ErrorMsg
from ...models.get_dataset_stats_v2_sample_state import GetDatasetStatsV2SampleState
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    email: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetStatsV2SampleState | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["locale"] = locale

    json_sample_state: str | Unset = UNSET
    if not isinstance(sample_state, Unset):
        json_sample_state = sample_state.value

    params["sample_state"] = json_sample_state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/stats".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetV2Stats | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DatasetV2Stats | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetV2Stats.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetV2Stats | ErrorMsg]:
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
    email: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetStatsV2SampleState | Unset = UNSET,
) -> Response[DatasetV2Stats | ErrorMsg]:
    """Get the labeling statistics of a dataset

     Returns a dataset's label counts (overall and per labeling type), sample counts per state, hard
    example counts and reasons, and sample metadata statistics; optionally for one sample state or one
    team member.

    Args:
        project_id (str):
        dataset_id (str):
        email (str | Unset):
        locale (str | Unset):
        sample_state (GetDatasetStatsV2SampleState | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2Stats | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        email=email,
        locale=locale,
        sample_state=sample_state,
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
    email: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetStatsV2SampleState | Unset = UNSET,
) -> DatasetV2Stats | ErrorMsg | None:
    """Get the labeling statistics of a dataset

     Returns a dataset's label counts (overall and per labeling type), sample counts per state, hard
    example counts and reasons, and sample metadata statistics; optionally for one sample state or one
    team member.

    Args:
        project_id (str):
        dataset_id (str):
        email (str | Unset):
        locale (str | Unset):
        sample_state (GetDatasetStatsV2SampleState | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2Stats | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        email=email,
        locale=locale,
        sample_state=sample_state,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetStatsV2SampleState | Unset = UNSET,
) -> Response[DatasetV2Stats | ErrorMsg]:
    """Get the labeling statistics of a dataset

     Returns a dataset's label counts (overall and per labeling type), sample counts per state, hard
    example counts and reasons, and sample metadata statistics; optionally for one sample state or one
    team member.

    Args:
        project_id (str):
        dataset_id (str):
        email (str | Unset):
        locale (str | Unset):
        sample_state (GetDatasetStatsV2SampleState | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetV2Stats | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        email=email,
        locale=locale,
        sample_state=sample_state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    locale: str | Unset = UNSET,
    sample_state: GetDatasetStatsV2SampleState | Unset = UNSET,
) -> DatasetV2Stats | ErrorMsg | None:
    """Get the labeling statistics of a dataset

     Returns a dataset's label counts (overall and per labeling type), sample counts per state, hard
    example counts and reasons, and sample metadata statistics; optionally for one sample state or one
    team member.

    Args:
        project_id (str):
        dataset_id (str):
        email (str | Unset):
        locale (str | Unset):
        sample_state (GetDatasetStatsV2SampleState | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetV2Stats | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            email=email,
            locale=locale,
            sample_state=sample_state,
        )
    ).parsed
