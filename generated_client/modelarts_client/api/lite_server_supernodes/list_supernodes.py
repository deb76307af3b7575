from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.list_supernodes_sort_dir import ListSupernodesSortDir
from ...models.list_supernodes_sort_key import ListSupernodesSortKey
from ...models.supernode_list import SupernodeList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    owner: str | Unset = UNSET,
    sort_dir: ListSupernodesSortDir | Unset = UNSET,
    sort_key: ListSupernodesSortKey | Unset = ListSupernodesSortKey.CREATETIME,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
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

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/dev-servers/hyperinstance".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | SupernodeList:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | SupernodeList:
    if response.status_code == 200:
        response_200 = SupernodeList.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | SupernodeList]:
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
    sort_dir: ListSupernodesSortDir | Unset = UNSET,
    sort_key: ListSupernodesSortKey | Unset = ListSupernodesSortKey.CREATETIME,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[ErrorMsg | SupernodeList]:
    """List supernodes

     Lists the caller's Lite Server supernode instances (HPS), each with its child servers, one slice at
    a time. `offset` skips that many records (not pages) and `limit` caps the slice at 1 to 1024
    supernodes (10 when omitted).

    Args:
        project_id (str):
        owner (str | Unset):
        sort_dir (ListSupernodesSortDir | Unset):
        sort_key (ListSupernodesSortKey | Unset):  Default: ListSupernodesSortKey.CREATETIME.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | SupernodeList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        owner=owner,
        sort_dir=sort_dir,
        sort_key=sort_key,
        limit=limit,
        offset=offset,
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
    sort_dir: ListSupernodesSortDir | Unset = UNSET,
    sort_key: ListSupernodesSortKey | Unset = ListSupernodesSortKey.CREATETIME,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> ErrorMsg | SupernodeList | None:
    """List supernodes

     Lists the caller's Lite Server supernode instances (HPS), each with its child servers, one slice at
    a time. `offset` skips that many records (not pages) and `limit` caps the slice at 1 to 1024
    supernodes (10 when omitted).

    Args:
        project_id (str):
        owner (str | Unset):
        sort_dir (ListSupernodesSortDir | Unset):
        sort_key (ListSupernodesSortKey | Unset):  Default: ListSupernodesSortKey.CREATETIME.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | SupernodeList
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        owner=owner,
        sort_dir=sort_dir,
        sort_key=sort_key,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str | Unset = UNSET,
    sort_dir: ListSupernodesSortDir | Unset = UNSET,
    sort_key: ListSupernodesSortKey | Unset = ListSupernodesSortKey.CREATETIME,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> Response[ErrorMsg | SupernodeList]:
    """List supernodes

     Lists the caller's Lite Server supernode instances (HPS), each with its child servers, one slice at
    a time. `offset` skips that many records (not pages) and `limit` caps the slice at 1 to 1024
    supernodes (10 when omitted).

    Args:
        project_id (str):
        owner (str | Unset):
        sort_dir (ListSupernodesSortDir | Unset):
        sort_key (ListSupernodesSortKey | Unset):  Default: ListSupernodesSortKey.CREATETIME.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | SupernodeList]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        owner=owner,
        sort_dir=sort_dir,
        sort_key=sort_key,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    owner: str | Unset = UNSET,
    sort_dir: ListSupernodesSortDir | Unset = UNSET,
    sort_key: ListSupernodesSortKey | Unset = ListSupernodesSortKey.CREATETIME,
    limit: int | Unset = 10,
    offset: int | Unset = UNSET,
) -> ErrorMsg | SupernodeList | None:
    """List supernodes

     Lists the caller's Lite Server supernode instances (HPS), each with its child servers, one slice at
    a time. `offset` skips that many records (not pages) and `limit` caps the slice at 1 to 1024
    supernodes (10 when omitted).

    Args:
        project_id (str):
        owner (str | Unset):
        sort_dir (ListSupernodesSortDir | Unset):
        sort_key (ListSupernodesSortKey | Unset):  Default: ListSupernodesSortKey.CREATETIME.
        limit (int | Unset):  Default: 10.
        offset (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | SupernodeList
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            owner=owner,
            sort_dir=sort_dir,
            sort_key=sort_key,
            limit=limit,
            offset=offset,
        )
    ).parsed
