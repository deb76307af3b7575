from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.list_service_specifications_infer_type import ListServiceSpecificationsInferType
from ...models.service_specification_list_response import ServiceSpecificationListResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    is_personal_cluster: bool | Unset = False,
    infer_type: ListServiceSpecificationsInferType | Unset = ListServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_personal_cluster"] = is_personal_cluster

    json_infer_type: str | Unset = UNSET
    if not isinstance(infer_type, Unset):
        json_infer_type = infer_type.value

    params["infer_type"] = json_infer_type

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/services/specifications".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | ServiceSpecificationListResponse:
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
) -> IsSuccessError | ServiceSpecificationListResponse:
    if response.status_code == 200:
        response_200 = ServiceSpecificationListResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | ServiceSpecificationListResponse]:
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
    is_personal_cluster: bool | Unset = False,
    infer_type: ListServiceSpecificationsInferType | Unset = ListServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> Response[IsSuccessError | ServiceSpecificationListResponse]:
    """List supported service deployment flavors

     Lists the flavors services can be deployed with, for public or dedicated resource pools and for a
    given inference mode, one page at a time. `offset` counts flavors (records), not pages.

    Args:
        project_id (str):
        is_personal_cluster (bool | Unset):  Default: False.
        infer_type (ListServiceSpecificationsInferType | Unset):  Default:
            ListServiceSpecificationsInferType.REAL_TIME.
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceSpecificationListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        is_personal_cluster=is_personal_cluster,
        infer_type=infer_type,
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
    is_personal_cluster: bool | Unset = False,
    infer_type: ListServiceSpecificationsInferType | Unset = ListServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> IsSuccessError | ServiceSpecificationListResponse | None:
    """List supported service deployment flavors

     Lists the flavors services can be deployed with, for public or dedicated resource pools and for a
    given inference mode, one page at a time. `offset` counts flavors (records), not pages.

    Args:
        project_id (str):
        is_personal_cluster (bool | Unset):  Default: False.
        infer_type (ListServiceSpecificationsInferType | Unset):  Default:
            ListServiceSpecificationsInferType.REAL_TIME.
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceSpecificationListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        is_personal_cluster=is_personal_cluster,
        infer_type=infer_type,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    is_personal_cluster: bool | Unset = False,
    infer_type: ListServiceSpecificationsInferType | Unset = ListServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> Response[IsSuccessError | ServiceSpecificationListResponse]:
    """List supported service deployment flavors

     Lists the flavors services can be deployed with, for public or dedicated resource pools and for a
    given inference mode, one page at a time. `offset` counts flavors (records), not pages.

    Args:
        project_id (str):
        is_personal_cluster (bool | Unset):  Default: False.
        infer_type (ListServiceSpecificationsInferType | Unset):  Default:
            ListServiceSpecificationsInferType.REAL_TIME.
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ServiceSpecificationListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        is_personal_cluster=is_personal_cluster,
        infer_type=infer_type,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    is_personal_cluster: bool | Unset = False,
    infer_type: ListServiceSpecificationsInferType | Unset = ListServiceSpecificationsInferType.REAL_TIME,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
) -> IsSuccessError | ServiceSpecificationListResponse | None:
    """List supported service deployment flavors

     Lists the flavors services can be deployed with, for public or dedicated resource pools and for a
    given inference mode, one page at a time. `offset` counts flavors (records), not pages.

    Args:
        project_id (str):
        is_personal_cluster (bool | Unset):  Default: False.
        infer_type (ListServiceSpecificationsInferType | Unset):  Default:
            ListServiceSpecificationsInferType.REAL_TIME.
        limit (int | Unset):  Default: 1000.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ServiceSpecificationListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            is_personal_cluster=is_personal_cluster,
            infer_type=infer_type,
            limit=limit,
            offset=offset,
        )
    ).parsed
