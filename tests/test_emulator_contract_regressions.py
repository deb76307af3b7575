"""Regressions found by the schemathesis contract run (``python -m contract.run --emulator``).

Why a file of its own: each test pins one defect the contract found -- a 500, a plain-text answer,
a valid request refused, a deleted resource still readable -- so a later change that brings one
back fails here in seconds rather than in a four-minute contract run.  Every answer goes through
the spec-checking helpers of the other emulator tests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from modelarts_client import Client
from modelarts_client.api.services import create_service, get_service, list_service_events, update_service
from modelarts_client.api.training_jobs import (
    create_training_job,
    get_training_job_log_lines,
    list_training_job_log_files,
)
from modelarts_client.models.service_create_request import ServiceCreateRequest
from modelarts_client.models.service_update_request import ServiceUpdateRequest
from modelarts_client.models.train_job_create_request import TrainJobCreateRequest
from modelarts_emulator import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, create_app
from modelarts_emulator.framework import HANDLERS, Context
from modelarts_overlays.signing import AkSkAuth

from .test_emulator_core import PROJECT, Api, Clock, check_against_spec
from .test_emulator_core import api as api  # fixtures shared with the core tests
from .test_emulator_core import app as app
from .test_emulator_core import clock as clock
from .test_emulator_core import http as http
from .test_emulator_models_services_workspaces import BASE_URL, DURATIONS, realtime
from .test_emulator_models_services_workspaces import Api as ServiceApi

NOT_UTF8 = b'\xff\xfe{"job_name": "x"}'


@pytest.fixture
async def service_api() -> AsyncIterator[ServiceApi]:
    """The models/services helper of the chapter 6-8 tests, on its own app and manual clock."""
    manual = Clock("manual")
    transport = httpx.ASGITransport(app=create_app(clock=manual, durations=DURATIONS))
    auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, auth=auth) as client:
        yield ServiceApi(Client(base_url=BASE_URL).set_async_httpx_client(client), manual)


@pytest.mark.parametrize(
    ("operation_id", "url"),
    [
        ("create_training_job", "/training-jobs"),  # ErrorIsSuccess shape
        ("create_workspace", "/workspaces"),  # ErrorMsg shape
        ("update_training_job_description", "/training-jobs/1"),
    ],
)
async def test_a_body_that_is_not_utf8_is_400(http: httpx.AsyncClient, operation_id: str, url: str) -> None:
    method = "PUT" if operation_id.startswith("update") else "POST"
    response = await http.request(
        method, f"/v1/{PROJECT}{url}", content=NOT_UTF8, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text
    check_against_spec(operation_id, 400, response.headers, response.json())
    assert response.json()["error_code"] == "ModelArts.0107"


async def test_an_unexpected_failure_answers_in_the_operations_shape(
    http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(ctx: Context) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setitem(HANDLERS, "list_training_jobs", broken)
    response = await http.get(f"/v1/{PROJECT}/training-jobs")
    assert response.status_code == 500
    check_against_spec("list_training_jobs", 500, response.headers, response.json())
    assert response.json()["is_success"] is False and response.json()["error_code"] == "ModelArts.0010"


@pytest.mark.parametrize("workspace_id", ["a%0Ab", "%0A", "%09", "%0D%0A", "x%0A"])
async def test_a_control_character_in_a_path_parameter_is_a_valid_unknown_id(
    http: httpx.AsyncClient, workspace_id: str
) -> None:
    # The spec allows any non-empty ID; "\n" was once refused as empty (urllib drops CR, LF and tab
    # when openapi-core re-parsed the URL) and ".../workspaces/\n" was routed to the list operation.
    response = await http.get(f"/v1/{PROJECT}/workspaces/{workspace_id}")
    assert response.status_code == 404, response.text
    assert response.headers["content-type"].startswith("application/json")
    check_against_spec("get_workspace", 404, response.headers, response.json())
    assert response.json()["error_code"] == "ModelArts.7005"


@pytest.mark.parametrize(
    ("method", "path", "operation_id"),
    [
        ("PUT", "/services/svc/nodes//status", "update_service_node_status"),  # ErrorIsSuccess shape
        ("GET", "/training-jobs//versions/1", "get_training_job_version"),
        ("GET", "/workspaces//quotas", "get_workspace_quotas"),  # ErrorMsg shape
    ],
)
async def test_an_empty_path_parameter_is_refused_by_its_operation(
    http: httpx.AsyncClient, method: str, path: str, operation_id: str
) -> None:
    """Once the gateway's "no such API" 404 in the ErrorMsg shape, which chapter 5-7 operations do not declare."""
    response = await http.request(
        method, f"/v1/{PROJECT}{path}", json={"status": "running"} if method == "PUT" else None
    )
    assert response.status_code == 400, response.text
    check_against_spec(operation_id, 400, response.headers, response.json())
    assert response.json()["error_code"] == "ModelArts.0107"


async def test_a_newline_in_an_unknown_path_gets_a_json_answer(http: httpx.AsyncClient) -> None:
    unknown = await http.get(f"/v1/{PROJECT}/no%0Asuch")
    assert unknown.status_code == 404 and unknown.json()["error_msg"] and unknown.headers["X-request-id"]


async def test_a_wrong_method_on_an_admin_route_gets_a_json_answer(http: httpx.AsyncClient) -> None:
    response = await http.get("/_emulator/reset")
    assert response.status_code in (404, 405)
    assert response.json()["error_msg"] and response.headers["X-request-id"]


async def test_any_digit_string_is_a_line_cursor(api: Api, http: httpx.AsyncClient, clock: Clock) -> None:
    config = {"worker_server_num": 1, "spec_id": 1, "engine_id": 1, "train_url": "/o/train/"}
    body = {"job_name": "cursor", "config": config}
    _, created = await api(create_training_job, body=TrainJobCreateRequest.from_dict(body))
    job_id, version_id = created["job_id"], created["version_id"]
    _, files = await api(list_training_job_log_files, job_id, version_id)
    log_file = files["log_file_list"][0]
    clock.advance(6)
    _, all_lines = await api(get_training_job_log_lines, job_id, version_id, log_file=log_file)
    assert all_lines["lines"] > 0
    status, from_start = await api(get_training_job_log_lines, job_id, version_id, log_file=log_file, base_line="0")
    assert status == 200 and from_start["content"] == all_lines["content"]
    status, past_end = await api(get_training_job_log_lines, job_id, version_id, log_file=log_file, base_line="9" * 40)
    assert status == 200 and past_end["lines"] == 0
    url = f"/v1/{PROJECT}/training-jobs/{job_id}/versions/{version_id}/aom-log"
    bad = await http.get(url, params={"log_file": log_file, "base_line": "abc"})
    assert bad.status_code == 400 and bad.json()["error_code"] == "ModelArts.0107"


async def test_workspace_grants_rule_is_in_the_spec(http: httpx.AsyncClient) -> None:
    url = f"/v1/{PROJECT}/workspaces"
    for grant in ({}, {"user_id": ""}, {"nickname": "x"}):
        body = {"name": "ws-grants", "auth_type": "INTERNAL", "grants": [grant]}
        response = await http.post(url, json=body)
        assert response.status_code == 400, (grant, response.text)
        assert response.json()["error_code"] == "ModelArts.0107"
    ok = await http.post(url, json={"name": "ws-grants", "auth_type": "INTERNAL", "grants": [{"user_name": "bob"}]})
    assert ok.status_code == 200, ok.text
    check_against_spec("create_workspace", 200, ok.headers, ok.json())


_SCHEDULE = [{"type": "stop", "time_unit": "HOURS", "duration": 1}]
_NETWORK = {"vpc_id": "vpc-1", "subnet_network_id": "subnet-1", "security_group_id": "sg-1"}


@pytest.mark.parametrize(
    ("refused", "allowed"),
    [
        ({"infer_type": "edge", "schedule": _SCHEDULE}, {"infer_type": "real-time", "schedule": _SCHEDULE}),
        ({"infer_type": "edge", "vpc_id": "vpc-1"}, {"infer_type": "edge", **_NETWORK}),
        ({"infer_type": "real-time", "vpc_id": "vpc-1", "subnet_network_id": "s"}, {"infer_type": "real-time"}),
    ],
)
async def test_cross_field_rules_of_service_creation_are_in_the_spec(
    http: httpx.AsyncClient, refused: dict[str, Any], allowed: dict[str, Any]
) -> None:
    """Refused by the validator (400) before the unknown model is looked up (404): the rule is in the spec,
    so schemathesis generates no "valid" request that the emulator then refuses."""
    url = f"/v1/{PROJECT}/services"
    item = {"model_id": "no-such-model", "specification": "modelarts.vm.cpu.2u", "nodes": ["n1"]}
    base = {"service_name": "rules", "config": [item]}
    response = await http.post(url, json={**base, **refused})
    assert response.status_code == 400, response.text
    check_against_spec("create_service", 400, response.headers, response.json())
    answer = await http.post(url, json={**base, **allowed})
    assert answer.status_code == 404 and answer.json()["error_code"] == "ModelArts.3507", answer.text


async def test_events_at_the_instant_a_service_stops_agree_with_its_status(service_api: ServiceApi) -> None:
    model_id = await service_api.model()
    service_id = await service_api.service(realtime("edge-of-time", (model_id, 100)))
    service_api.advance(5)  # exactly the deployment time: running now
    assert await service_api.status(service_id) == "running"
    stop = ServiceUpdateRequest.from_dict({"status": "stopped"})
    await service_api.ok(update_service, service_id, body=stop)  # at that same instant
    infos = [ev["event_info"] for ev in (await service_api.ok(list_service_events, service_id))["events"]]
    assert "service is running" in infos and "service stopped" in infos


async def test_a_config_item_of_another_shape_is_filled_in(service_api: ServiceApi) -> None:
    """config items are an anyOf in the spec: an edge service whose item has no nodes is valid."""
    model_id = await service_api.model()
    item = {"model_id": model_id, "weight": 100, "specification": "modelarts.vm.cpu.2u", "instance_count": 1}
    body = {"service_name": "edge-bare", "infer_type": "edge", "config": [item]}
    created = await service_api.ok(create_service, body=ServiceCreateRequest.from_dict(body))
    service_api.advance(5)
    detail = await service_api.ok(get_service, created["service_id"])
    assert detail["infer_type"] == "edge" and detail["config"][0]["nodes"] == []


@pytest.mark.parametrize("sent_value", ["a string", 3.5, [{"algorithm": 1}], None])
async def test_an_undocumented_value_beside_an_algorithms_requirement_is_not_answered(
    http: httpx.AsyncClient, sent_value: Any
) -> None:
    """Once echoed into the answer, whose ``value`` must be a list of strings (the request calls it
    ``values``; a request field ``value`` is undocumented, so any type passes validation)."""
    body = {
        "metadata": {"name": "algo-requirements"},
        "job_config": {"code_dir": "obs://bucket/code/", "boot_file": "obs://bucket/code/train.py"},
        "resource_requirements": [{"key": "flavor_type", "values": ["CPU"]}, {"other": [], "value": sent_value}],
    }
    created = await http.post(f"/v2/{PROJECT}/algorithms", json=body)
    assert created.status_code == 201, created.text
    check_against_spec("create_algorithm_v2", 201, created.headers, created.json())
    answered = created.json()["resource_requirements"]
    assert answered[0]["value"] == ["CPU"] and "value" not in answered[1]
    fetched = await http.get(f"/v2/{PROJECT}/algorithms/{created.json()['metadata']['id']}")
    check_against_spec("get_algorithm_v2", 200, fetched.headers, fetched.json())
    await http.delete(f"/v2/{PROJECT}/algorithms/{created.json()['metadata']['id']}")
