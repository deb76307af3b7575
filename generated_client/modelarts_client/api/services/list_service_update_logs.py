from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.service_update_logs_response import ServiceUpdateLogsResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    update_time: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["update_time"] = update_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/logs".format(
            project_id=quote(str(project_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | ServiceUpdateLogsResponse:
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
) -> IsSuccessError | ServiceUpdateLogsResponse:
    if response.status_code == 200:
        response_200 = ServiceUpdateLogsResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | ServiceUpdateLogsResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    update_time: int | Unset = UNSET,
) -> Response[IsSuccessError | ServiceUpdateLogsResponse]:
    """List service update logs

     Returns the update history of a real-time or edge service. Not paged.

    Args:
        project_id (str):
        service_id (str):
        update_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceUpdateLogsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        update_time=update_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    update_time: int | Unset = UNSET,
) -> IsSuccessError | ServiceUpdateLogsResponse | None:
    """List service update logs

     Returns the update history of a real-time or edge service. Not paged.

    Args:
        project_id (str):
        service_id (str):
        update_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceUpdateLogsResponse
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        client=client,
        update_time=update_time,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    update_time: int | Unset = UNSET,
) -> Response[IsSuccessError | ServiceUpdateLogsResponse]:
    """List service update logs

     Returns the update history of a real-time or edge service. Not paged.

    Args:
        project_id (str):
        service_id (str):
        update_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceUpdateLogsResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        update_time=update_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    update_time: int | Unset = UNSET,
) -> IsSuccessError | ServiceUpdateLogsResponse | None:
    """List service update logs

     Returns the update history of a real-time or edge service. Not paged.

    Args:
        project_id (str):
        service_id (str):
        update_time (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceUpdateLogsResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            client=client,
            update_time=update_time,
        )
    ).parsed
