from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_search_v2_trials_response import AutoSearchV2TrialsResponse
from ...models.error_msg import ErrorMsg
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/autosearch-trials".format(
            project_id=quote(str(project_id), safe=""),
            training_job_id=quote(str(training_job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoSearchV2TrialsResponse | ErrorMsg:
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
) -> AutoSearchV2TrialsResponse | ErrorMsg:
    if response.status_code == 200:
        response_200 = AutoSearchV2TrialsResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutoSearchV2TrialsResponse | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[AutoSearchV2TrialsResponse | ErrorMsg]:
    """List the trials of an auto search training job

     Returns the trials of a hyperparameter search job as a table: `items.header` names the
    columns and each row of `items.data` is one trial (its `status` column holds the trial
    status, e.g. `TERMINATED`; its `config` cell is an object with the sampled hyperparameters).
    `offset` skips that many trials and `limit` caps the rows returned (50 when omitted, as
    the reference's sample shows).

    Args:
        project_id (str):
        training_job_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSearchV2TrialsResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> AutoSearchV2TrialsResponse | ErrorMsg | None:
    """List the trials of an auto search training job

     Returns the trials of a hyperparameter search job as a table: `items.header` names the
    columns and each row of `items.data` is one trial (its `status` column holds the trial
    status, e.g. `TERMINATED`; its `config` cell is an object with the sampled hyperparameters).
    `offset` skips that many trials and `limit` caps the rows returned (50 when omitted, as
    the reference's sample shows).

    Args:
        project_id (str):
        training_job_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSearchV2TrialsResponse | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        training_job_id=training_job_id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[AutoSearchV2TrialsResponse | ErrorMsg]:
    """List the trials of an auto search training job

     Returns the trials of a hyperparameter search job as a table: `items.header` names the
    columns and each row of `items.data` is one trial (its `status` column holds the trial
    status, e.g. `TERMINATED`; its `config` cell is an object with the sampled hyperparameters).
    `offset` skips that many trials and `limit` caps the rows returned (50 when omitted, as
    the reference's sample shows).

    Args:
        project_id (str):
        training_job_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSearchV2TrialsResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    training_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> AutoSearchV2TrialsResponse | ErrorMsg | None:
    """List the trials of an auto search training job

     Returns the trials of a hyperparameter search job as a table: `items.header` names the
    columns and each row of `items.data` is one trial (its `status` column holds the trial
    status, e.g. `TERMINATED`; its `config` cell is an object with the sampled hyperparameters).
    `offset` skips that many trials and `limit` caps the rows returned (50 when omitted, as
    the reference's sample shows).

    Args:
        project_id (str):
        training_job_id (str):
        limit (int | Unset):
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSearchV2TrialsResponse | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            training_job_id=training_job_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
