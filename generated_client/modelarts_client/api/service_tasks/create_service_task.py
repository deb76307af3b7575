from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.service_task_create_request import ServiceTaskCreateRequest
from ...models.service_task_create_response import ServiceTaskCreateResponse
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    service_id: str,
    *,
    body: ServiceTaskCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/services/{service_id}/tasks".format(
            project_id=quote(str(project_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMsg | ServiceTaskCreateResponse:
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
) -> ErrorMsg | ServiceTaskCreateResponse:
    if response.status_code == 201:
        response_201 = ServiceTaskCreateResponse.from_dict(response.json())

        return response_201

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | ServiceTaskCreateResponse]:
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
    body: ServiceTaskCreateRequest,
) -> Response[ErrorMsg | ServiceTaskCreateResponse]:
    """Create a service task

     Creates an analysis task on an edge service (ModelArts Edge or IEF): the input it reads (a
    stream or file URL, a RESTful stream source, an edge camera, a VCN device, OBS files or a VIS
    stream), where results go (OBS, DIS, webhook; at least one), an optional schedule, and the
    algorithm settings in `config` (IEF only). Several entries in `input.data` are allowed here.
    Answers with the IDs of the tasks created; follow them with `get_service_task`.

    Args:
        project_id (str):
        service_id (str):
        body (ServiceTaskCreateRequest): Body of `create_service_task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | ServiceTaskCreateResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        body=body,
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
    body: ServiceTaskCreateRequest,
) -> ErrorMsg | ServiceTaskCreateResponse | None:
    """Create a service task

     Creates an analysis task on an edge service (ModelArts Edge or IEF): the input it reads (a
    stream or file URL, a RESTful stream source, an edge camera, a VCN device, OBS files or a VIS
    stream), where results go (OBS, DIS, webhook; at least one), an optional schedule, and the
    algorithm settings in `config` (IEF only). Several entries in `input.data` are allowed here.
    Answers with the IDs of the tasks created; follow them with `get_service_task`.

    Args:
        project_id (str):
        service_id (str):
        body (ServiceTaskCreateRequest): Body of `create_service_task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | ServiceTaskCreateResponse
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceTaskCreateRequest,
) -> Response[ErrorMsg | ServiceTaskCreateResponse]:
    """Create a service task

     Creates an analysis task on an edge service (ModelArts Edge or IEF): the input it reads (a
    stream or file URL, a RESTful stream source, an edge camera, a VCN device, OBS files or a VIS
    stream), where results go (OBS, DIS, webhook; at least one), an optional schedule, and the
    algorithm settings in `config` (IEF only). Several entries in `input.data` are allowed here.
    Answers with the IDs of the tasks created; follow them with `get_service_task`.

    Args:
        project_id (str):
        service_id (str):
        body (ServiceTaskCreateRequest): Body of `create_service_task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | ServiceTaskCreateResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceTaskCreateRequest,
) -> ErrorMsg | ServiceTaskCreateResponse | None:
    """Create a service task

     Creates an analysis task on an edge service (ModelArts Edge or IEF): the input it reads (a
    stream or file URL, a RESTful stream source, an edge camera, a VCN device, OBS files or a VIS
    stream), where results go (OBS, DIS, webhook; at least one), an optional schedule, and the
    algorithm settings in `config` (IEF only). Several entries in `input.data` are allowed here.
    Answers with the IDs of the tasks created; follow them with `get_service_task`.

    Args:
        project_id (str):
        service_id (str):
        body (ServiceTaskCreateRequest): Body of `create_service_task`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | ServiceTaskCreateResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            client=client,
            body=body,
        )
    ).parsed
