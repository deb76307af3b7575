"""The emulator's models (ch. 6), services (ch. 7) and workspaces (ch. 8), through the generated client.

Why this way: every call goes through the generated ``asyncio_detailed`` functions, signed with
``AkSkAuth``, into the ASGI app in process, and every answer is checked against the response schema
of the shipped spec, so the spec, the client, the signer and the emulator are tested together.
Lifecycles are driven with the manual clock, so no test sleeps.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from modelarts_client import Client
from modelarts_client.api.models import create_model, delete_model, get_model, list_models
from modelarts_client.api.services import (
    create_service,
    delete_service,
    get_service,
    get_service_monitor,
    list_clusters,
    list_service_events,
    list_service_specifications,
    list_service_update_logs,
    list_services,
    update_service,
    update_service_node_status,
)
from modelarts_client.api.workspaces import (
    create_workspace,
    delete_workspace,
    get_workspace,
    get_workspace_quotas,
    list_workspaces,
    update_workspace,
    update_workspace_quotas,
)
from modelarts_client.models.cluster_status import ClusterStatus
from modelarts_client.models.list_models_sort_by import ListModelsSortBy
from modelarts_client.models.list_service_events_event_type import ListServiceEventsEventType
from modelarts_client.models.list_service_events_order import ListServiceEventsOrder
from modelarts_client.models.list_service_specifications_infer_type import ListServiceSpecificationsInferType
from modelarts_client.models.list_services_order import ListServicesOrder
from modelarts_client.models.list_services_sort_by import ListServicesSortBy
from modelarts_client.models.list_workspaces_order import ListWorkspacesOrder
from modelarts_client.models.list_workspaces_sort_by import ListWorkspacesSortBy
from modelarts_client.models.model_create_request import ModelCreateRequest
from modelarts_client.models.model_detail import ModelDetail
from modelarts_client.models.model_status import ModelStatus
from modelarts_client.models.model_type import ModelType
from modelarts_client.models.service_create_request import ServiceCreateRequest
from modelarts_client.models.service_detail import ServiceDetail
from modelarts_client.models.service_infer_type import ServiceInferType
from modelarts_client.models.service_node_status_request import ServiceNodeStatusRequest
from modelarts_client.models.service_status import ServiceStatus
from modelarts_client.models.service_update_request import ServiceUpdateRequest
from modelarts_client.models.workspace_create_request import WorkspaceCreateRequest
from modelarts_client.models.workspace_quotas_update_request import WorkspaceQuotasUpdateRequest
from modelarts_client.models.workspace_update_request import WorkspaceUpdateRequest
from modelarts_overlays.signing import AkSkAuth

try:
    import modelarts_emulator  # noqa: F401
except ImportError:  # a checkout where the emulator package is not installed yet
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "emulator"))

from modelarts_emulator import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, create_app
from modelarts_emulator.framework import Clock

from .test_emulator_core import check_against_spec

PROJECT = "e9993fc787d94b6c886cbaa340f9c0f4"
DURATIONS = {"model_publish": 3.0, "service_deploy": 5.0, "service_batch_run": 10.0, "workspace_delete": 1.0}
BASE_URL = "http://emulator.test"


@dataclass
class Answer:
    """One checked answer: HTTP status, the JSON body, and what the generated client parsed."""

    status: int
    body: Any
    parsed: Any


class Api:
    """Calls generated operations against the app and checks every answer against the spec."""

    def __init__(self, client: Client, clock: Clock) -> None:
        self.client = client
        self.clock = clock

    async def __call__(self, module: ModuleType, *args: Any, **kwargs: Any) -> Answer:
        response = await module.asyncio_detailed(PROJECT, *args, client=self.client, **kwargs)
        body = json.loads(response.content) if response.content else None
        operation_id = module.__name__.rsplit(".", 1)[-1]
        check_against_spec(operation_id, int(response.status_code), httpx.Headers(response.headers), body)
        return Answer(int(response.status_code), body, response.parsed)

    async def ok(self, module: ModuleType, *args: Any, **kwargs: Any) -> Any:
        answer = await self(module, *args, **kwargs)
        assert answer.status == 200, answer.body
        return answer.body

    async def fails(self, status: int, code: str, module: ModuleType, *args: Any, **kwargs: Any) -> dict[str, Any]:
        answer = await self(module, *args, **kwargs)
        assert (answer.status, answer.body.get("error_code")) == (status, code), answer.body
        body: dict[str, Any] = answer.body
        return body

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    # ---- building blocks

    async def model(self, name: str = "mnist", version: str = "1.0.0", *, publish: bool = True, **extra: Any) -> str:
        body = {
            "model_name": name,
            "model_version": version,
            "source_location": f"https://models.obs.example.com/{name}",
            "model_type": "TensorFlow",
            **extra,
        }
        created = await self.ok(create_model, body=ModelCreateRequest.from_dict(body))
        if publish:
            self.advance(DURATIONS["model_publish"])
        model_id: str = created["model_id"]
        return model_id

    async def service(self, body: dict[str, Any]) -> str:
        created = await self.ok(create_service, body=ServiceCreateRequest.from_dict(body))
        service_id: str = created["service_id"]
        return service_id

    async def status(self, service_id: str) -> str:
        detail = await self.ok(get_service, service_id)
        status: str = detail["status"]
        return status


def realtime(name: str, *items: tuple[str, int], spec: str = "modelarts.vm.cpu.2u", **extra: Any) -> dict[str, Any]:
    config = [{"model_id": mid, "weight": weight, "specification": spec, "instance_count": 1} for mid, weight in items]
    return {"service_name": name, "infer_type": "real-time", "config": config, **extra}


@pytest.fixture
async def api() -> AsyncIterator[Api]:
    clock = Clock("manual")
    app = create_app(clock=clock, durations=DURATIONS)
    transport = httpx.ASGITransport(app=app)
    auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL, auth=auth) as http:
        client = Client(base_url=BASE_URL).set_async_httpx_client(http)
        yield Api(client, clock)


# ================================================================== chapter 6: models


async def test_model_import_publishes_on_the_clock(api: Api) -> None:
    apis = [{"url": "/", "protocol": "http", "method": "post", "input_params": {"type": "object"}}]
    model_id = await api.model(publish=False, apis=apis, description="digits", runtime="python3.6")
    first = await api(get_model, model_id)
    assert first.body["model_status"] == "publishing"
    assert "image_address" not in first.body
    api.advance(DURATIONS["model_publish"])
    detail = await api.ok(get_model, model_id)
    assert detail["model_status"] == "published"
    assert json.loads(detail["apis"]) == apis  # an array sent is returned as JSON text
    assert detail["image_address"].endswith(f"{model_id}:1.0.0")
    assert json.loads(detail["config"])["model_type"] == "TensorFlow"
    assert detail["install_type"] == ["real-time", "edge", "batch"]
    assert isinstance(first.parsed, ModelDetail)


async def test_model_errors(api: Api) -> None:
    await api.model()
    again = ModelCreateRequest.from_dict(
        {"model_name": "mnist", "model_version": "1.0.0", "source_location": "https://x/y", "model_type": "MXNet"}
    )
    body = await api.fails(409, "ModelArts.3002", create_model, body=again)
    assert body["is_success"] is False
    await api.fails(404, "ModelArts.3001", get_model, "no-such-model")
    await api.fails(404, "ModelArts.3001", delete_model, "no-such-model")
    elsewhere = ModelCreateRequest.from_dict(
        {
            "model_name": "m2",
            "model_version": "1.0.0",
            "source_location": "s",
            "model_type": "MXNet",
            "workspace_id": "nope",
        }
    )
    await api.fails(404, "ModelArts.7005", create_model, body=elsewhere)
    # Both type filters together are valid by the spec: both apply.
    both = await api.ok(list_models, model_type=ModelType.TENSORFLOW, not_model_type=ModelType.CAFFE)
    assert both["count"] == 1
    assert (await api.ok(list_models, model_type=ModelType.TENSORFLOW, not_model_type=ModelType.TENSORFLOW))[
        "count"
    ] == 0


async def test_list_models_filters_sorts_and_pages_by_page_index(api: Api) -> None:
    for version in ("1.0.0", "1.2.0", "1.10.0"):
        await api.model("digits", version)
    await api.model("faces", "2.0.0", model_type="PyTorch", description="face model")
    everything = await api.ok(list_models)
    assert everything["total_count"] == 4
    assert everything["models"][0]["model_name"] == "faces"  # create_at desc by default
    by_version = await api.ok(list_models, model_name="DIG", sort_by=ListModelsSortBy.MODEL_VERSION)
    assert [m["model_version"] for m in by_version["models"]] == ["1.10.0", "1.2.0", "1.0.0"]
    page = await api.ok(list_models, model_name="digits", sort_by=ListModelsSortBy.MODEL_VERSION, offset=1, limit=2)
    assert (page["total_count"], page["count"], page["models"][0]["model_version"]) == (3, 1, "1.0.0")
    assert (await api.ok(list_models, model_type=ModelType.PYTORCH))["count"] == 1
    assert (await api.ok(list_models, not_model_type=ModelType.PYTORCH))["count"] == 3
    assert (await api.ok(list_models, description="FACE"))["count"] == 1
    assert (await api.ok(list_models, model_status=ModelStatus.PUBLISHING))["count"] == 0
    assert (await api.ok(list_models, workspace_id="other"))["count"] == 0


async def test_delete_model_refuses_a_deployed_model_and_cascades(api: Api) -> None:
    v1 = await api.model("digits", "1.0.0")
    v2 = await api.model("digits", "2.0.0")
    v3 = await api.model("digits", "3.0.0")
    lone = await api.model("other", "1.0.0")
    await api.service(realtime("uses-v2", (v2, 100)))
    single = await api.ok(delete_model, lone)
    assert single == {"delete_success_list": [lone], "delete_failed_list": []}
    cascade = await api.ok(delete_model, v1, cascade=True)
    assert sorted(cascade["delete_success_list"]) == sorted([v1, v3])
    [failure] = cascade["delete_failed_list"]
    assert (failure["model_id"], failure["error_code"]) == (v2, "ModelArts.3009")
    assert (await api.ok(list_models))["total_count"] == 1
    await api.fails(409, "ModelArts.3009", delete_model, v2)  # deletes nothing: refused, and v2 stays
    assert (await api.ok(list_models))["total_count"] == 1


# ================================================================== chapter 7: services


async def test_real_time_service_lifecycle_events_and_restart(api: Api) -> None:
    model_id = await api.model()
    service_id = await api.service(realtime("svc", (model_id, 100)))
    detail = await api(get_service, service_id)
    assert (detail.body["status"], detail.body["progress"]) == ("deploying", 0)
    assert detail.body["config"][0]["status"] == "notReady"
    assert isinstance(detail.parsed, ServiceDetail)
    api.advance(2.5)
    assert (await api.ok(get_service, service_id))["progress"] == 50
    api.advance(2.5)
    running = await api.ok(get_service, service_id)
    assert running["status"] == "running"
    assert running["config"][0]["status"] == "ready"
    assert running["access_address"].endswith(service_id)
    events = await api.ok(list_service_events, service_id, order=ListServiceEventsOrder.ASC)
    assert events["events"][0]["event_info"] == "start to deploy service"
    assert events["events"][-1]["event_info"] == "service is running"
    await api.ok(update_service, service_id, body=ServiceUpdateRequest.from_dict({"status": "stopped"}))
    assert await api.status(service_id) == "stopped"
    await api.fails(
        409, "ModelArts.3519", update_service, service_id, body=ServiceUpdateRequest.from_dict({"status": "stopped"})
    )
    await api.ok(update_service, service_id, body=ServiceUpdateRequest.from_dict({"status": "running"}))
    assert await api.status(service_id) == "deploying"
    api.advance(5)
    assert await api.status(service_id) == "running"
    infos = [ev["event_info"] for ev in (await api.ok(list_service_events, service_id))["events"]]
    assert infos[0] == "service is running" and "service stopped" in infos and "start to run service" in infos


async def test_service_creation_checks_models_flavors_and_names(api: Api) -> None:
    draft = await api.model("draft", publish=False)
    await api.fails(
        404, "ModelArts.3507", create_service, body=ServiceCreateRequest.from_dict(realtime("s", ("x", 100)))
    )
    await api.fails(
        409, "ModelArts.3515", create_service, body=ServiceCreateRequest.from_dict(realtime("s", (draft, 100)))
    )
    api.advance(DURATIONS["model_publish"])
    batch_only = await api.model("batchonly", install_type=["batch"])
    bad = [
        (400, "ModelArts.0107", realtime("s", (draft, 60))),  # weights must add up to 100
        (400, "ModelArts.3516", realtime("s", (draft, 50), (draft, 50))),
        (409, "ModelArts.3589", realtime("s", (batch_only, 100))),  # the model's kind, not the request
        (400, "ModelArts.0107", realtime("s", (draft, 100), spec="modelarts.vm.unknown")),
        (403, "ModelArts.0108", realtime("s", (draft, 100), spec="modelarts.vm.ai1.a310")),
        (400, "ModelArts.0107", realtime("s", (draft, 100), spec="custom")),  # custom needs a pool
        (404, "ModelArts.3547", realtime("s", (draft, 100), cluster_id="no-such-pool")),
        (
            409,
            "ModelArts.0107",
            realtime("s", (draft, 100), cluster_id="4b6f3c1e2d5a47e8a9c0b1d2e3f40516"),
        ),  # not running
        (404, "ModelArts.7005", realtime("s", (draft, 100), workspace_id="missing")),
    ]
    for status, code, body in bad:
        await api.fails(status, code, create_service, body=ServiceCreateRequest.from_dict(body))
    await api.service(realtime("taken", (draft, 100)))
    await api.fails(
        409, "ModelArts.3503", create_service, body=ServiceCreateRequest.from_dict(realtime("taken", (draft, 100)))
    )


async def test_service_in_a_dedicated_pool_with_a_custom_flavor(api: Api) -> None:
    model_id = await api.model()
    body = realtime("pooled", (model_id, 100), spec="custom", cluster_id="8abf68a969c3cb3a0169c4acb24b0000")
    body["config"][0]["custom_spec"] = {"cpu": 1.5, "memory": 7500, "gpu_p4": 0, "ascend_a310": 0}
    service_id = await api.service(body)
    api.advance(5)
    detail = await api.ok(get_service, service_id)
    assert detail["cluster_id"] == "8abf68a969c3cb3a0169c4acb24b0000"
    assert detail["config"][0]["custom_spec"]["memory"] == 7500
    [monitor] = (await api.ok(get_service_monitor, service_id))["monitors"]
    assert (monitor["cpu_core_total"], monitor["cpu_memory_total"]) == (1.5, 7500)


async def test_sold_out_flavor_fails_the_deployment(api: Api) -> None:
    model_id = await api.model()
    service_id = await api.service(realtime("soldout", (model_id, 100), spec="modelarts.vm.gpu.0.25t4"))
    api.advance(5)
    detail = await api.ok(get_service, service_id)
    assert detail["status"] == "failed"
    assert "sold out" in detail["error_msg"]
    abnormal = await api.ok(list_service_events, service_id, event_type=ListServiceEventsEventType.ABNORMAL)
    assert abnormal["count"] == 2
    await api.ok(update_service, service_id, body=ServiceUpdateRequest.from_dict({"status": "running"}))
    assert await api.status(service_id) == "deploying"


async def test_schedule_stops_a_real_time_service_at_its_due_time(api: Api) -> None:
    model_id = await api.model()
    schedule = [{"type": "stop", "time_unit": "MINUTES", "duration": 2}]
    service_id = await api.service(realtime("timed", (model_id, 100), schedule=schedule))
    api.advance(5)
    detail = await api.ok(get_service, service_id)
    assert detail["status"] == "running"
    assert detail["due_time"] == detail["transition_at"] + 120_000
    api.advance(120)
    assert await api.status(service_id) == "stopped"
    listed = await api.ok(list_services, status=ServiceStatus.STOPPED)
    assert [svc["service_id"] for svc in listed["services"]] == [service_id]
    assert listed["services"][0]["schedule"] == schedule


async def test_config_update_is_logged_and_redeploys(api: Api) -> None:
    v1 = await api.model("digits", "1.0.0")
    v2 = await api.model("digits", "2.0.0")
    service_id = await api.service(realtime("svc", (v1, 100)))
    update = ServiceUpdateRequest.from_dict({"config": realtime("svc", (v1, 70), (v2, 30))["config"]})
    await api.fails(409, "ModelArts.3519", update_service, service_id, body=update)  # still deploying
    api.advance(5)
    await api.ok(update_service, service_id, body=update)
    detail = await api.ok(get_service, service_id)
    assert detail["status"] == "deploying"
    assert detail["update_time"] == api.clock.now_ms()
    assert [item["weight"] for item in detail["config"]] == [70, 30]
    [log] = (await api.ok(list_service_update_logs, service_id))["logs"]
    assert log["result"] == "RUNNING"
    assert [item["model_version"] for item in log["config"]] == ["1.0.0", "2.0.0"]
    api.advance(5)
    [log] = (await api.ok(list_service_update_logs, service_id))["logs"]
    assert log["result"] == "SUCCESS"
    assert (await api.ok(list_services, model_id=v2))["count"] == 1
    bad = ServiceUpdateRequest.from_dict({"config": realtime("svc", (v1, 10))["config"]})
    await api.fails(400, "ModelArts.0107", update_service, service_id, body=bad)
    await api.ok(update_service, service_id, body=ServiceUpdateRequest.from_dict({"description": "new"}))
    assert (await api.ok(get_service, service_id))["description"] == "new"


async def test_batch_service_runs_then_finishes(api: Api) -> None:
    model_id = await api.model()
    item = {
        "model_id": model_id,
        "specification": "modelarts.vm.cpu.2u",
        "instance_count": 1,
        "src_path": "https://bucket.obs.example.com/in/",
        "dest_path": "https://bucket.obs.example.com/out/",
        "req_uri": "/",
        "mapping_type": "file",
    }
    service_id = await api.service({"service_name": "batch", "infer_type": "batch", "config": [item]})
    api.advance(5)
    running = await api.ok(get_service, service_id)
    assert running["status"] == "running"
    assert running["config"][0]["start_time"] == api.clock.now_ms()
    api.advance(10)
    listed = await api.ok(list_services, infer_type=ServiceInferType.BATCH)
    summary = listed["services"][0]
    assert summary["status"] == "finished"
    assert summary["finished_time"] - summary["start_time"] == 10_000
    await api.fails(403, "ModelArts.0105", get_service_monitor, service_id)
    await api.fails(403, "ModelArts.0105", list_service_update_logs, service_id)
    csv = {**item, "mapping_type": "csv"}
    await api.fails(
        400,
        "ModelArts.0107",
        create_service,
        body=ServiceCreateRequest.from_dict({"service_name": "csv", "infer_type": "batch", "config": [csv]}),
    )


async def test_edge_service_nodes_can_be_stopped_and_started(api: Api) -> None:
    model_id = await api.model()
    nodes = ["2c9080f86d37da64016d381fe5940002", "2c9080f86d37da64016d381fe5940003"]
    item = {"model_id": model_id, "specification": "modelarts.vm.cpu.2u", "nodes": nodes}
    service_id = await api.service({"service_name": "edge", "infer_type": "edge", "config": [item]})
    stop = ServiceNodeStatusRequest.from_dict({"status": "stopped"})
    await api.fails(409, "ModelArts.3513", update_service_node_status, service_id, nodes[0], body=stop)  # deploying
    api.advance(5)
    await api.ok(update_service_node_status, service_id, nodes[0], body=stop)
    await api.fails(409, "ModelArts.3513", update_service_node_status, service_id, nodes[0], body=stop)
    await api.fails(404, "ModelArts.3512", update_service_node_status, service_id, "unknown-node", body=stop)
    detail = await api.ok(get_service, service_id)
    assert [node["instance_status"] for node in detail["config"][0]["nodes"]] == ["stopped", "running"]
    monitors = (await api.ok(get_service_monitor, service_id))["monitors"]
    assert [(m["node_id"], m["cpu_core_usage"] > 0) for m in monitors] == [(nodes[0], False), (nodes[1], True)]
    one = await api.ok(get_service_monitor, service_id, node_id=nodes[1])
    assert len(one["monitors"]) == 1
    start = ServiceNodeStatusRequest.from_dict({"status": "running"})
    await api.ok(update_service_node_status, service_id, nodes[0], body=start)
    changed = ServiceUpdateRequest.from_dict({"config": [{**item, "specification": "modelarts.vm.gpu.p4"}]})
    await api.fails(409, "ModelArts.0107", update_service, service_id, body=changed)  # fixed for edge
    fewer = ServiceUpdateRequest.from_dict({"config": [{**item, "nodes": nodes[1:]}]})
    await api.ok(update_service, service_id, body=fewer)
    api.advance(5)
    [log] = (await api.ok(list_service_update_logs, service_id))["logs"]
    assert (log["result"], log["success_num"], log["failed_num"]) == ("SUCCESS", 2, 0)
    assert {(d["node_id"], d["operation"]) for d in log["result_detail"]} == {
        (nodes[1], "deploy"),
        (nodes[0], "delete"),
    }
    events = await api.ok(list_service_events, service_id)
    assert any("stopped" in ev["event_info"] and nodes[0] in ev["event_info"] for ev in events["events"])


async def test_list_services_filters_sorts_pages_and_deletes_in_bulk(api: Api) -> None:
    model_id = await api.model()
    ids = []
    for name in ("b-svc", "a-svc", "c-svc"):
        ids.append(await api.service(realtime(name, (model_id, 100))))
        api.advance(1)
    listed = await api.ok(list_services)
    assert [svc["service_name"] for svc in listed["services"]] == ["c-svc", "a-svc", "b-svc"]  # publish_at desc
    by_name = await api.ok(
        list_services, sort_by=ListServicesSortBy.SERVICE_NAME, order=ListServicesOrder.ASC, offset=1, limit=2
    )
    assert (by_name["total_count"], [svc["service_name"] for svc in by_name["services"]]) == (3, ["c-svc"])
    assert (await api.ok(list_services, service_name="a-svc"))["services"][0]["service_id"] == ids[1]
    assert (await api.ok(list_services, service_id=ids[2]))["count"] == 1
    assert (await api.ok(list_services, limit=0))["count"] == 3  # no minimum in the spec: all records
    api.advance(2.5)  # the first service is now running, the two others still deploying
    assert (await api.ok(list_services, status=ServiceStatus.DEPLOYING))["count"] == 2
    await api.fails(404, "ModelArts.3502", delete_service, f"{ids[0]},missing")
    for odd in (",", " , ", "\x1d", "a,\x1f"):  # valid IDs (non-empty) naming no service: 404, not 400
        await api.fails(404, "ModelArts.3502", delete_service, odd)
    stop = ServiceNodeStatusRequest.from_dict({"status": "stopped"})
    await api.fails(409, "ModelArts.3513", update_service_node_status, ids[0], "node-1", body=stop)  # not edge
    assert (await api.ok(list_services))["count"] == 3  # nothing deleted
    await api.ok(delete_service, f"{ids[0]},{ids[1]}")
    assert [svc["service_id"] for svc in (await api.ok(list_services))["services"]] == [ids[2]]
    await api.fails(404, "ModelArts.3502", get_service, ids[0])
    await api.fails(404, "ModelArts.3502", list_service_events, ids[0])


async def test_service_events_filter_and_page(api: Api) -> None:
    model_id = await api.model()
    service_id = await api.service(realtime("svc", (model_id, 100)))
    start = api.clock.now_ms()
    api.advance(5)
    everything = await api.ok(list_service_events, service_id, order=ListServiceEventsOrder.ASC)
    total = everything["total_count"]
    assert total == everything["count"] >= 8
    times = [ev["occur_time"] for ev in everything["events"]]
    assert times == sorted(times) and times[0] == start
    page = await api.ok(list_service_events, service_id, order=ListServiceEventsOrder.ASC, offset=1, limit=3)
    assert page["events"] == everything["events"][3:6]
    window = await api.ok(list_service_events, service_id, start_time=start + 1, end_time=start + 4000)
    assert 0 < window["count"] < total
    assert (await api.ok(list_service_events, service_id, event_type=ListServiceEventsEventType.ABNORMAL))["count"] == 0


async def test_specifications_and_clusters(api: Api) -> None:
    public = (await api.ok(list_service_specifications))["specifications"]
    names = {spec["specification"] for spec in public}
    assert {"modelarts.vm.cpu.2u", "modelarts.vm.gpu.p4"} <= names
    assert any(spec["spec_status"] == "sellout" for spec in public)
    edge = await api.ok(list_service_specifications, infer_type=ListServiceSpecificationsInferType.EDGE)
    assert "modelarts.vm.cpu.free" not in {spec["specification"] for spec in edge["specifications"]}
    dedicated = await api.ok(list_service_specifications, is_personal_cluster=True)
    assert "custom" in {spec["specification"] for spec in dedicated["specifications"]}
    clusters = await api.ok(list_clusters)
    assert clusters["total_count"] == clusters["count"] == 4
    assert all(c["project"] == PROJECT for c in clusters["clusters"])
    running = await api.ok(list_clusters, status=ClusterStatus.RUNNING, offset=1, limit=2)
    assert (running["total_count"], running["count"]) == (3, 1)
    named = await api.ok(list_clusters, cluster_name="my-cluster")
    assert named["clusters"][0]["cluster_id"] == "ff808081673fbb3d01673fbb824d0000"


# ================================================================== current edition: services and models

POOL_RUNNING = "auto-pool-os-86c13962597848eeb29c5861153a391f"  # the v2 pools catalogue (pools_v2.py)
POOL_CREATING = "pool-gpu-train-3c1e9a7d2b5f4e0c8a6d1b2c3d4e5f60"
OLD_POOL = "ff808081673fbb3d01673fbb824d0000"  # CLUSTERS[0], running
AFFINITY = {
    "node_affinity": {"mode": "preferred", "pool_infos": [{"pool_name": POOL_RUNNING, "nodes": [{"name": "n-1"}]}]}
}
MODEL_PROPS = {
    "log_volume": [{"host_path": "/var/log/host", "mount_path": "/var/log/app"}],
    "max_surge": 0.5,
    "max_unavailable": 0,
    "termination_grace_period_seconds": 30,
    "persistent_volumes": [{"name": "data", "mount_path": "/data", "storage_type": "sfs", "source_address": "x"}],
}
SERVICE_PROPS = {
    "log_report_channels": [{"type": "LTS", "configuration": {"log_group_id": "g-1", "log_stream_id": "s-1"}}],
    "websocket_upgrade": True,
}


async def test_real_time_current_edition_fields_round_trip(api: Api) -> None:
    v1 = await api.model("digits", "1.0.0")
    v2 = await api.model("digits", "2.0.0")
    body = realtime(
        "modern",
        (v1, 100),
        spec="modelarts.vm.cpu.8ud",  # a dedicated flavor: allowed because pool_name names a pool
        pool_name=POOL_RUNNING,
        load_balancer_policy="LEAST_CONNECTIONS",
        priority=2,
        service_secrets=[{"secretId": "sec-1", "mouthPath": "/etc/secret"}],
        additional_properties=SERVICE_PROPS,
    )
    body["config"][0].update(
        {"affinity": AFFINITY, "additional_properties": MODEL_PROPS, "deploy_timeout_in_seconds": 600}
    )
    created = await api.ok(create_service, body=ServiceCreateRequest.from_dict(body))
    service_id = created["service_id"]
    [resource_id] = created["resource_ids"]
    assert resource_id.startswith("INF-") and resource_id.endswith(f"@{api.clock.now_ms()}")
    detail = await api.ok(get_service, service_id)
    assert (detail["pool_name"], detail["load_balancer_policy"], detail["priority"]) == (
        POOL_RUNNING,
        "LEAST_CONNECTIONS",
        2,
    )
    assert detail["additional_properties"] == SERVICE_PROPS
    [item] = detail["config"]
    assert (item["pool_name"], item["affinity"], item["additional_properties"]) == (POOL_RUNNING, AFFINITY, MODEL_PROPS)
    assert "service_secrets" not in detail and "deploy_timeout_in_seconds" not in item  # request-only
    assert "cluster_id" not in item  # pool_name wins; no old-style pool involved
    api.advance(5)
    # Update: the top-level fields change, additional_properties merge key by key.
    change = {
        "load_balancer_policy": "SOURCE_IP",
        "priority": 3,
        "service_secrets": [{"secretId": "sec-2", "mouthPath": "/s"}],
        "additional_properties": {"websocket_upgrade": False},
    }
    await api.ok(update_service, service_id, body=ServiceUpdateRequest.from_dict(change))
    detail = await api.ok(get_service, service_id)
    assert (detail["load_balancer_policy"], detail["priority"]) == ("SOURCE_IP", 3)
    assert detail["additional_properties"] == {**SERVICE_PROPS, "websocket_upgrade": False}
    assert "service_secrets" not in detail
    # A config update keeps the new item fields and logs the typed additional_properties.
    new_props = {"max_surge": 1.0, "termination_grace_period_seconds": 5, "custom_key": "kept"}
    config = realtime("x", (v1, 60), (v2, 40), spec="modelarts.vm.cpu.2u")["config"]
    config[1].update({"additional_properties": new_props, "affinity": AFFINITY, "pool_name": POOL_RUNNING})
    await api.ok(update_service, service_id, body=ServiceUpdateRequest.from_dict({"config": config}))
    detail = await api.ok(get_service, service_id)
    assert [item.get("pool_name") for item in detail["config"]] == [POOL_RUNNING, POOL_RUNNING]  # service's
    assert detail["config"][1]["additional_properties"] == new_props
    assert detail["config"][0]["additional_properties"] == {}
    [log] = (await api.ok(list_service_update_logs, service_id))["logs"]
    assert "additional_properties" not in log["config"][0]
    assert log["config"][1]["additional_properties"] == new_props
    assert "pool_name" not in log["config"][1]  # not in the update log's schema


async def test_pool_name_must_name_a_running_pool(api: Api) -> None:
    model_id = await api.model()
    unknown = realtime("s", (model_id, 100), pool_name="no-such-pool")
    await api.fails(404, "ModelArts.3547", create_service, body=ServiceCreateRequest.from_dict(unknown))
    creating = realtime("s", (model_id, 100))
    creating["config"][0]["pool_name"] = POOL_CREATING
    await api.fails(409, "ModelArts.0107", create_service, body=ServiceCreateRequest.from_dict(creating))
    # The item's pool_name wins over the service's cluster_id: the item runs in the v2 pool (which
    # also allows the dedicated flavor custom) and shows no cluster_id.
    override = realtime("s", (model_id, 100), spec="custom", cluster_id=OLD_POOL)
    override["config"][0].update({"pool_name": POOL_RUNNING, "custom_spec": {"cpu": 1.0, "memory": 2048}})
    service_id = await api.service(override)
    [item] = (await api.ok(get_service, service_id))["config"]
    assert item["pool_name"] == POOL_RUNNING and "cluster_id" not in item
    # Without any pool a dedicated flavor is still refused.
    public = realtime("t", (model_id, 100), spec="modelarts.vm.cpu.8ud")
    await api.fails(400, "ModelArts.0107", create_service, body=ServiceCreateRequest.from_dict(public))


async def test_batch_service_keeps_its_new_config_fields(api: Api) -> None:
    model_id = await api.model()
    item = {
        "model_id": model_id,
        "specification": "custom",
        "custom_spec": {"cpu": 2.0, "memory": 4096},
        "cluster_id": OLD_POOL,
        "instance_count": 1,
        "src_path": "https://bucket.obs.example.com/in/",
        "dest_path": "https://bucket.obs.example.com/out/",
        "req_uri": "/",
        "mapping_type": "file",
        "additional_properties": MODEL_PROPS,
        "affinity": AFFINITY,
        "deploy_timeout_in_seconds": 120,
    }
    service_id = await api.service({"service_name": "batch", "infer_type": "batch", "config": [item]})
    [shown] = (await api.ok(get_service, service_id))["config"]
    assert shown["status"] == "deploying"
    assert (shown["custom_spec"], shown["cluster_id"]) == ({"cpu": 2.0, "memory": 4096}, OLD_POOL)
    assert (shown["additional_properties"], shown["affinity"]) == (MODEL_PROPS, AFFINITY)
    assert "deploy_timeout_in_seconds" not in shown and "pool_name" not in shown
    api.advance(15)
    assert (await api.ok(get_service, service_id))["config"][0]["status"] == "finished"
    # A batch item's pool_name (current edition) makes its dedicated flavor acceptable too.
    pooled = {**item, "pool_name": POOL_RUNNING}
    del pooled["cluster_id"]
    other = await api.service({"service_name": "batch2", "infer_type": "batch", "config": [pooled]})
    assert (await api.ok(get_service, other))["config"][0]["pool_name"] == POOL_RUNNING


async def test_edge_service_with_custom_spec_instance_count_and_edge_pool(api: Api) -> None:
    model_id = await api.model()
    node = "2r8c4fb9-t497-40u3-89yf-skui77db0472"
    item = {  # the current edition's edge sample, plus an edge pool id
        "model_id": model_id,
        "specification": "custom",
        "instance_count": 1,
        "custom_spec": {"cpu": 1.5, "memory": 7500},
        "cluster_id": "edge-pool-1",
        "deploy_timeout_in_seconds": 300,
        "envs": {},
        "nodes": [node],
    }
    service_id = await api.service({"service_name": "edge", "infer_type": "edge", "config": [item]})
    [shown] = (await api.ok(get_service, service_id))["config"]
    assert (shown["status"], shown["instance_count"], shown["cluster_id"]) == ("deploying", 1, "edge-pool-1")
    assert shown["custom_spec"] == {"cpu": 1.5, "memory": 7500}
    assert shown["nodes"][0]["message"] == "The instance is being deployed."
    api.advance(5)
    [shown] = (await api.ok(get_service, service_id))["config"]
    assert shown["status"] == "running"
    assert (shown["nodes"][0]["instance_status"], shown["nodes"][0]["message"]) == (
        "running",
        "The instance is running.",
    )
    monitor = await api.ok(get_service_monitor, service_id)
    assert (monitor["service_instance_count"], monitor["service_running_instance_count"]) == (1, 1)
    [figures] = monitor["monitors"]
    assert (figures["model_instance_count"], figures["model_running_instance_count"]) == (1, 1)
    assert (figures["gpu_memory_total"], figures["npu_total"]) == (0.0, 0.0)  # the edge nodes have none
    stop = ServiceNodeStatusRequest.from_dict({"status": "stopped"})
    await api.ok(update_service_node_status, service_id, node, body=stop)
    monitor = await api.ok(get_service_monitor, service_id)
    assert monitor["service_running_instance_count"] == 0
    assert monitor["monitors"][0]["model_running_instance_count"] == 0
    await api.ok(update_service, service_id, body=ServiceUpdateRequest.from_dict({"config": [item]}))
    [log] = (await api.ok(list_service_update_logs, service_id))["logs"]
    [logged] = log["config"]
    assert (logged["instance_count"], logged["custom_spec"], logged["cluster_id"]) == (
        1,
        {"cpu": 1.5, "memory": 7500},
        "edge-pool-1",
    )


async def test_list_services_tags_and_transition_at(api: Api) -> None:
    model_id = await api.model()
    first = await api.service(realtime("first", (model_id, 100)))
    api.advance(1)
    second = await api.service(realtime("second", (model_id, 100)))
    api.advance(4)  # first is running (changed at +5 s), second still deploying (changed at its creation)
    await api.ok(update_service, first, body=ServiceUpdateRequest.from_dict({"status": "stopped"}))
    # transition_at: first stopped at +5 s, second started deploying at +1 s (running only at +6 s).
    by_change = await api.ok(list_services, sort_by=ListServicesSortBy.TRANSITION_AT, order=ListServicesOrder.ASC)
    assert [svc["service_id"] for svc in by_change["services"]] == [second, first]
    published = await api.ok(list_services, sort_by=ListServicesSortBy.PUBLISH_AT, order=ListServicesOrder.ASC)
    assert [svc["service_id"] for svc in published["services"]] == [first, second]
    paged = await api.ok(list_services, sort_by=ListServicesSortBy.TRANSITION_AT, offset=1, limit=1)
    assert (paged["total_count"], [svc["service_id"] for svc in paged["services"]]) == (2, [second])
    # Services carry no tags in the emulator: a tags filter matches none, an empty one filters nothing.
    tagged = await api.ok(list_services, tags="env=prod")
    assert (tagged["total_count"], tagged["count"], tagged["services"]) == (0, 0, [])
    assert (await api.ok(list_services, tags=""))["total_count"] == 2


async def test_event_info_and_update_time_filters(api: Api) -> None:
    v1 = await api.model("digits", "1.0.0")
    v2 = await api.model("digits", "2.0.0")
    service_id = await api.service(realtime("svc", (v1, 100)))
    api.advance(5)
    building = await api.ok(list_service_events, service_id, event_info="BUILD IMAGE")
    assert [ev["event_info"] for ev in building["events"]] == ["model (digits 1.0.0) build image success"]
    assert (await api.ok(list_service_events, service_id, event_info="running"))["count"] == 1
    assert (await api.ok(list_service_events, service_id, event_info="no such text"))["count"] == 0
    first_update = api.clock.now_ms()
    config = realtime("svc", (v1, 50), (v2, 50))["config"]
    await api.ok(update_service, service_id, body=ServiceUpdateRequest.from_dict({"config": config}))
    api.advance(5)
    await api.ok(
        update_service, service_id, body=ServiceUpdateRequest.from_dict({"config": realtime("s", (v2, 100))["config"]})
    )
    everything = (await api.ok(list_service_update_logs, service_id))["logs"]
    assert len(everything) == 2
    [one] = (await api.ok(list_service_update_logs, service_id, update_time=first_update))["logs"]
    assert (one["update_time"], len(one["config"])) == (first_update, 2)
    assert (await api.ok(list_service_update_logs, service_id, update_time=first_update + 1))["logs"] == []


async def test_specifications_page_by_record_and_describe_flavors(api: Api) -> None:
    everything = await api.ok(list_service_specifications)
    total = everything["total_count"]
    assert total == everything["count"] == len(everything["specifications"]) >= 10
    page = await api.ok(list_service_specifications, offset=2, limit=3)
    assert (page["total_count"], page["count"]) == (total, 3)
    assert page["specifications"] == everything["specifications"][2:5]  # offset counts records
    tail = await api.ok(list_service_specifications, offset=total - 1, limit=0)  # no minimum: the rest
    assert tail["specifications"] == everything["specifications"][-1:]
    assert (await api.ok(list_service_specifications, offset=total))["count"] == 0
    assert (await api.ok(list_service_specifications, offset=-5, limit=2))["specifications"] == everything[
        "specifications"
    ][:2]
    flavors = {spec["specification"]: spec for spec in everything["specifications"]}
    cpu = flavors["modelarts.vm.cpu.2u"]
    assert (cpu["category"], cpu["cpu_info"], cpu["memory_info"]) == (
        "CPU",
        {"arch": "x86", "cpu": 2.0},
        {"unit": "GB", "memory": 8},
    )
    assert cpu["gpu_info"] == {"unit": "MB", "gpu": 0.0, "memory": 0}  # as the reference's CPU sample
    assert cpu["npu_info"] == {"unit": "MB", "npu": 0, "memory": 0}
    assert (cpu["display_en"], cpu["display_cn"]) == ("CPU: 2 vCPUs | 8 GiB", "CPU: 2 cores 8 GiB")
    gpu = flavors["modelarts.vm.gpu.0.25p4"]
    assert gpu["category"] == "GPU"
    assert gpu["gpu_info"] == {"unit": "GB", "brand": "NVIDIA", "version": "P4", "gpu": 0.25, "memory": 2}
    npu = flavors["modelarts.vm.arm.d310.3u6g"]
    assert (npu["category"], npu["cpu_info"]["arch"], npu["npu_info"]["npu"]) == ("NPU", "arm", 1)
    assert npu["npu_info"]["version"] == "Ascend 310" and npu["display_en"].endswith("NPU: Ascend 310")
    edge = await api.ok(
        list_service_specifications, infer_type=ListServiceSpecificationsInferType.EDGE, offset=1, limit=1
    )
    assert (edge["total_count"], edge["count"]) == (4, 1)


async def test_monitor_reports_instances_and_accelerator_figures(api: Api) -> None:
    v1 = await api.model("digits", "1.0.0")
    v2 = await api.model("digits", "2.0.0")
    body = realtime("mixed", (v1, 50), (v2, 50))
    body["config"][0].update({"specification": "modelarts.vm.gpu.p4", "instance_count": 2})
    body["config"][1].update({"specification": "modelarts.vm.arm.d310.3u6g", "instance_count": 3})
    service_id = await api.service(body)
    deploying = await api.ok(get_service_monitor, service_id)
    assert (deploying["service_instance_count"], deploying["service_running_instance_count"]) == (5, 0)
    assert deploying["req_count_per_min"] == 0
    gpu, npu = deploying["monitors"]
    assert (gpu["model_instance_count"], gpu["model_running_instance_count"]) == (2, 0)
    assert (gpu["gpu_total"], gpu["gpu_memory_total"], gpu["gpu_memory_usage"]) == (2.0, 16384.0, 0.0)
    assert (gpu["npu_total"], gpu["npu_memory_total"]) == (0.0, 0.0)  # no NPU on a GPU flavor
    assert (npu["npu_total"], npu["npu_memory_total"], npu["gpu_memory_total"]) == (3.0, 24576.0, 0.0)
    api.advance(5)
    running = await api.ok(get_service_monitor, service_id)
    assert running["service_running_instance_count"] == 5
    gpu, npu = running["monitors"]
    assert (gpu["model_running_instance_count"], gpu["gpu_memory_usage"]) == (2, 4096.0)
    assert (npu["model_running_instance_count"], npu["npu_usage"], npu["npu_memory_usage"]) == (3, 0.75, 6144.0)
    custom = realtime("custom", (v1, 100), spec="custom", cluster_id=OLD_POOL)
    custom["config"][0]["custom_spec"] = {"cpu": 1.0, "memory": 2048, "gpu_p4": 0.5, "ascend_a310": 1}
    custom_id = await api.service(custom)
    [figures] = (await api.ok(get_service_monitor, custom_id))["monitors"]
    assert (figures["gpu_memory_total"], figures["npu_total"], figures["npu_memory_total"]) == (4096.0, 1.0, 8192.0)


async def test_model_current_edition_fields(api: Api) -> None:
    health = {
        "url": "/health",
        "protocol": "http",
        "initial_delay_seconds": "10",
        "timeout_seconds": "5",
        "period_seconds": "10",
        "failure_threshold": "3",
        "check_method": "EXEC",
        "command": "cat /tmp/ready",
    }
    image = await api.model(
        "img", "1.0.0", model_type="Image", cmd="python serve.py", health=health, source_copy="false"
    )
    detail = await api.ok(get_model, image)
    assert (detail["cmd"], detail["health"], detail["source_copy"]) == ("python serve.py", health, "false")
    assert json.loads(detail["config"])["health"] == health
    spec = detail["specification"]
    assert spec["min_memory"] == spec["min_mem"] and int(spec["min_memory"]) >= 512
    assert int(spec["min_memory"]) % 256 == 0 and int(spec["min_memory"]) * 1024 * 1024 >= 2 * detail["model_size"]
    default_copy = await api.model("img2", "1.0.0", model_type="Image")
    assert (await api.ok(get_model, default_copy))["source_copy"] == "true"  # on when not set
    plain = await api.model("tf", "1.0.0")
    plain_detail = await api.ok(get_model, plain)
    assert "source_copy" not in plain_detail and "cmd" not in plain_detail and "health" not in plain_detail
    templated = await api.model("tpl", "1.0.0", model_type="Template")
    listed = {m["model_id"]: m for m in (await api.ok(list_models))["models"]}
    assert listed[image]["source_copy"] == "false" and listed[templated]["model_type"] == "Template"
    assert listed[image]["specification"] == spec


async def test_list_models_exact_match_escapes_the_underscore(api: Api) -> None:
    for name in ("my_model", "myXmodel", "my_model_v2", "other"):
        await api.model(name, "1.0.0")

    async def names(**query: Any) -> list[str]:
        found = await api.ok(list_models, **query)
        return sorted(m["model_name"] for m in found["models"])

    assert await names(model_name="my_model") == ["myXmodel", "my_model", "my_model_v2"]  # _ is any character
    assert await names(model_name="my_model", exact_match=True) == ["my_model", "my_model_v2"]  # still fuzzy
    assert await names(model_name="MY_MODEL_", exact_match=True) == ["my_model_v2"]
    assert await names(model_name="my_model", exact_match=False) == ["myXmodel", "my_model", "my_model_v2"]
    assert len(await names(exact_match=True)) == 4  # alone it filters nothing


# ================================================================== chapter 8: workspaces


def ws_body(name: str, **extra: Any) -> WorkspaceCreateRequest:
    return WorkspaceCreateRequest.from_dict({"name": name, **extra})


async def test_workspace_create_get_update_and_list(api: Api) -> None:
    created = await api.ok(create_workspace, body=ws_body("team-a", description="A", enterprise_project_id="0"))
    assert created["status"] == "NORMAL" and len(created["id"]) == 32
    ws_id = created["id"]
    await api.fails(409, "ModelArts.0103", create_workspace, body=ws_body("team-a"))
    grants = {
        "auth_type": "INTERNAL",
        "grants": [{"user_name": "alice"}, {"user_id": "0123456789abcdef0123456789abcdef"}],
    }
    api.advance(1)
    assert await api.ok(
        update_workspace, ws_id, body=WorkspaceUpdateRequest.from_dict({"name": "team-b", **grants})
    ) == {"workspace_id": ws_id}
    detail = await api.ok(get_workspace, ws_id)
    assert detail["name"] == "team-b" and detail["update_time"] > detail["create_time"]
    assert [g["user_name"] for g in detail["grants"]] == ["alice", "iam-user-01234567"]
    assert all(len(g["user_id"]) == 32 for g in detail["grants"])
    await api.ok(create_workspace, body=ws_body("zeta"))
    listed = await api.ok(list_workspaces)
    assert [w["name"] for w in listed["workspaces"]] == ["zeta", "team-b", "default"]  # name desc
    assert "grants" not in listed["workspaces"][1]
    page = await api.ok(
        list_workspaces, sort_by=ListWorkspacesSortBy.NAME, order=ListWorkspacesOrder.ASC, offset=1, limit=2
    )
    assert (page["total_count"], [w["name"] for w in page["workspaces"]]) == (3, ["zeta"])
    assert (await api.ok(list_workspaces, name="TEAM"))["count"] == 1
    assert (await api.ok(list_workspaces, enterprise_project_id="0"))["count"] == 3
    await api.fails(
        403, "ModelArts.0105", update_workspace, "0", body=WorkspaceUpdateRequest.from_dict({"name": "renamed"})
    )
    await api.ok(update_workspace, "0", body=WorkspaceUpdateRequest.from_dict({"description": "the default"}))
    assert (await api.ok(get_workspace, "0"))["description"] == "the default"
    body = await api.fails(404, "ModelArts.7005", get_workspace, "missing")
    assert "is_success" not in body and body["request_id"]


async def test_workspace_deletion_and_its_effect_on_resources(api: Api) -> None:
    empty = (await api.ok(create_workspace, body=ws_body("empty-ws")))["id"]
    busy = (await api.ok(create_workspace, body=ws_body("busy-ws")))["id"]
    await api.model("in-busy", workspace_id=busy)
    await api.fails(403, "ModelArts.0105", delete_workspace, "0")
    assert await api.ok(delete_workspace, empty) == {"workspace_id": empty}
    # Deleted means gone at once: no DELETING workspace to read back (use after free).
    await api.fails(404, "ModelArts.7005", get_workspace, empty)
    await api.fails(404, "ModelArts.7005", get_workspace_quotas, empty)
    await api.fails(404, "ModelArts.7005", update_workspace, empty, body=WorkspaceUpdateRequest.from_dict({}))
    await api.fails(404, "ModelArts.7005", delete_workspace, empty)  # a second delete: already gone
    late = ModelCreateRequest.from_dict(
        {
            "model_name": "late",
            "model_version": "1.0.0",
            "source_location": "s",
            "model_type": "MXNet",
            "workspace_id": empty,
        }
    )
    await api.fails(404, "ModelArts.7005", create_model, body=late)
    # A workspace still holding a model is refused, and stays as it was.
    await api.fails(409, "ModelArts.0105", delete_workspace, busy)
    assert (await api.ok(get_workspace, busy))["status"] == "NORMAL"
    assert {w["name"] for w in (await api.ok(list_workspaces))["workspaces"]} == {"default", "busy-ws"}
    models = await api.ok(list_models, workspace_id=busy)
    assert models["count"] == 1


async def test_workspace_quotas(api: Api) -> None:
    ws_id = (await api.ok(create_workspace, body=ws_body("quota-ws")))["id"]
    quotas = (await api.ok(get_workspace_quotas, ws_id))["quotas"]
    assert quotas and all(q["quota"] == -1 and q["used_quota"] is None for q in quotas)
    resource = quotas[0]["resource"]
    api.advance(1)
    change = WorkspaceQuotasUpdateRequest.from_dict({"quotas": [{"resource": resource, "quota": 10}]})
    [updated] = (await api.ok(update_workspace_quotas, ws_id, body=change))["quotas"]
    assert (updated["resource"], updated["quota"], updated["update_time"]) == (resource, 10, api.clock.now_ms())
    assert "used_quota" not in updated
    again = {q["resource"]: q for q in (await api.ok(get_workspace_quotas, ws_id))["quotas"]}
    assert (again[resource]["quota"], again[resource]["used_quota"]) == (10, 0)
    for quota in ({"resource": resource, "quota": 0}, {"resource": resource, "quota": 10**9}):
        bad = WorkspaceQuotasUpdateRequest.from_dict({"quotas": [quota]})
        await api.fails(400, "ModelArts.0107", update_workspace_quotas, ws_id, body=bad)
    unknown = WorkspaceQuotasUpdateRequest.from_dict({"quotas": [{"resource": "nope", "quota": 5}]})
    await api.fails(404, "ModelArts.0102", update_workspace_quotas, ws_id, body=unknown)
    await api.fails(404, "ModelArts.7005", get_workspace_quotas, "missing")


async def test_state_survives_a_restart_with_sqlite(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    clock = Clock("manual")
    for round_ in range(2):
        app = create_app(clock=clock, durations=DURATIONS, state_file=state)
        auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL, auth=auth) as http:
            api = Api(Client(base_url=BASE_URL).set_async_httpx_client(http), clock)
            if round_ == 0:
                await api.ok(create_workspace, body=ws_body("kept-ws"))
                model_id = await api.model()
                await api.service(realtime("kept", (model_id, 100)))
                api.advance(5)
            else:
                assert (await api.ok(list_services))["services"][0]["status"] == "running"
                assert (await api.ok(list_models))["count"] == 1
                assert (await api.ok(list_workspaces))["count"] == 2
        app.state.emulator.close()


# ================================================================== a live server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def live_url() -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    port = _free_port()
    app = create_app(clock="real", durations={"model_publish": 0.0, "service_deploy": 0.0})
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


def test_deploy_against_a_live_server(live_url: str) -> None:
    auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    with httpx.Client(base_url=live_url, auth=auth, timeout=10) as http:
        client = Client(base_url=live_url).set_httpx_client(http)
        call: Callable[..., Any] = create_model.sync_detailed
        created = call(
            PROJECT,
            client=client,
            body=ModelCreateRequest.from_dict(
                {"model_name": "live", "model_version": "1.0.0", "source_location": "s", "model_type": "MXNet"}
            ),
        )
        assert created.status_code == 200
        model_id = json.loads(created.content)["model_id"]
        deployed = create_service.sync_detailed(
            PROJECT, client=client, body=ServiceCreateRequest.from_dict(realtime("live", (model_id, 100)))
        )
        assert deployed.status_code == 200, deployed.content
        service_id = json.loads(deployed.content)["service_id"]
        detail = get_service.sync_detailed(PROJECT, service_id, client=client)
        check_against_spec(
            "get_service", int(detail.status_code), httpx.Headers(detail.headers), json.loads(detail.content)
        )
        assert isinstance(detail.parsed, ServiceDetail)
        assert detail.parsed.status == ServiceStatus.RUNNING
