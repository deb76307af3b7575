from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_dataset_label_v2_label_type import DeleteDatasetLabelV2LabelType
from ...models.error_msg import ErrorMsg
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    label_name: str,
    *,
    delete_source: bool | Unset = False,
    label_type: DeleteDatasetLabelV2LabelType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["delete_source"] = delete_source

    json_label_type: int | Unset = UNSET
    if not isinstance(label_type, Unset):
        json_label_type = label_type.value

    params["label_type"] = json_label_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/labels/{label_name}".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
            label_name=quote(str(label_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorMsg:
    try:
        return _parse_documented(client=client, response=response)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise errors.MalformedResponse(
            response.status_code,
            response.content,
            f"{type(exc).__name__}: {exc}",
            request_id=response.headers.get("X-request-id"),
        ) from exc


def _parse_documented(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorMsg:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    dataset_id: str,
    label_name: str,
    *,
    client: AuthenticatedClient | Client,
    delete_source: bool | Unset = False,
    label_type: DeleteDatasetLabelV2LabelType | Unset = UNSET,
) -> Response[Any | ErrorMsg]:
    """Delete one label of a dataset and the samples that carry only it

     Deletes the label named in the path together with the samples whose only label it is; with
    `delete_source=true` their source files are deleted too. Where labels of several types share the
    name, `label_type` picks one. A name outside ASCII is percent-encoded in the path (UTF-8). The
    service answers 204 with no body.

    Args:
        project_id (str):
        dataset_id (str):
        label_name (str):
        delete_source (bool | Unset):  Default: False.
        label_type (DeleteDatasetLabelV2LabelType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        label_name=label_name,
        delete_source=delete_source,
        label_type=label_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    dataset_id: str,
    label_name: str,
    *,
    client: AuthenticatedClient | Client,
    delete_source: bool | Unset = False,
    label_type: DeleteDatasetLabelV2LabelType | Unset = UNSET,
) -> Any | ErrorMsg | None:
    """Delete one label of a dataset and the samples that carry only it

     Deletes the label named in the path together with the samples whose only label it is; with
    `delete_source=true` their source files are deleted too. Where labels of several types share the
    name, `label_type` picks one. A name outside ASCII is percent-encoded in the path (UTF-8). The
    service answers 204 with no body.

    Args:
        project_id (str):
        dataset_id (str):
        label_name (str):
        delete_source (bool | Unset):  Default: False.
        label_type (DeleteDatasetLabelV2LabelType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        label_name=label_name,
        client=client,
        delete_source=delete_source,
        label_type=label_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    label_name: str,
    *,
    client: AuthenticatedClient | Client,
    delete_source: bool | Unset = False,
    label_type: DeleteDatasetLabelV2LabelType | Unset = UNSET,
) -> Response[Any | ErrorMsg]:
    """Delete one label of a dataset and the samples that carry only it

     Deletes the label named in the path together with the samples whose only label it is; with
    `delete_source=true` their source files are deleted too. Where labels of several types share the
    name, `label_type` picks one. A name outside ASCII is percent-encoded in the path (UTF-8). The
    service answers 204 with no body.

    Args:
        project_id (str):
        dataset_id (str):
        label_name (str):
        delete_source (bool | Unset):  Default: False.
        label_type (DeleteDatasetLabelV2LabelType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        label_name=label_name,
        delete_source=delete_source,
        label_type=label_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    label_name: str,
    *,
    client: AuthenticatedClient | Client,
    delete_source: bool | Unset = False,
    label_type: DeleteDatasetLabelV2LabelType | Unset = UNSET,
) -> Any | ErrorMsg | None:
    """Delete one label of a dataset and the samples that carry only it

     Deletes the label named in the path together with the samples whose only label it is; with
    `delete_source=true` their source files are deleted too. Where labels of several types share the
    name, `label_type` picks one. A name outside ASCII is percent-encoded in the path (UTF-8). The
    service answers 204 with no body.

    Args:
        project_id (str):
        dataset_id (str):
        label_name (str):
        delete_source (bool | Unset):  Default: False.
        label_type (DeleteDatasetLabelV2LabelType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            label_name=label_name,
            client=client,
            delete_source=delete_source,
            label_type=label_type,
        )
    ).parsed
