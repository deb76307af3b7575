from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_server_image import DevServerImage
from ...models.error_msg import ErrorMsg
from ...types import Response, status_code_of


def _get_kwargs(
    project_id: str,
    image_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/dev-servers/images/{image_id}".format(
            project_id=quote(str(project_id), safe=""),
            image_id=quote(str(image_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevServerImage | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevServerImage | ErrorMsg:
    if response.status_code == 200:
        response_200 = DevServerImage.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevServerImage | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DevServerImage | ErrorMsg]:
    """Get a Lite Server image

     Returns one image of the Lite Server catalogue.

    Args:
        project_id (str):
        image_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerImage | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DevServerImage | ErrorMsg | None:
    """Get a Lite Server image

     Returns one image of the Lite Server catalogue.

    Args:
        project_id (str):
        image_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerImage | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        image_id=image_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DevServerImage | ErrorMsg]:
    """Get a Lite Server image

     Returns one image of the Lite Server catalogue.

    Args:
        project_id (str):
        image_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerImage | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        image_id=image_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    image_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DevServerImage | ErrorMsg | None:
    """Get a Lite Server image

     Returns one image of the Lite Server catalogue.

    Args:
        project_id (str):
        image_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerImage | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            image_id=image_id,
            client=client,
        )
    ).parsed
