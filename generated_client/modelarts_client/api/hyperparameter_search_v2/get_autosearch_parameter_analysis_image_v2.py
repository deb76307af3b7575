from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_search_v2_parameter_analysis_image_response import AutoSearchV2ParameterAnalysisImageResponse
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    training_job_id: str,
    parameter_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-jobs/{training_job_id}/autosearch-parameter-analysis/{parameter_name}".format(
            project_id=quote(str(project_id), safe=""),
            training_job_id=quote(str(training_job_id), safe=""),
            parameter_name=quote(str(parameter_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg:
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
) -> AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg:
    if response.status_code == 200:
        response_200 = AutoSearchV2ParameterAnalysisImageResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    training_job_id: str,
    parameter_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg]:
    """Get where the sensitivity analysis image of a hyperparameter is stored

     Returns the storage path of the sensitivity analysis image (PNG) of one search parameter.

    Args:
        project_id (str):
        training_job_id (str):
        parameter_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        parameter_name=parameter_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    training_job_id: str,
    parameter_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg | None:
    """Get where the sensitivity analysis image of a hyperparameter is stored

     Returns the storage path of the sensitivity analysis image (PNG) of one search parameter.

    Args:
        project_id (str):
        training_job_id (str):
        parameter_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        training_job_id=training_job_id,
        parameter_name=parameter_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    training_job_id: str,
    parameter_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg]:
    """Get where the sensitivity analysis image of a hyperparameter is stored

     Returns the storage path of the sensitivity analysis image (PNG) of one search parameter.

    Args:
        project_id (str):
        training_job_id (str):
        parameter_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        training_job_id=training_job_id,
        parameter_name=parameter_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    training_job_id: str,
    parameter_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg | None:
    """Get where the sensitivity analysis image of a hyperparameter is stored

     Returns the storage path of the sensitivity analysis image (PNG) of one search parameter.

    Args:
        project_id (str):
        training_job_id (str):
        parameter_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoSearchV2ParameterAnalysisImageResponse | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            training_job_id=training_job_id,
            parameter_name=parameter_name,
            client=client,
        )
    ).parsed
