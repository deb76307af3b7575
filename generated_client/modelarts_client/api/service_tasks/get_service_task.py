from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.service_task import ServiceTask
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    service_id: str,
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/{service_id}/tasks/{task_id}".format(
            project_id=quote(str(project_id), safe=""),
            service_id=quote(str(service_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | ServiceTask:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | ServiceTask:
    if response.status_code == 200:
        response_200 = ServiceTask.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | ServiceTask]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    service_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMsg | ServiceTask]:
    """Get a service task

     Returns one task of a service: its configuration, its status (`state`, with details in
    `status` and the algorithm's error in `error`) and, for a scheduled task, whether the schedule
    is active. The VCN password given at creation is not part of the answer.

    Args:
        project_id (str):
        service_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | ServiceTask]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    service_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMsg | ServiceTask | None:
    """Get a service task

     Returns one task of a service: its configuration, its status (`state`, with details in
    `status` and the algorithm's error in `error`) and, for a scheduled task, whether the schedule
    is active. The VCN password given at creation is not part of the answer.

    Args:
        project_id (str):
        service_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | ServiceTask
    """

    return sync_detailed(
        project_id=project_id,
        service_id=service_id,
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorMsg | ServiceTask]:
    """Get a service task

     Returns one task of a service: its configuration, its status (`state`, with details in
    `status` and the algorithm's error in `error`) and, for a scheduled task, whether the schedule
    is active. The VCN password given at creation is not part of the answer.

    Args:
        project_id (str):
        service_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | ServiceTask]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_id=service_id,
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorMsg | ServiceTask | None:
    """Get a service task

     Returns one task of a service: its configuration, its status (`state`, with details in
    `status` and the algorithm's error in `error`) and, for a scheduled task, whether the schedule
    is active. The VCN password given at creation is not part of the answer.

    Args:
        project_id (str):
        service_id (str):
        task_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | ServiceTask
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_id=service_id,
            task_id=task_id,
            client=client,
        )
    ).parsed
