from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_server_flavor_list import DevServerFlavorList
from ...models.error_msg import ErrorMsg
from ...models.list_dev_server_flavors_arch import ListDevServerFlavorsArch
from ...models.list_dev_server_flavors_charging_mode import ListDevServerFlavorsChargingMode
from ...models.list_dev_server_flavors_server_type import ListDevServerFlavorsServerType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    server_type: ListDevServerFlavorsServerType | Unset = UNSET,
    arch: ListDevServerFlavorsArch | Unset = UNSET,
    charging_mode: ListDevServerFlavorsChargingMode | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_server_type: str | Unset = UNSET
    if not isinstance(server_type, Unset):
        json_server_type = server_type.value

    params["server_type"] = json_server_type

    json_arch: str | Unset = UNSET
    if not isinstance(arch, Unset):
        json_arch = arch.value

    params["arch"] = json_arch

    json_charging_mode: str | Unset = UNSET
    if not isinstance(charging_mode, Unset):
        json_charging_mode = charging_mode.value

    params["charging_mode"] = json_charging_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/dev-servers/flavors".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DevServerFlavorList | ErrorMsg:
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
) -> DevServerFlavorList | ErrorMsg:
    if response.status_code == 200:
        response_200 = DevServerFlavorList.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevServerFlavorList | ErrorMsg]:
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
    server_type: ListDevServerFlavorsServerType | Unset = UNSET,
    arch: ListDevServerFlavorsArch | Unset = UNSET,
    charging_mode: ListDevServerFlavorsChargingMode | Unset = UNSET,
) -> Response[DevServerFlavorList | ErrorMsg]:
    """List Lite Server flavors

     Lists the flavors a Lite Server can be created with, optionally narrowed by server type, CPU
    architecture and billing mode. The answer is not paged by the caller: it takes no offset or limit.

    Args:
        project_id (str):
        server_type (ListDevServerFlavorsServerType | Unset):
        arch (ListDevServerFlavorsArch | Unset):
        charging_mode (ListDevServerFlavorsChargingMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerFlavorList | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_type=server_type,
        arch=arch,
        charging_mode=charging_mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    server_type: ListDevServerFlavorsServerType | Unset = UNSET,
    arch: ListDevServerFlavorsArch | Unset = UNSET,
    charging_mode: ListDevServerFlavorsChargingMode | Unset = UNSET,
) -> DevServerFlavorList | ErrorMsg | None:
    """List Lite Server flavors

     Lists the flavors a Lite Server can be created with, optionally narrowed by server type, CPU
    architecture and billing mode. The answer is not paged by the caller: it takes no offset or limit.

    Args:
        project_id (str):
        server_type (ListDevServerFlavorsServerType | Unset):
        arch (ListDevServerFlavorsArch | Unset):
        charging_mode (ListDevServerFlavorsChargingMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerFlavorList | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        server_type=server_type,
        arch=arch,
        charging_mode=charging_mode,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    server_type: ListDevServerFlavorsServerType | Unset = UNSET,
    arch: ListDevServerFlavorsArch | Unset = UNSET,
    charging_mode: ListDevServerFlavorsChargingMode | Unset = UNSET,
) -> Response[DevServerFlavorList | ErrorMsg]:
    """List Lite Server flavors

     Lists the flavors a Lite Server can be created with, optionally narrowed by server type, CPU
    architecture and billing mode. The answer is not paged by the caller: it takes no offset or limit.

    Args:
        project_id (str):
        server_type (ListDevServerFlavorsServerType | Unset):
        arch (ListDevServerFlavorsArch | Unset):
        charging_mode (ListDevServerFlavorsChargingMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerFlavorList | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        server_type=server_type,
        arch=arch,
        charging_mode=charging_mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    server_type: ListDevServerFlavorsServerType | Unset = UNSET,
    arch: ListDevServerFlavorsArch | Unset = UNSET,
    charging_mode: ListDevServerFlavorsChargingMode | Unset = UNSET,
) -> DevServerFlavorList | ErrorMsg | None:
    """List Lite Server flavors

     Lists the flavors a Lite Server can be created with, optionally narrowed by server type, CPU
    architecture and billing mode. The answer is not paged by the caller: it takes no offset or limit.

    Args:
        project_id (str):
        server_type (ListDevServerFlavorsServerType | Unset):
        arch (ListDevServerFlavorsArch | Unset):
        charging_mode (ListDevServerFlavorsChargingMode | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerFlavorList | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            server_type=server_type,
            arch=arch,
            charging_mode=charging_mode,
        )
    ).parsed
