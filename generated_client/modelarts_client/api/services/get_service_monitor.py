from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.service_monitor_response import ServiceMonitorResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    node_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["node_id"] = node_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/monitor".format(
            project_id=quote(str(project_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | ServiceMonitorResponse:
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
) -> IsSuccessError | ServiceMonitorResponse:
    if response.status_code == 200:
        response_200 = ServiceMonitorResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | ServiceMonitorResponse]:
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
    node_id: str | Unset = UNSET,
) -> Response[IsSuccessError | ServiceMonitorResponse]:
    """Get service monitoring information

     Returns call counts, instance counts and resource usage (CPU, memory, GPU, NPU) per model (real-time
    services) or per node (edge services), and the service's instance counts and calls in the last
    minute. Batch services are not supported.

    Args:
        project_id (str):
        service_id (str):
        node_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceMonitorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        node_id=node_id,
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
    node_id: str | Unset = UNSET,
) -> IsSuccessError | ServiceMonitorResponse | None:
    """Get service monitoring information

     Returns call counts, instance counts and resource usage (CPU, memory, GPU, NPU) per model (real-time
    services) or per node (edge services), and the service's instance counts and calls in the last
    minute. Batch services are not supported.

    Args:
        project_id (str):
        service_id (str):
        node_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceMonitorResponse
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        client=client,
        node_id=node_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    node_id: str | Unset = UNSET,
) -> Response[IsSuccessError | ServiceMonitorResponse]:
    """Get service monitoring information

     Returns call counts, instance counts and resource usage (CPU, memory, GPU, NPU) per model (real-time
    services) or per node (edge services), and the service's instance counts and calls in the last
    minute. Batch services are not supported.

    Args:
        project_id (str):
        service_id (str):
        node_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceMonitorResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        node_id=node_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    node_id: str | Unset = UNSET,
) -> IsSuccessError | ServiceMonitorResponse | None:
    """Get service monitoring information

     Returns call counts, instance counts and resource usage (CPU, memory, GPU, NPU) per model (real-time
    services) or per node (edge services), and the service's instance counts and calls in the last
    minute. Batch services are not supported.

    Args:
        project_id (str):
        service_id (str):
        node_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceMonitorResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            client=client,
            node_id=node_id,
        )
    ).parsed
