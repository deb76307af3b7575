from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_msg import ErrorMsg
from ...models.temporary_access_key_request import TemporaryAccessKeyRequest
from ...models.temporary_access_key_response import TemporaryAccessKeyResponse
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: TemporaryAccessKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3.0/OS-CREDENTIAL/securitytokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMsg | TemporaryAccessKeyResponse:
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
) -> ErrorMsg | TemporaryAccessKeyResponse:
    if response.status_code == 201:
        response_201 = TemporaryAccessKeyResponse.from_dict(response.json())

        return response_201

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMsg | TemporaryAccessKeyResponse]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TemporaryAccessKeyRequest,
) -> Response[ErrorMsg | TemporaryAccessKeyResponse]:
    """Obtain a temporary access key and security token

     Exchanges the caller's IAM token (or AK/SK signature) for a temporary access key, secret key
    and security token, valid from 15 minutes to 24 hours. The three are used together: requests
    signed with the temporary pair carry the security token (`X-Security-Token` for the API
    gateway, `x-obs-security-token` or `x-amz-security-token` for OBS). This is how a session that
    logged in with a password reaches OBS, which accepts key pairs only. Served by the regional
    IAM endpoint, not by ModelArts.

    Args:
        body (TemporaryAccessKeyRequest): Body of the temporary access key request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TemporaryAccessKeyResponse]
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
    client: AuthenticatedClient,
    body: TemporaryAccessKeyRequest,
) -> ErrorMsg | TemporaryAccessKeyResponse | None:
    """Obtain a temporary access key and security token

     Exchanges the caller's IAM token (or AK/SK signature) for a temporary access key, secret key
    and security token, valid from 15 minutes to 24 hours. The three are used together: requests
    signed with the temporary pair carry the security token (`X-Security-Token` for the API
    gateway, `x-obs-security-token` or `x-amz-security-token` for OBS). This is how a session that
    logged in with a password reaches OBS, which accepts key pairs only. Served by the regional
    IAM endpoint, not by ModelArts.

    Args:
        body (TemporaryAccessKeyRequest): Body of the temporary access key request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TemporaryAccessKeyResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TemporaryAccessKeyRequest,
) -> Response[ErrorMsg | TemporaryAccessKeyResponse]:
    """Obtain a temporary access key and security token

     Exchanges the caller's IAM token (or AK/SK signature) for a temporary access key, secret key
    and security token, valid from 15 minutes to 24 hours. The three are used together: requests
    signed with the temporary pair carry the security token (`X-Security-Token` for the API
    gateway, `x-obs-security-token` or `x-amz-security-token` for OBS). This is how a session that
    logged in with a password reaches OBS, which accepts key pairs only. Served by the regional
    IAM endpoint, not by ModelArts.

    Args:
        body (TemporaryAccessKeyRequest): Body of the temporary access key request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMsg | TemporaryAccessKeyResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TemporaryAccessKeyRequest,
) -> ErrorMsg | TemporaryAccessKeyResponse | None:
    """Obtain a temporary access key and security token

     Exchanges the caller's IAM token (or AK/SK signature) for a temporary access key, secret key
    and security token, valid from 15 minutes to 24 hours. The three are used together: requests
    signed with the temporary pair carry the security token (`X-Security-Token` for the API
    gateway, `x-obs-security-token` or `x-amz-security-token` for OBS). This is how a session that
    logged in with a password reaches OBS, which accepts key pairs only. Served by the regional
    IAM endpoint, not by ModelArts.

    Args:
        body (TemporaryAccessKeyRequest): Body of the temporary access key request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMsg | TemporaryAccessKeyResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
