from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.is_success_error import IsSuccessError
from ...models.model_delete_response import ModelDeleteResponse
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    model_id: str,
    *,
    cascade: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cascade"] = cascade

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/{project_id}/models/{model_id}".format(
            project_id=quote(str(project_id), safe=""),
            model_id=quote(str(model_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | ModelDeleteResponse:
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
) -> IsSuccessError | ModelDeleteResponse:
    if response.status_code == 200:
        response_200 = ModelDeleteResponse.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | ModelDeleteResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    cascade: bool | Unset = False,
) -> Response[IsSuccessError | ModelDeleteResponse]:
    """Delete a model

     Deletes the model with the given ID. With `cascade=true`, every other version of the model
    with the same name is deleted too (at most 20 models per call). The answer lists the IDs
    deleted and, for each model that could not be deleted, why.

    Args:
        project_id (str):
        model_id (str):
        cascade (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ModelDeleteResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        model_id=model_id,
        cascade=cascade,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    cascade: bool | Unset = False,
) -> IsSuccessError | ModelDeleteResponse | None:
    """Delete a model

     Deletes the model with the given ID. With `cascade=true`, every other version of the model
    with the same name is deleted too (at most 20 models per call). The answer lists the IDs
    deleted and, for each model that could not be deleted, why.

    Args:
        project_id (str):
        model_id (str):
        cascade (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ModelDeleteResponse
    """

    return sync_detailed(
        project_id=project_id,
        model_id=model_id,
        client=client,
        cascade=cascade,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    cascade: bool | Unset = False,
) -> Response[IsSuccessError | ModelDeleteResponse]:
    """Delete a model

     Deletes the model with the given ID. With `cascade=true`, every other version of the model
    with the same name is deleted too (at most 20 models per call). The answer lists the IDs
    deleted and, for each model that could not be deleted, why.

    Args:
        project_id (str):
        model_id (str):
        cascade (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | ModelDeleteResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        model_id=model_id,
        cascade=cascade,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    cascade: bool | Unset = False,
) -> IsSuccessError | ModelDeleteResponse | None:
    """Delete a model

     Deletes the model with the given ID. With `cascade=true`, every other version of the model
    with the same name is deleted too (at most 20 models per call). The answer lists the IDs
    deleted and, for each model that could not be deleted, why.

    Args:
        project_id (str):
        model_id (str):
        cascade (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | ModelDeleteResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            model_id=model_id,
            client=client,
            cascade=cascade,
        )
    ).parsed
