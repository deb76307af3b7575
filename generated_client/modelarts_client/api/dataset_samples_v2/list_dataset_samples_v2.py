from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_sample_v2_list import DatasetSampleV2List
from ...models.error_msg import ErrorMsg
from ...models.list_dataset_samples_v2_label_type import ListDatasetSamplesV2LabelType
from ...models.list_dataset_samples_v2_order import ListDatasetSamplesV2Order
from ...models.list_dataset_samples_v2_sample_state import ListDatasetSamplesV2SampleState
from ...models.list_dataset_samples_v2_sample_type import ListDatasetSamplesV2SampleType
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    project_id: str,
    dataset_id: str,
    *,
    email: str | Unset = UNSET,
    high_score: str | Unset = "1",
    label_name: str | Unset = UNSET,
    label_type: ListDatasetSamplesV2LabelType | Unset = UNSET,
    limit: int | Unset = 10,
    locale: str | Unset = UNSET,
    low_score: str | Unset = "0",
    offset: int | Unset = 0,
    order: ListDatasetSamplesV2Order | Unset = ListDatasetSamplesV2Order.DESC,
    preview: bool | Unset = UNSET,
    process_parameter: str | Unset = UNSET,
    sample_state: ListDatasetSamplesV2SampleState | Unset = UNSET,
    sample_type: ListDatasetSamplesV2SampleType | Unset = ListDatasetSamplesV2SampleType.FREE_FORMAT,
    search_conditions: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["high_score"] = high_score

    params["label_name"] = label_name

    json_label_type: int | Unset = UNSET
    if not isinstance(label_type, Unset):
        json_label_type = label_type.value

    params["label_type"] = json_label_type

    params["limit"] = limit

    params["locale"] = locale

    params["low_score"] = low_score

    params["offset"] = offset

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["preview"] = preview

    params["process_parameter"] = process_parameter

    json_sample_state: str | Unset = UNSET
    if not isinstance(sample_state, Unset):
        json_sample_state = sample_state.value

    params["sample_state"] = json_sample_state

    json_sample_type: int | Unset = UNSET
    if not isinstance(sample_type, Unset):
        json_sample_type = sample_type.value

    params["sample_type"] = json_sample_type

    params["search_conditions"] = search_conditions

    params["version_id"] = version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/{project_id}/datasets/{dataset_id}/data-annotations/samples".format(
            project_id=quote(str(project_id), safe=""),
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetSampleV2List | ErrorMsg:
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
) -> DatasetSampleV2List | ErrorMsg:
    if response.status_code == 200:
        response_200 = DatasetSampleV2List.from_dict(response.json())

        return response_200

    response_default = ErrorMsg.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetSampleV2List | ErrorMsg]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    high_score: str | Unset = "1",
    label_name: str | Unset = UNSET,
    label_type: ListDatasetSamplesV2LabelType | Unset = UNSET,
    limit: int | Unset = 10,
    locale: str | Unset = UNSET,
    low_score: str | Unset = "0",
    offset: int | Unset = 0,
    order: ListDatasetSamplesV2Order | Unset = ListDatasetSamplesV2Order.DESC,
    preview: bool | Unset = UNSET,
    process_parameter: str | Unset = UNSET,
    sample_state: ListDatasetSamplesV2SampleState | Unset = UNSET,
    sample_type: ListDatasetSamplesV2SampleType | Unset = ListDatasetSamplesV2SampleType.FREE_FORMAT,
    search_conditions: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> Response[DatasetSampleV2List | ErrorMsg]:
    """List the samples of a dataset

     Lists a dataset's samples with their labels and metadata, one page at a time, optionally filtered by
    labeling state, label, labeling type, team member, confidence range or version. `offset` is a page
    index starting at 0 (not a number of records to skip) and `limit` is the page size, 1 to 100.

    Args:
        project_id (str):
        dataset_id (str):
        email (str | Unset):
        high_score (str | Unset):  Default: '1'.
        label_name (str | Unset):
        label_type (ListDatasetSamplesV2LabelType | Unset):
        limit (int | Unset):  Default: 10.
        locale (str | Unset):
        low_score (str | Unset):  Default: '0'.
        offset (int | Unset):  Default: 0.
        order (ListDatasetSamplesV2Order | Unset):  Default: ListDatasetSamplesV2Order.DESC.
        preview (bool | Unset):
        process_parameter (str | Unset):
        sample_state (ListDatasetSamplesV2SampleState | Unset):
        sample_type (ListDatasetSamplesV2SampleType | Unset):  Default:
            ListDatasetSamplesV2SampleType.FREE_FORMAT.
        search_conditions (str | Unset):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSampleV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        email=email,
        high_score=high_score,
        label_name=label_name,
        label_type=label_type,
        limit=limit,
        locale=locale,
        low_score=low_score,
        offset=offset,
        order=order,
        preview=preview,
        process_parameter=process_parameter,
        sample_state=sample_state,
        sample_type=sample_type,
        search_conditions=search_conditions,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    high_score: str | Unset = "1",
    label_name: str | Unset = UNSET,
    label_type: ListDatasetSamplesV2LabelType | Unset = UNSET,
    limit: int | Unset = 10,
    locale: str | Unset = UNSET,
    low_score: str | Unset = "0",
    offset: int | Unset = 0,
    order: ListDatasetSamplesV2Order | Unset = ListDatasetSamplesV2Order.DESC,
    preview: bool | Unset = UNSET,
    process_parameter: str | Unset = UNSET,
    sample_state: ListDatasetSamplesV2SampleState | Unset = UNSET,
    sample_type: ListDatasetSamplesV2SampleType | Unset = ListDatasetSamplesV2SampleType.FREE_FORMAT,
    search_conditions: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> DatasetSampleV2List | ErrorMsg | None:
    """List the samples of a dataset

     Lists a dataset's samples with their labels and metadata, one page at a time, optionally filtered by
    labeling state, label, labeling type, team member, confidence range or version. `offset` is a page
    index starting at 0 (not a number of records to skip) and `limit` is the page size, 1 to 100.

    Args:
        project_id (str):
        dataset_id (str):
        email (str | Unset):
        high_score (str | Unset):  Default: '1'.
        label_name (str | Unset):
        label_type (ListDatasetSamplesV2LabelType | Unset):
        limit (int | Unset):  Default: 10.
        locale (str | Unset):
        low_score (str | Unset):  Default: '0'.
        offset (int | Unset):  Default: 0.
        order (ListDatasetSamplesV2Order | Unset):  Default: ListDatasetSamplesV2Order.DESC.
        preview (bool | Unset):
        process_parameter (str | Unset):
        sample_state (ListDatasetSamplesV2SampleState | Unset):
        sample_type (ListDatasetSamplesV2SampleType | Unset):  Default:
            ListDatasetSamplesV2SampleType.FREE_FORMAT.
        search_conditions (str | Unset):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSampleV2List | ErrorMsg
    """

    return sync_detailed(
        project_id=project_id,
        dataset_id=dataset_id,
        client=client,
        email=email,
        high_score=high_score,
        label_name=label_name,
        label_type=label_type,
        limit=limit,
        locale=locale,
        low_score=low_score,
        offset=offset,
        order=order,
        preview=preview,
        process_parameter=process_parameter,
        sample_state=sample_state,
        sample_type=sample_type,
        search_conditions=search_conditions,
        version_id=version_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    high_score: str | Unset = "1",
    label_name: str | Unset = UNSET,
    label_type: ListDatasetSamplesV2LabelType | Unset = UNSET,
    limit: int | Unset = 10,
    locale: str | Unset = UNSET,
    low_score: str | Unset = "0",
    offset: int | Unset = 0,
    order: ListDatasetSamplesV2Order | Unset = ListDatasetSamplesV2Order.DESC,
    preview: bool | Unset = UNSET,
    process_parameter: str | Unset = UNSET,
    sample_state: ListDatasetSamplesV2SampleState | Unset = UNSET,
    sample_type: ListDatasetSamplesV2SampleType | Unset = ListDatasetSamplesV2SampleType.FREE_FORMAT,
    search_conditions: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> Response[DatasetSampleV2List | ErrorMsg]:
    """List the samples of a dataset

     Lists a dataset's samples with their labels and metadata, one page at a time, optionally filtered by
    labeling state, label, labeling type, team member, confidence range or version. `offset` is a page
    index starting at 0 (not a number of records to skip) and `limit` is the page size, 1 to 100.

    Args:
        project_id (str):
        dataset_id (str):
        email (str | Unset):
        high_score (str | Unset):  Default: '1'.
        label_name (str | Unset):
        label_type (ListDatasetSamplesV2LabelType | Unset):
        limit (int | Unset):  Default: 10.
        locale (str | Unset):
        low_score (str | Unset):  Default: '0'.
        offset (int | Unset):  Default: 0.
        order (ListDatasetSamplesV2Order | Unset):  Default: ListDatasetSamplesV2Order.DESC.
        preview (bool | Unset):
        process_parameter (str | Unset):
        sample_state (ListDatasetSamplesV2SampleState | Unset):
        sample_type (ListDatasetSamplesV2SampleType | Unset):  Default:
            ListDatasetSamplesV2SampleType.FREE_FORMAT.
        search_conditions (str | Unset):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSampleV2List | ErrorMsg]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        dataset_id=dataset_id,
        email=email,
        high_score=high_score,
        label_name=label_name,
        label_type=label_type,
        limit=limit,
        locale=locale,
        low_score=low_score,
        offset=offset,
        order=order,
        preview=preview,
        process_parameter=process_parameter,
        sample_state=sample_state,
        sample_type=sample_type,
        search_conditions=search_conditions,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    email: str | Unset = UNSET,
    high_score: str | Unset = "1",
    label_name: str | Unset = UNSET,
    label_type: ListDatasetSamplesV2LabelType | Unset = UNSET,
    limit: int | Unset = 10,
    locale: str | Unset = UNSET,
    low_score: str | Unset = "0",
    offset: int | Unset = 0,
    order: ListDatasetSamplesV2Order | Unset = ListDatasetSamplesV2Order.DESC,
    preview: bool | Unset = UNSET,
    process_parameter: str | Unset = UNSET,
    sample_state: ListDatasetSamplesV2SampleState | Unset = UNSET,
    sample_type: ListDatasetSamplesV2SampleType | Unset = ListDatasetSamplesV2SampleType.FREE_FORMAT,
    search_conditions: str | Unset = UNSET,
    version_id: str | Unset = UNSET,
) -> DatasetSampleV2List | ErrorMsg | None:
    """List the samples of a dataset

     Lists a dataset's samples with their labels and metadata, one page at a time, optionally filtered by
    labeling state, label, labeling type, team member, confidence range or version. `offset` is a page
    index starting at 0 (not a number of records to skip) and `limit` is the page size, 1 to 100.

    Args:
        project_id (str):
        dataset_id (str):
        email (str | Unset):
        high_score (str | Unset):  Default: '1'.
        label_name (str | Unset):
        label_type (ListDatasetSamplesV2LabelType | Unset):
        limit (int | Unset):  Default: 10.
        locale (str | Unset):
        low_score (str | Unset):  Default: '0'.
        offset (int | Unset):  Default: 0.
        order (ListDatasetSamplesV2Order | Unset):  Default: ListDatasetSamplesV2Order.DESC.
        preview (bool | Unset):
        process_parameter (str | Unset):
        sample_state (ListDatasetSamplesV2SampleState | Unset):
        sample_type (ListDatasetSamplesV2SampleType | Unset):  Default:
            ListDatasetSamplesV2SampleType.FREE_FORMAT.
        search_conditions (str | Unset):
        version_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSampleV2List | ErrorMsg
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            dataset_id=dataset_id,
            client=client,
            email=email,
            high_score=high_score,
            label_name=label_name,
            label_type=label_type,
            limit=limit,
            locale=locale,
            low_score=low_score,
            offset=offset,
            order=order,
            preview=preview,
            process_parameter=process_parameter,
            sample_state=sample_state,
            sample_type=sample_type,
            search_conditions=search_conditions,
            version_id=version_id,
        )
    ).parsed
