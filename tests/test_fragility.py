"""Responses that break the spec's promises reach the caller as a parsed value or a typed error.

Each case feeds a hand-made response through httpx.MockTransport to a real generated operation: these
are faults a well-behaved server (our emulator) cannot be made to produce.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

import httpx
import pytest

from modelarts_client import Client
from modelarts_client.api.development_environment import get_devenv_instance, list_devenv_instances
from modelarts_client.errors import MalformedResponse
from modelarts_client.models import DevEnvInstance, DevEnvInstanceList, DevEnvInstanceStatus, ErrorMsg
from modelarts_client.types import UNSET, Unset

PROJECT = "e9993fc787d94b6c886cbaa340f9c0f4"
INSTANCE = "6fa459ea-ee8a-3ca4-894e-db77e160355e"


def client_answering(status: int, body: bytes, content_type: str = "application/json") -> Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    transport = httpx.MockTransport(handler)
    return Client(base_url="https://modelarts.test").set_httpx_client(
        httpx.Client(base_url="https://modelarts.test", transport=transport)
    )


def json_body(value: Any) -> bytes:
    return json.dumps(value).encode()


def test_unknown_enum_value_is_kept() -> None:
    client = client_answering(200, json_body({"id": INSTANCE, "status": "HIBERNATING"}))
    parsed = get_devenv_instance.sync(project_id=PROJECT, instance_id=INSTANCE, client=client)
    assert isinstance(parsed, DevEnvInstance)
    assert isinstance(parsed.status, DevEnvInstanceStatus)
    assert parsed.status.value == "HIBERNATING"
    assert parsed.status == "HIBERNATING"
    assert parsed.to_dict()["status"] == "HIBERNATING"  # nothing lost on the way back
    assert DevEnvInstanceStatus("RUNNING") is DevEnvInstanceStatus.RUNNING  # known values unchanged


def test_missing_required_field_is_a_typed_error_that_keeps_the_body() -> None:
    body = json_body({"error_code": "ModelArts.6404"})  # ErrorMsg requires error_msg
    client = client_answering(404, body)
    with pytest.raises(MalformedResponse) as caught:
        get_devenv_instance.sync(project_id=PROJECT, instance_id=INSTANCE, client=client)
    assert caught.value.status_code == 404
    assert caught.value.content == body
    assert "error_msg" in caught.value.reason
    assert isinstance(caught.value.__cause__, KeyError)


def test_null_nested_object_and_array_are_treated_as_absent() -> None:
    instance = {"id": INSTANCE, "profile": None, "spec": None, "user": None, "status": "RUNNING"}
    client = client_answering(200, json_body({"total_count": 1, "instances": [instance]}))
    parsed = list_devenv_instances.sync(project_id=PROJECT, client=client, de_type="Notebook")
    assert isinstance(parsed, DevEnvInstanceList)
    assert not isinstance(parsed.instances, Unset)
    only = parsed.instances[0]
    assert only.profile is UNSET and only.spec is UNSET and only.user is UNSET
    assert only.status is DevEnvInstanceStatus.RUNNING

    client = client_answering(200, json_body({"total_count": 0, "instances": None}))
    parsed = list_devenv_instances.sync(project_id=PROJECT, client=client, de_type="Notebook")
    assert isinstance(parsed, DevEnvInstanceList)
    assert parsed.instances is UNSET and parsed.total_count == 0


@pytest.mark.parametrize("status", [200, 502])
def test_html_body_on_a_json_response_is_a_typed_error(status: int) -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    client = client_answering(status, page, content_type="text/html")
    with pytest.raises(MalformedResponse) as caught:
        get_devenv_instance.sync_detailed(project_id=PROJECT, instance_id=INSTANCE, client=client)
    assert caught.value.status_code == status
    assert caught.value.content == page
    assert "502 Bad Gateway" in str(caught.value)


@pytest.mark.parametrize(("status", "expect_type"), [(299, int), (520, int), (404, HTTPStatus)])
def test_status_outside_the_standard_set_is_kept(status: int, expect_type: type) -> None:
    error = {"error_code": "ModelArts.0001", "error_msg": "upstream said no"}
    client = client_answering(status, json_body(error))
    response = get_devenv_instance.sync_detailed(project_id=PROJECT, instance_id=INSTANCE, client=client)
    assert response.status_code == status
    assert type(response.status_code) is expect_type
    assert isinstance(response.parsed, ErrorMsg)
    assert response.parsed.error_msg == "upstream said no"


async def test_async_path_has_the_same_guarantees() -> None:
    calls: list[Callable[[], None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(lambda: None)
        return httpx.Response(520, content=b"<html>origin down</html>")

    client = Client(base_url="https://modelarts.test").set_async_httpx_client(
        httpx.AsyncClient(base_url="https://modelarts.test", transport=httpx.MockTransport(handler))
    )
    with pytest.raises(MalformedResponse) as caught:
        await get_devenv_instance.asyncio(project_id=PROJECT, instance_id=INSTANCE, client=client)
    assert caught.value.status_code == 520 and len(calls) == 1
