from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.visualization_create_request import VisualizationCreateRequest
from ...models.visualization_create_response import VisualizationCreateResponse
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    body: VisualizationCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/visualization-jobs".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | VisualizationCreateResponse:
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
) -> IsSuccessError | VisualizationCreateResponse:
    if response.status_code == 200:
        response_200 = VisualizationCreateResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | VisualizationCreateResponse]:
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
    body: VisualizationCreateRequest,
) -> Response[IsSuccessError | VisualizationCreateResponse]:
    """Create a visualization job

     Starts a visualization job over an OBS path. The call returns at once; follow the job's
    status with list_visualization_jobs or get_visualization_job.

    Args:
        project_id (str):
        body (VisualizationCreateRequest): Body of create_visualization_job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | VisualizationCreateResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VisualizationCreateRequest,
) -> IsSuccessError | VisualizationCreateResponse | None:
    """Create a visualization job

     Starts a visualization job over an OBS path. The call returns at once; follow the job's
    status with list_visualization_jobs or get_visualization_job.

    Args:
        project_id (str):
        body (VisualizationCreateRequest): Body of create_visualization_job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | VisualizationCreateResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VisualizationCreateRequest,
) -> Response[IsSuccessError | VisualizationCreateResponse]:
    """Create a visualization job

     Starts a visualization job over an OBS path. The call returns at once; follow the job's
    status with list_visualization_jobs or get_visualization_job.

    Args:
        project_id (str):
        body (VisualizationCreateRequest): Body of create_visualization_job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | VisualizationCreateResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VisualizationCreateRequest,
) -> IsSuccessError | VisualizationCreateResponse | None:
    """Create a visualization job

     Starts a visualization job over an OBS path. The call returns at once; follow the job's
    status with list_visualization_jobs or get_visualization_job.

    Args:
        project_id (str):
        body (VisualizationCreateRequest): Body of create_visualization_job.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | VisualizationCreateResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
