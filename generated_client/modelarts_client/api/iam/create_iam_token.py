from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.iam_token_request import IamTokenRequest
from ...models.iam_token_response import IamTokenResponse
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: IamTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/auth/tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | IamTokenResponse:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMsg | IamTokenResponse:
    if response.status_code == 201:
        response_201 = IamTokenResponse.from_dict(response.json())

        return response_201

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | IamTokenResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IamTokenRequest,
) -> Response[ErrorMsg | IamTokenResponse]:
    """Obtain an IAM user token

     Exchanges an IAM user's name, password and account (domain) name for a project-scoped user
    token. The token itself is returned in the `X-Subject-Token` response header, is valid for
    24 hours and is sent as `X-Auth-Token` on every other call. This is the only operation that
    needs no authentication; it is served by the regional IAM endpoint, not by ModelArts.

    Args:
        body (IamTokenRequest): Body of the token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | IamTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: IamTokenRequest,
) -> ErrorMsg | IamTokenResponse | None:
    """Obtain an IAM user token

     Exchanges an IAM user's name, password and account (domain) name for a project-scoped user
    token. The token itself is returned in the `X-Subject-Token` response header, is valid for
    24 hours and is sent as `X-Auth-Token` on every other call. This is the only operation that
    needs no authentication; it is served by the regional IAM endpoint, not by ModelArts.

    Args:
        body (IamTokenRequest): Body of the token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | IamTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IamTokenRequest,
) -> Response[ErrorMsg | IamTokenResponse]:
    """Obtain an IAM user token

     Exchanges an IAM user's name, password and account (domain) name for a project-scoped user
    token. The token itself is returned in the `X-Subject-Token` response header, is valid for
    24 hours and is sent as `X-Auth-Token` on every other call. This is the only operation that
    needs no authentication; it is served by the regional IAM endpoint, not by ModelArts.

    Args:
        body (IamTokenRequest): Body of the token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | IamTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IamTokenRequest,
) -> ErrorMsg | IamTokenResponse | None:
    """Obtain an IAM user token

     Exchanges an IAM user's name, password and account (domain) name for a project-scoped user
    token. The token itself is returned in the `X-Subject-Token` response header, is valid for
    24 hours and is sent as `X-Auth-Token` on every other call. This is the only operation that
    needs no authentication; it is served by the regional IAM endpoint, not by ModelArts.

    Args:
        body (IamTokenRequest): Body of the token request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | IamTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
