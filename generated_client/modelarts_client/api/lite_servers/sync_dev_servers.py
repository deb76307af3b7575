from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_server_list import DevServerList
from ...models.error_msg import ErrorMsg
from ...models.sync_dev_servers_sort_dir import SyncDevServersSortDir
from ...models.sync_dev_servers_sort_key import SyncDevServersSortKey
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    owner: str | Unset = UNSET,
    sort_dir: SyncDevServersSortDir | Unset = SyncDevServersSortDir.ASC,
    sort_key: SyncDevServersSortKey | Unset = SyncDevServersSortKey.CREATETIME,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["owner"] = owner

    json_sort_dir: str | Unset = UNSET
    if not isinstance(sort_dir, Unset):
        json_sort_dir = sort_dir.value

    params["sort_dir"] = json_sort_dir

    json_sort_key: str | Unset = UNSET
    if not isinstance(sort_key, Unset):
        json_sort_key = sort_key.value

    params["sort_key"] = json_sort_key

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/{project_id}/dev-servers/sync".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevServerList | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DevServerList | ErrorMsg:
    if response.status_code == 200:
        response_200 = DevServerList.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevServerList | ErrorMsg]:
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
    owner: str | Unset = UNSET,
    sort_dir: SyncDevServersSortDir | Unset = SyncDevServersSortDir.ASC,
    sort_key: SyncDevServersSortKey | Unset = SyncDevServersSortKey.CREATETIME,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[DevServerList | ErrorMsg]:
    """Synchronize the status of the user's Lite Servers

     Refreshes the status of the calling user's Lite Server instances from the underlying compute service
    and answers them, one slice at a time, paged as in `list_dev_servers` (`offset` counts records). The
    request has no body.

    Args:
        project_id (str):
        owner (str | Unset):
        sort_dir (SyncDevServersSortDir | Unset):  Default: SyncDevServersSortDir.ASC.
        sort_key (SyncDevServersSortKey | Unset):  Default: SyncDevServersSortKey.CREATETIME.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerList | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        owner=owner,
        sort_dir=sort_dir,
        sort_key=sort_key,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str | Unset = UNSET,
    sort_dir: SyncDevServersSortDir | Unset = SyncDevServersSortDir.ASC,
    sort_key: SyncDevServersSortKey | Unset = SyncDevServersSortKey.CREATETIME,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> DevServerList | ErrorMsg | None:
    """Synchronize the status of the user's Lite Servers

     Refreshes the status of the calling user's Lite Server instances from the underlying compute service
    and answers them, one slice at a time, paged as in `list_dev_servers` (`offset` counts records). The
    request has no body.

    Args:
        project_id (str):
        owner (str | Unset):
        sort_dir (SyncDevServersSortDir | Unset):  Default: SyncDevServersSortDir.ASC.
        sort_key (SyncDevServersSortKey | Unset):  Default: SyncDevServersSortKey.CREATETIME.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerList | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        owner=owner,
        sort_dir=sort_dir,
        sort_key=sort_key,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str | Unset = UNSET,
    sort_dir: SyncDevServersSortDir | Unset = SyncDevServersSortDir.ASC,
    sort_key: SyncDevServersSortKey | Unset = SyncDevServersSortKey.CREATETIME,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> Response[DevServerList | ErrorMsg]:
    """Synchronize the status of the user's Lite Servers

     Refreshes the status of the calling user's Lite Server instances from the underlying compute service
    and answers them, one slice at a time, paged as in `list_dev_servers` (`offset` counts records). The
    request has no body.

    Args:
        project_id (str):
        owner (str | Unset):
        sort_dir (SyncDevServersSortDir | Unset):  Default: SyncDevServersSortDir.ASC.
        sort_key (SyncDevServersSortKey | Unset):  Default: SyncDevServersSortKey.CREATETIME.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevServerList | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        owner=owner,
        sort_dir=sort_dir,
        sort_key=sort_key,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str | Unset = UNSET,
    sort_dir: SyncDevServersSortDir | Unset = SyncDevServersSortDir.ASC,
    sort_key: SyncDevServersSortKey | Unset = SyncDevServersSortKey.CREATETIME,
    offset: int | Unset = 0,
    limit: int | Unset = 10,
) -> DevServerList | ErrorMsg | None:
    """Synchronize the status of the user's Lite Servers

     Refreshes the status of the calling user's Lite Server instances from the underlying compute service
    and answers them, one slice at a time, paged as in `list_dev_servers` (`offset` counts records). The
    request has no body.

    Args:
        project_id (str):
        owner (str | Unset):
        sort_dir (SyncDevServersSortDir | Unset):  Default: SyncDevServersSortDir.ASC.
        sort_key (SyncDevServersSortKey | Unset):  Default: SyncDevServersSortKey.CREATETIME.
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevServerList | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            owner=owner,
            sort_dir=sort_dir,
            sort_key=sort_key,
            offset=offset,
            limit=limit,
        )
    ).parsed
