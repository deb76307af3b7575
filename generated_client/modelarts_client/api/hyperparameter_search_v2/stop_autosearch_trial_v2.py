from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_search_v2_trial_early_stop_response import AutoSearchV2TrialEarlyStopResponse
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    trial_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/autosearch-trial-earlystop/{trial_id}".format(
            project_id=quote(str(project_id), safe=""),
            training_job_id=quote(str(training_job_id), safe=""),
            trial_id=quote(str(trial_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoSearchV2TrialEarlyStopResponse | ErrorMsg:
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
) -> AutoSearchV2TrialEarlyStopResponse | ErrorMsg:
    if response.status_code == 200:
        response_200 = AutoSearchV2TrialEarlyStopResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutoSearchV2TrialEarlyStopResponse | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    training_job_id: str,
    trial_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutoSearchV2TrialEarlyStopResponse | ErrorMsg]:
    """Stop one trial of an auto search job early

     Ends one running hyperparameter search trial before it finishes. The request has no body.

    Args:
        project_id (str):
        training_job_id (str):
        trial_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSearchV2TrialEarlyStopResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        trial_id=trial_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    training_job_id: str,
    trial_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AutoSearchV2TrialEarlyStopResponse | ErrorMsg | None:
    """Stop one trial of an auto search job early

     Ends one running hyperparameter search trial before it finishes. The request has no body.

    Args:
        project_id (str):
        training_job_id (str):
        trial_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSearchV2TrialEarlyStopResponse | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        training_job_id=training_job_id,
        trial_id=trial_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    training_job_id: str,
    trial_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutoSearchV2TrialEarlyStopResponse | ErrorMsg]:
    """Stop one trial of an auto search job early

     Ends one running hyperparameter search trial before it finishes. The request has no body.

    Args:
        project_id (str):
        training_job_id (str):
        trial_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSearchV2TrialEarlyStopResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        trial_id=trial_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    training_job_id: str,
    trial_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AutoSearchV2TrialEarlyStopResponse | ErrorMsg | None:
    """Stop one trial of an auto search job early

     Ends one running hyperparameter search trial before it finishes. The request has no body.

    Args:
        project_id (str):
        training_job_id (str):
        trial_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSearchV2TrialEarlyStopResponse | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            training_job_id=training_job_id,
            trial_id=trial_id,
            client=client,
        )
    ).parsed
