from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.list_training_flavors_v2_flavor_type import ListTrainingFlavorsV2FlavorType
from ...models.training_flavor_v2_list_response import TrainingFlavorV2ListResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    *,
    flavor_type: ListTrainingFlavorsV2FlavorType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_flavor_type: str | Unset = UNSET
    if not isinstance(flavor_type, Unset):
        json_flavor_type = flavor_type.value

    params["flavor_type"] = json_flavor_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/training-job-flavors".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMsg | TrainingFlavorV2ListResponse:
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
) -> ErrorMsg | TrainingFlavorV2ListResponse:
    if response.status_code == 200:
        response_200 = TrainingFlavorV2ListResponse.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | TrainingFlavorV2ListResponse]:
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
    flavor_type: ListTrainingFlavorsV2FlavorType | Unset = UNSET,
) -> Response[ErrorMsg | TrainingFlavorV2ListResponse]:
    """List the public resource flavors for v2 training jobs

     Lists the public (shared pool) resource flavors a v2 training job can run on, all of them or those
    of one type. Not paged.

    Args:
        project_id (str):
        flavor_type (ListTrainingFlavorsV2FlavorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TrainingFlavorV2ListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        flavor_type=flavor_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    flavor_type: ListTrainingFlavorsV2FlavorType | Unset = UNSET,
) -> ErrorMsg | TrainingFlavorV2ListResponse | None:
    """List the public resource flavors for v2 training jobs

     Lists the public (shared pool) resource flavors a v2 training job can run on, all of them or those
    of one type. Not paged.

    Args:
        project_id (str):
        flavor_type (ListTrainingFlavorsV2FlavorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TrainingFlavorV2ListResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        flavor_type=flavor_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    flavor_type: ListTrainingFlavorsV2FlavorType | Unset = UNSET,
) -> Response[ErrorMsg | TrainingFlavorV2ListResponse]:
    """List the public resource flavors for v2 training jobs

     Lists the public (shared pool) resource flavors a v2 training job can run on, all of them or those
    of one type. Not paged.

    Args:
        project_id (str):
        flavor_type (ListTrainingFlavorsV2FlavorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TrainingFlavorV2ListResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        flavor_type=flavor_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    flavor_type: ListTrainingFlavorsV2FlavorType | Unset = UNSET,
) -> ErrorMsg | TrainingFlavorV2ListResponse | None:
    """List the public resource flavors for v2 training jobs

     Lists the public (shared pool) resource flavors a v2 training job can run on, all of them or those
    of one type. Not paged.

    Args:
        project_id (str):
        flavor_type (ListTrainingFlavorsV2FlavorType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TrainingFlavorV2ListResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            flavor_type=flavor_type,
        )
    ).parsed
