from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_env_action_request import DevEnvActionRequest
from ...models.dev_env_action_response import DevEnvActionResponse
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    instance_id: str,
    *,
    body: DevEnvActionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/{project_id}/demanager/instances/{instance_id}/action".format(
            project_id=quote(str(project_id), safe=""),
            instance_id=quote(str(instance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DevEnvActionResponse | ErrorMsg:
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
) -> DevEnvActionResponse | ErrorMsg:
    if response.status_code == 200:
        response_200 = DevEnvActionResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevEnvActionResponse | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevEnvActionRequest,
) -> Response[DevEnvActionResponse | ErrorMsg]:
    """Start, stop, restart, queue or dequeue an instance

     Applies a lifecycle action to a notebook instance and answers with its status before and
    after. `queue` and `dequeue` apply only to instances on free resources.

    Args:
        project_id (str):
        instance_id (str):
        body (DevEnvActionRequest): Body of the instance action request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevEnvActionResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevEnvActionRequest,
) -> DevEnvActionResponse | ErrorMsg | None:
    """Start, stop, restart, queue or dequeue an instance

     Applies a lifecycle action to a notebook instance and answers with its status before and
    after. `queue` and `dequeue` apply only to instances on free resources.

    Args:
        project_id (str):
        instance_id (str):
        body (DevEnvActionRequest): Body of the instance action request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevEnvActionResponse | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        instance_id=instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevEnvActionRequest,
) -> Response[DevEnvActionResponse | ErrorMsg]:
    """Start, stop, restart, queue or dequeue an instance

     Applies a lifecycle action to a notebook instance and answers with its status before and
    after. `queue` and `dequeue` apply only to instances on free resources.

    Args:
        project_id (str):
        instance_id (str):
        body (DevEnvActionRequest): Body of the instance action request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevEnvActionResponse | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        instance_id=instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevEnvActionRequest,
) -> DevEnvActionResponse | ErrorMsg | None:
    """Start, stop, restart, queue or dequeue an instance

     Applies a lifecycle action to a notebook instance and answers with its status before and
    after. `queue` and `dequeue` apply only to instances on free resources.

    Args:
        project_id (str):
        instance_id (str):
        body (DevEnvActionRequest): Body of the instance action request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevEnvActionResponse | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            instance_id=instance_id,
            client=client,
            body=body,
        )
    ).parsed
