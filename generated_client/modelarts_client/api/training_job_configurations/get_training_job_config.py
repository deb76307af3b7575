from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_training_job_config_config_type import GetTrainingJobConfigConfigType
from ...models.is_success_error import IsSuccessError
from ...models.train_config_detail import TrainConfigDetail
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    config_name: str,
    *,
    config_type: GetTrainingJobConfigConfigType | Unset = GetTrainingJobConfigConfigType.CUSTOM,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_config_type: str | Unset = UNSET
    if not isinstance(config_type, Unset):
        json_config_type = config_type.value

    params["config_type"] = json_config_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/{project_id}/training-job-configs/{config_name}".format(
            project_id=quote(str(project_id), safe=""),
            config_name=quote(str(config_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IsSuccessError | TrainConfigDetail:
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
) -> IsSuccessError | TrainConfigDetail:
    if response.status_code == 200:
        response_200 = TrainConfigDetail.from_dict(response.json())

        return response_200

    response_default = IsSuccessError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IsSuccessError | TrainConfigDetail]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    config_name: str,
    *,
    client: AuthenticatedClient | Client,
    config_type: GetTrainingJobConfigConfigType | Unset = GetTrainingJobConfigConfigType.CUSTOM,
) -> Response[IsSuccessError | TrainConfigDetail]:
    """Get a training job configuration

     Returns every parameter saved in one training job configuration.

    Args:
        project_id (str):
        config_name (str):
        config_type (GetTrainingJobConfigConfigType | Unset):  Default:
            GetTrainingJobConfigConfigType.CUSTOM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainConfigDetail]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        config_name=config_name,
        config_type=config_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    config_name: str,
    *,
    client: AuthenticatedClient | Client,
    config_type: GetTrainingJobConfigConfigType | Unset = GetTrainingJobConfigConfigType.CUSTOM,
) -> IsSuccessError | TrainConfigDetail | None:
    """Get a training job configuration

     Returns every parameter saved in one training job configuration.

    Args:
        project_id (str):
        config_name (str):
        config_type (GetTrainingJobConfigConfigType | Unset):  Default:
            GetTrainingJobConfigConfigType.CUSTOM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainConfigDetail
    """

    return sync_detailed(
        project_id=project_id,
        config_name=config_name,
        client=client,
        config_type=config_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    config_name: str,
    *,
    client: AuthenticatedClient | Client,
    config_type: GetTrainingJobConfigConfigType | Unset = GetTrainingJobConfigConfigType.CUSTOM,
) -> Response[IsSuccessError | TrainConfigDetail]:
    """Get a training job configuration

     Returns every parameter saved in one training job configuration.

    Args:
        project_id (str):
        config_name (str):
        config_type (GetTrainingJobConfigConfigType | Unset):  Default:
            GetTrainingJobConfigConfigType.CUSTOM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IsSuccessError | TrainConfigDetail]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        config_name=config_name,
        config_type=config_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    config_name: str,
    *,
    client: AuthenticatedClient | Client,
    config_type: GetTrainingJobConfigConfigType | Unset = GetTrainingJobConfigConfigType.CUSTOM,
) -> IsSuccessError | TrainConfigDetail | None:
    """Get a training job configuration

     Returns every parameter saved in one training job configuration.

    Args:
        project_id (str):
        config_name (str):
        config_type (GetTrainingJobConfigConfigType | Unset):  Default:
            GetTrainingJobConfigConfigType.CUSTOM.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IsSuccessError | TrainConfigDetail
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            config_name=config_name,
            client=client,
            config_type=config_type,
        )
    ).parsed
