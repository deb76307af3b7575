from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_server_image_list import DevServerImageList
from ...models.error_msg import ErrorMsg
from ...models.list_dev_server_images_server_type import ListDevServerImagesServerType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    server_type: ListDevServerImagesServerType | Unset = UNSET,
    flavor_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_server_type: str | Unset = UNSET
    if not isinstance(server_type, Unset):
        json_server_type = server_type.value

    params["server_type"] = json_server_type

    params["flavor_name"] = flavor_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/dev-servers/images".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevServerImageList | ErrorMsg:
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
) -> DevServerImageList | ErrorMsg:
    if response.status_code == 200:
        response_200 = DevServerImageList.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevServerImageList | ErrorMsg]:
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
    server_type: ListDevServerImagesServerType | Unset = UNSET,
    flavor_name: str | Unset = UNSET,
) -> Response[DevServerImageList | ErrorMsg]:
    """List Lite Server images

     Lists the operating system images a Lite Server can be created with or switched to, optionally only
    those for one server type or one flavor. The answer is not paged by the caller: it takes no offset
    or limit.

    Args:
        project_id (str):
        server_type (ListDevServerImagesServerType | Unset):
        flavor_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerImageList | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_type=server_type,
        flavor_name=flavor_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    server_type: ListDevServerImagesServerType | Unset = UNSET,
    flavor_name: str | Unset = UNSET,
) -> DevServerImageList | ErrorMsg | None:
    """List Lite Server images

     Lists the operating system images a Lite Server can be created with or switched to, optionally only
    those for one server type or one flavor. The answer is not paged by the caller: it takes no offset
    or limit.

    Args:
        project_id (str):
        server_type (ListDevServerImagesServerType | Unset):
        flavor_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerImageList | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        server_type=server_type,
        flavor_name=flavor_name,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    server_type: ListDevServerImagesServerType | Unset = UNSET,
    flavor_name: str | Unset = UNSET,
) -> Response[DevServerImageList | ErrorMsg]:
    """List Lite Server images

     Lists the operating system images a Lite Server can be created with or switched to, optionally only
    those for one server type or one flavor. The answer is not paged by the caller: it takes no offset
    or limit.

    Args:
        project_id (str):
        server_type (ListDevServerImagesServerType | Unset):
        flavor_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerImageList | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_type=server_type,
        flavor_name=flavor_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    server_type: ListDevServerImagesServerType | Unset = UNSET,
    flavor_name: str | Unset = UNSET,
) -> DevServerImageList | ErrorMsg | None:
    """List Lite Server images

     Lists the operating system images a Lite Server can be created with or switched to, optionally only
    those for one server type or one flavor. The answer is not paged by the caller: it takes no offset
    or limit.

    Args:
        project_id (str):
        server_type (ListDevServerImagesServerType | Unset):
        flavor_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerImageList | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            server_type=server_type,
            flavor_name=flavor_name,
        )
    ).parsed
