"""The emulator's core: auth, token issuing, validation, routing, state, persistence, live server,
and the chapter 4 (development environment), training job configuration, visualization job and
specification operations.

Why through the generated client: every call goes through ``modelarts_client``'s generated
``asyncio_detailed`` functions, signed by ``AkSkAuth``, into the ASGI app in process, and every
answer is checked against the shipped spec's response schema -- so spec, client, signer and
emulator are tested together.  Lifecycles run on the manual clock: no test sleeps.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import typing
from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from enum import Enum
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from modelarts_client import Client
from modelarts_client.api.development_environment import (
    create_devenv_instance,
    delete_devenv_instance,
    get_devenv_instance,
    list_devenv_instances,
    manage_devenv_instance,
    update_devenv_instance,
)
from modelarts_client.api.resource_and_engine_specifications import list_job_engine_specs, list_job_resource_specs
from modelarts_client.api.training_job_configurations import (
    create_training_job_config,
    delete_training_job_config,
    get_training_job_config,
    list_training_job_configs,
    update_training_job_config,
)
from modelarts_client.api.visualization_jobs import (
    create_visualization_job,
    delete_visualization_job,
    get_visualization_job,
    list_visualization_jobs,
    restart_visualization_job,
    stop_visualization_job,
    update_visualization_job_description,
)
from modelarts_client.models.dev_env_action_request import DevEnvActionRequest
from modelarts_client.models.dev_env_auto_stop import DevEnvAutoStop
from modelarts_client.models.dev_env_auto_stop_update import DevEnvAutoStopUpdate
from modelarts_client.models.dev_env_create_instance_request import DevEnvCreateInstanceRequest
from modelarts_client.models.dev_env_update_instance_request import DevEnvUpdateInstanceRequest
from modelarts_client.models.dev_env_update_spec import DevEnvUpdateSpec
from modelarts_client.models.train_config_create_request import TrainConfigCreateRequest
from modelarts_client.models.train_config_update_request import TrainConfigUpdateRequest
from modelarts_client.models.visualization_create_request import VisualizationCreateRequest
from modelarts_client.models.visualization_update_request import VisualizationUpdateRequest
from modelarts_overlays.signing import AkSkAuth

if importlib.util.find_spec("modelarts_emulator") is None:  # the emulator package is not installed yet
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "emulator"))

from modelarts_emulator import DEFAULT_ACCESS_KEY, DEFAULT_PASSWORD, DEFAULT_SECRET_KEY, DEFAULT_USER, create_app
from modelarts_emulator.framework import Clock as Clock  # re-exported for the training tests
from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_emulator.pytest_plugin import modelarts_emulator as modelarts_emulator  # the fixture

from .conftest import deref

PROJECT = "2f5d4a1c9b8e4e7fa1b2c3d4e5f60718"
OTHER_PROJECT = "99999999999999999999999999999999"
BASE_URL = "http://emulator.test"

SPEC: dict[str, Any] = yaml.safe_load((resources.files("modelarts_client") / "openapi.yaml").read_text("utf-8"))
OPERATIONS: dict[str, dict[str, Any]] = {
    op["operationId"]: op
    for item in SPEC["paths"].values()
    for method, op in item.items()
    if method in ("get", "put", "post", "delete")
}


def check_against_spec(operation_id: str, status: int, headers: httpx.Headers, body: Any) -> None:
    """Fail unless the answer is documented for the operation (status, body schema, request id)."""
    responses = OPERATIONS[operation_id]["responses"]
    response = deref(responses.get(str(status)) or responses["default"], SPEC)
    assert "X-request-id" in headers
    content = response.get("content")
    if content is None:
        assert body in (None, {}), f"{operation_id} {status}: no body documented, got {body!r}"
        return
    schema = {**content["application/json"]["schema"], "components": SPEC["components"]}
    errors = [
        f"{list(e.absolute_path)}: {e.message}"
        for e in OAS30Validator(schema, format_checker=oas30_format_checker).iter_errors(body)
    ]
    assert not errors, f"{operation_id} {status} does not match the spec: {errors}"


def _enums(module: ModuleType, kwargs: dict[str, Any]) -> dict[str, Any]:
    """Turn plain values into the generated enum types the signature asks for (tests stay short)."""
    hints = typing.get_type_hints(module.asyncio_detailed)
    out = dict(kwargs)
    for name, value in kwargs.items():
        for candidate in typing.get_args(hints.get(name)) or (hints.get(name),):
            if isinstance(candidate, type) and issubclass(candidate, Enum) and not isinstance(value, Enum):
                out[name] = candidate(value)
    return out


class Api:
    """Calls generated operations against the app; checks every answer against the spec."""

    def __init__(self, client: Client, clock: Clock, project: str = PROJECT) -> None:
        self.client = client
        self.clock = clock
        self.project = project

    async def __call__(self, module: ModuleType, *args: Any, **kwargs: Any) -> tuple[int, Any]:
        response = await module.asyncio_detailed(self.project, *args, client=self.client, **_enums(module, kwargs))
        body = json.loads(response.content) if response.content else None
        check_against_spec(module.__name__.rsplit(".", 1)[-1], int(response.status_code), response.headers, body)
        return int(response.status_code), body


def _client(app: Any, auth: httpx.Auth | None) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL, auth=auth)


@pytest.fixture
def clock() -> Clock:
    return Clock("manual")


@pytest.fixture
def app(clock: Clock) -> Any:
    return create_app(clock=clock)


@pytest.fixture
async def http(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with _client(app, AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)) as client:
        yield client


@pytest.fixture
async def raw(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with _client(app, None) as client:
        yield client


@pytest.fixture
def api(http: httpx.AsyncClient, clock: Clock) -> Api:
    return Api(Client(base_url=BASE_URL).set_async_httpx_client(http), clock)


# ------------------------------------------------------------------------------------ auth


async def _signed(method: str, url: str, content: bytes = b"", **kw: Any) -> httpx.Request:
    request = httpx.Request(method, BASE_URL + url, content=content, headers={"Content-Type": "application/json"})
    AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, **kw).sign_request(request)
    return request


def _assert_401(response: httpx.Response) -> None:
    assert response.status_code == 401, response.text
    body = response.json()
    assert body["error_code"] in ("APIG.0301", "ModelArts.0203", "ModelArts.0202")
    assert body["error_msg"]
    assert body["request_id"] == response.headers["X-request-id"]


async def test_signed_request_is_accepted(raw: httpx.AsyncClient) -> None:
    response = await raw.send(await _signed("GET", f"/v1/{PROJECT}/job/ai-engines"))
    assert response.status_code == 200, response.text


async def test_missing_auth_is_401(raw: httpx.AsyncClient) -> None:
    _assert_401(await raw.get(f"/v1/{PROJECT}/training-jobs"))


async def test_malformed_authorization_is_401(raw: httpx.AsyncClient) -> None:
    request = await _signed("GET", f"/v1/{PROJECT}/training-jobs")
    request.headers["Authorization"] = "SDK-HMAC-SHA256 garbage"
    _assert_401(await raw.send(request))


async def test_wrong_key_is_401(app: Any) -> None:
    async with _client(app, AkSkAuth(DEFAULT_ACCESS_KEY, "not-the-secret")) as client:
        _assert_401(await client.get(f"/v1/{PROJECT}/training-jobs"))
    async with _client(app, AkSkAuth("SOMEOTHERAK", DEFAULT_SECRET_KEY)) as client:
        _assert_401(await client.get(f"/v1/{PROJECT}/training-jobs"))


async def test_tampered_body_is_401(raw: httpx.AsyncClient) -> None:
    good = json.dumps({"job_name": "viz", "train_url": "/a/"}).encode()
    request = await _signed("POST", f"/v1/{PROJECT}/visualization-jobs", good)
    tampered = httpx.Request("POST", request.url, headers=request.headers, content=good.replace(b"viz", b"vix"))
    _assert_401(await raw.send(tampered))


async def test_tampered_query_and_path_are_401(raw: httpx.AsyncClient) -> None:
    request = await _signed("GET", f"/v1/{PROJECT}/training-jobs?page=1")
    moved = httpx.Request("GET", f"{BASE_URL}/v1/{PROJECT}/training-jobs?page=2", headers=request.headers)
    _assert_401(await raw.send(moved))
    other = httpx.Request("GET", f"{BASE_URL}/v1/{OTHER_PROJECT}/training-jobs?page=1", headers=request.headers)
    _assert_401(await raw.send(other))


async def test_stale_date_is_401(raw: httpx.AsyncClient) -> None:
    stale = datetime.now(timezone.utc) - timedelta(minutes=16)
    _assert_401(await raw.send(await _signed("GET", f"/v1/{PROJECT}/training-jobs", clock=lambda: stale)))
    fresh = datetime.now(timezone.utc) - timedelta(minutes=10)
    ok = await raw.send(await _signed("GET", f"/v1/{PROJECT}/training-jobs", clock=lambda: fresh))
    assert ok.status_code == 200


def _token_body(user: str = DEFAULT_USER, password: str = DEFAULT_PASSWORD) -> dict[str, Any]:
    return {
        "auth": {
            "identity": {
                "methods": ["password"],
                "password": {"user": {"name": user, "password": password, "domain": {"name": "acct"}}},
            },
            "scope": {"project": {"name": "cn-north-4"}},
        }
    }


async def test_token_issue_use_and_expiry(raw: httpx.AsyncClient, clock: Clock) -> None:
    bad = await raw.post("/v3/auth/tokens", json=_token_body(password="wrong"))
    assert bad.status_code == 401
    check_against_spec("create_iam_token", 401, bad.headers, bad.json())
    issued = await raw.post("/v3/auth/tokens", json=_token_body())
    assert issued.status_code == 201, issued.text
    check_against_spec("create_iam_token", 201, issued.headers, issued.json())
    token = issued.headers["X-Subject-Token"]
    assert token not in issued.text
    assert issued.json()["token"]["project"]["name"] == "cn-north-4"
    scoped = issued.json()["token"]["project"]["id"]  # a token scoped by name is for that project only
    ok = await raw.get(f"/v1/{scoped}/training-jobs", headers={"X-Auth-Token": token})
    assert ok.status_code == 200, ok.text
    _assert_401(await raw.get(f"/v1/{scoped}/training-jobs", headers={"X-Auth-Token": token + "x"}))
    clock.advance(24 * 3600 + 1)
    expired = await raw.get(f"/v1/{scoped}/training-jobs", headers={"X-Auth-Token": token})
    _assert_401(expired)
    assert expired.json()["error_code"] == "ModelArts.0202"


async def test_invalid_token_request_is_400(raw: httpx.AsyncClient) -> None:
    response = await raw.post("/v3/auth/tokens", json={"auth": {"identity": {"methods": ["password"]}}})
    assert response.status_code == 400
    check_against_spec("create_iam_token", 400, response.headers, response.json())


# ------------------------------------------------------------------------ validation, routing


async def test_invalid_body_is_400_in_the_operation_shape(http: httpx.AsyncClient) -> None:
    bad = await http.post(f"/v1/{PROJECT}/training-jobs", json={"job_name": "a b", "config": {}})
    assert bad.status_code == 400
    body = bad.json()
    check_against_spec("create_training_job", 400, bad.headers, body)
    assert body["is_success"] is False and body["error_code"] == "ModelArts.0107"
    assert "job_name" in body["error_msg"] and "spec_id" in body["error_msg"]
    devenv = await http.post(f"/v1/{PROJECT}/demanager/instances", json={"name": "x"})
    assert devenv.status_code == 400
    check_against_spec("create_devenv_instance", 400, devenv.headers, devenv.json())
    assert "is_success" not in devenv.json() and devenv.json()["request_id"]


@pytest.mark.parametrize(
    ("method", "url", "content"),
    [
        ("GET", "/training-jobs?per_page=abc", None),
        ("GET", "/training-jobs?per_page=0", None),
        ("GET", "/visualization-jobs?status=99", None),
        ("GET", "/demanager/instances", None),  # de_type is required
        ("GET", "/training-jobs/1/versions/1/aom-log?lines=9999&log_file=x", None),
        ("POST", "/visualization-jobs", b"{not json"),
        ("POST", "/visualization-jobs", b""),
        ("POST", "/visualization-jobs", b"[1, 2]"),
        ("PUT", "/training-job-configs/c1", b'{"worker_server_num": "one", "spec_id": 1}'),
        ("POST", "/demanager/instances/x/action", b'{"action": "explode"}'),
    ],
)
async def test_invalid_requests_never_500(
    http: httpx.AsyncClient, method: str, url: str, content: bytes | None
) -> None:
    response = await http.request(
        method, f"/v1/{PROJECT}{url}", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert response.json()["error_code"] == "ModelArts.0107"


async def test_unknown_path_and_wrong_method(http: httpx.AsyncClient) -> None:
    missing = await http.get(f"/v1/{PROJECT}/no-such-thing")
    assert missing.status_code == 404 and missing.json()["error_msg"]
    wrong = await http.patch(f"/v1/{PROJECT}/training-jobs")
    assert wrong.status_code == 405 and "GET" in wrong.headers["Allow"]
    assert wrong.json()["error_code"]


async def test_admin_routes(raw: httpx.AsyncClient, api: Api, clock: Clock) -> None:
    health = await raw.get("/_emulator/health")
    assert health.json()["status"] == "ok" and health.json()["clock"] == "manual"
    before = clock.now_ms()
    advanced = await raw.post("/_emulator/clock/advance", json={"seconds": 5})
    assert advanced.json()["now_ms"] == before + 5000
    assert (await raw.post("/_emulator/clock/advance", json={"seconds": -1})).status_code == 400
    await api(create_visualization_job, body=VisualizationCreateRequest(job_name="v1", train_url="/o/"))
    assert (await raw.post("/_emulator/reset")).status_code == 200
    status, listed = await api(list_visualization_jobs)
    assert status == 200, listed
    assert listed["job_total_count"] == 0, listed


# ------------------------------------------------------------------------ specs


async def test_resource_and_engine_specs(api: Api) -> None:
    status, specs = await api(list_job_resource_specs)
    assert status == 200 and specs["spec_total_count"] == len(specs["specs"]) >= 2
    _, inference = await api(list_job_resource_specs, job_type="inference")
    assert all(s["gpu_num"] == 0 for s in inference["specs"])
    _, none = await api(list_job_resource_specs, engine_id=424242)
    assert none["spec_total_count"] == 0
    _, engines = await api(list_job_engine_specs)
    _, infer_engines = await api(list_job_engine_specs, job_type="inference")
    assert len(infer_engines["engines"]) < len(engines["engines"])


# ------------------------------------------------------------------------ training job configurations


def _config(name: str, **extra: Any) -> dict[str, Any]:
    return {"config_name": name, "worker_server_num": 1, "spec_id": 1, "engine_id": 1, "train_url": "/o/t/", **extra}


async def test_training_job_configs_crud(api: Api, clock: Clock) -> None:
    for i, name in enumerate(["beta", "alpha", "gamma"]):
        status, body = await api(create_training_job_config, body=TrainConfigCreateRequest.from_dict(_config(name)))
        assert status == 200 and body == {"is_success": True}
        clock.advance(1 + i)
    dup_status, dup = await api(create_training_job_config, body=TrainConfigCreateRequest.from_dict(_config("beta")))
    assert dup_status == 409 and dup["error_code"] == "ModelArts.0103"

    _, page = await api(list_training_job_configs, sort_by="config_name", order="asc", per_page=2, page=1)
    assert [c["config_name"] for c in page["configs"]] == ["alpha", "beta"] and page["config_total_count"] == 3
    _, page2 = await api(list_training_job_configs, sort_by="config_name", order="asc", per_page=2, page=2)
    assert [c["config_name"] for c in page2["configs"]] == ["gamma"]
    _, newest = await api(list_training_job_configs, sort_by="create_time", order="desc")
    assert [c["config_name"] for c in newest["configs"]] == ["gamma", "alpha", "beta"]
    _, search = await api(list_training_job_configs, search_content="AMM")
    assert [c["config_name"] for c in search["configs"]] == ["gamma"]
    _, samples = await api(list_training_job_configs, config_type="sample")
    assert samples["config_total_count"] >= 1

    _, detail = await api(get_training_job_config, "alpha")
    assert detail["engine_name"] == "TensorFlow" and detail["spec_code"]
    update = TrainConfigUpdateRequest.from_dict({"worker_server_num": 2, "spec_id": 4, "config_desc": "new"})
    assert (await api(update_training_job_config, "alpha", body=update))[0] == 200
    _, detail = await api(get_training_job_config, "alpha")
    assert detail["worker_server_num"] == 2 and detail["gpu_num"] == 1 and detail["config_desc"] == "new"
    assert (await api(delete_training_job_config, "alpha"))[0] == 200
    status, missing = await api(get_training_job_config, "alpha")
    assert status == 404 and missing["error_code"] == "ModelArts.0102"
    assert (await api(delete_training_job_config, "alpha"))[0] == 404


# ------------------------------------------------------------------------ visualization jobs


async def test_visualization_lifecycle(api: Api, clock: Clock) -> None:
    _, created = await api(create_visualization_job, body=VisualizationCreateRequest(job_name="viz", train_url="/o/"))
    job_id = created["job_id"]
    assert created["status"] == 1
    clock.advance(2)
    _, got = await api(get_visualization_job, job_id)
    assert got["status"] == 8
    clock.advance(3)
    _, got = await api(get_visualization_job, job_id)
    assert got["duration"] == 3000
    assert (await api(stop_visualization_job, job_id))[0] == 200
    clock.advance(10)
    _, got = await api(get_visualization_job, job_id)
    assert got["status"] == 12 and got["duration"] == 3000
    assert (await api(restart_visualization_job, job_id))[0] == 200
    _, got = await api(get_visualization_job, job_id)
    assert got["status"] == 1
    upd = VisualizationUpdateRequest(job_desc="described")
    assert (await api(update_visualization_job_description, job_id, body=upd))[0] == 200
    _, got = await api(get_visualization_job, job_id)
    assert got["job_desc"] == "described"
    dup = await api(create_visualization_job, body=VisualizationCreateRequest(job_name="viz", train_url="/o/"))
    assert dup[0] == 409
    assert (await api(delete_visualization_job, job_id))[0] == 200
    assert (await api(get_visualization_job, job_id))[0] == 404
    assert (await api(stop_visualization_job, job_id))[0] == 404


async def test_visualization_list_paging_sorting_filtering(api: Api, clock: Clock) -> None:
    for name in ["c-job", "a-job", "b-job", "other"]:
        await api(create_visualization_job, body=VisualizationCreateRequest(job_name=name, train_url="/o/"))
    clock.advance(5)
    await api(create_visualization_job, body=VisualizationCreateRequest(job_name="late", train_url="/o/"))
    _, page = await api(list_visualization_jobs, sort_by="job_name", order="desc", per_page=2, page=2)
    assert page["job_total_count"] == 5 and [j["job_name"] for j in page["jobs"]] == ["c-job", "b-job"]
    _, running = await api(list_visualization_jobs, status=8)
    assert running["job_total_count"] == 4
    _, found = await api(list_visualization_jobs, search_content="-job", sort_by="job_id")
    assert [j["job_name"] for j in found["jobs"]] == ["c-job", "a-job", "b-job"]


# ------------------------------------------------------------------------ development environment


def _instance(name: str, **extra: Any) -> DevEnvCreateInstanceRequest:
    body = {
        "name": name,
        "profile_id": "Python3",
        "flavor": "modelarts.vm.cpu.2u",
        "spec": {"storage": {"type": "evs", "location": {"volume_size": 5}}},
        **extra,
    }
    return DevEnvCreateInstanceRequest.from_dict(body)


async def test_devenv_lifecycle_and_actions(api: Api, clock: Clock) -> None:
    status, created = await api(create_devenv_instance, body=_instance("nb-1"))
    assert status == 200 and created["status"] == "CREATING"
    inst = created["id"]
    status, busy = await api(manage_devenv_instance, inst, body=DevEnvActionRequest.from_dict({"action": "stop"}))
    assert status == 409 and busy["error_code"] == "ModelArts.6306"  # a state conflict, not a bad request
    clock.advance(3)
    assert (await api(get_devenv_instance, inst))[1]["status"] == "RUNNING"
    status, again = await api(manage_devenv_instance, inst, body=DevEnvActionRequest.from_dict({"action": "start"}))
    assert status == 409 and again["error_code"] == "ModelArts.6305"
    _, stopped = await api(manage_devenv_instance, inst, body=DevEnvActionRequest.from_dict({"action": "stop"}))
    assert stopped == {"current_status": "STOPPING", "previous_state": "RUNNING"}
    clock.advance(2)
    assert (await api(get_devenv_instance, inst))[1]["status"] == "STOPPED"
    _, started = await api(manage_devenv_instance, inst, body=DevEnvActionRequest.from_dict({"action": "start"}))
    assert started["current_status"] == "STARTING"
    clock.advance(3)
    _, updated = await api(
        update_devenv_instance,
        inst,
        body=DevEnvUpdateInstanceRequest.from_dict(
            {"description": "mine", "spec": {"auto_stop": {"enable": True, "duration": 3600}}}
        ),
    )
    assert updated["description"] == "mine" and updated["spec"]["auto_stop"]["remain_time"] > 0
    clock.advance(3600)
    assert (await api(get_devenv_instance, inst))[1]["status"] == "STOPPED"
    status, dup = await api(create_devenv_instance, body=_instance("nb-1"))
    assert status == 409 and dup["error_code"] == "ModelArts.6301"
    _, deleted = await api(delete_devenv_instance, inst)
    assert deleted == {"instance_id": inst}
    status, gone = await api(get_devenv_instance, inst)
    assert status == 404 and gone["error_code"] == "ModelArts.6309"


async def test_devenv_update_changes_only_the_auto_stop_fields_it_is_given(api: Api, clock: Clock) -> None:
    """Changing only the duration leaves auto-stop on (ERRATA 4.29a: the update schema has no defaults)."""
    auto_stop = DevEnvAutoStop(enable=True, duration=7200)
    _, created = await api(create_devenv_instance, body=_instance("nb-stop"))
    inst = created["id"]
    first = DevEnvUpdateInstanceRequest(
        spec=DevEnvUpdateSpec(auto_stop=DevEnvAutoStopUpdate.from_dict(auto_stop.to_dict()))
    )
    await api(update_devenv_instance, inst, body=first)
    only_duration = DevEnvUpdateInstanceRequest(spec=DevEnvUpdateSpec(auto_stop=DevEnvAutoStopUpdate(duration=3600)))
    assert only_duration.to_dict() == {"spec": {"auto_stop": {"duration": 3600}}}
    status, updated = await api(update_devenv_instance, inst, body=only_duration)
    assert status == 200
    assert updated["spec"]["auto_stop"]["enable"] is True and updated["spec"]["auto_stop"]["duration"] == 3600
    clock.advance(3 + 3600)
    assert (await api(get_devenv_instance, inst))[1]["status"] == "STOPPED"


async def test_devenv_obs_storage_rules(api: Api, http: httpx.AsyncClient) -> None:
    """The obs/evs rule lives in the spec (a oneOf), so the validator refuses what breaks it."""
    url = f"/v1/{PROJECT}/demanager/instances"
    base = _instance("nb-obs").to_dict()
    for storage in (
        {"type": "obs"},
        {"type": "obs", "location": {}},
        {"type": "obs", "location": {"path": "/b/dir"}},
        {"type": ["obs"], "location": {"path": "/b/dir/"}},  # once a 500 inside the validator
    ):
        bad = await http.post(url, json={**base, "spec": {"storage": storage}})
        assert bad.status_code == 400, bad.text
        check_against_spec("create_devenv_instance", 400, bad.headers, bad.json())
        assert bad.json()["error_code"] == "ModelArts.0107"
    ok = _instance("nb-obs", spec={"storage": {"type": "obs", "location": {"path": "/b/dir/"}}})
    status, created = await api(create_devenv_instance, body=ok)
    assert status == 200 and created["spec"]["storage"]["location"]["path"] == "/b/dir/"
    evs = _instance("nb-evs", spec={"storage": {"type": "evs"}})
    status, created = await api(create_devenv_instance, body=evs)
    assert status == 200 and created["spec"]["storage"]["location"]["path"] == "/home/ma-user/work"


async def test_devenv_list_paging_sorting_filtering(api: Api, clock: Clock) -> None:
    for name in ["nb-c", "nb-a", "nb-b"]:
        await api(create_devenv_instance, body=_instance(name))
        clock.advance(1)
    _, all_ = await api(list_devenv_instances, de_type="Notebook")
    assert all_["total_count"] == 3 and [i["name"] for i in all_["instances"]] == ["nb-a", "nb-b", "nb-c"]
    _, window = await api(list_devenv_instances, de_type="Notebook", offset=1, limit=1, sortby="creation_timestamp")
    assert [i["name"] for i in window["instances"]] == ["nb-a"] and window["total_count"] == 3
    _, desc = await api(list_devenv_instances, de_type="Notebook", order="desc")
    assert [i["name"] for i in desc["instances"]] == ["nb-c", "nb-b", "nb-a"]
    _, creating = await api(list_devenv_instances, de_type="Notebook", status="CREATING")
    assert [i["name"] for i in creating["instances"]] == ["nb-a", "nb-b"]  # younger than the 3 s start
    _, other = await api(list_devenv_instances, de_type="Other")
    assert other["total_count"] == 0


# ------------------------------------------------------------------------ state


async def test_state_is_per_project(api: Api, http: httpx.AsyncClient, clock: Clock) -> None:
    await api(create_visualization_job, body=VisualizationCreateRequest(job_name="mine", train_url="/o/"))
    other = Api(Client(base_url=BASE_URL).set_async_httpx_client(http), clock, OTHER_PROJECT)
    _, listed = await other(list_visualization_jobs)
    assert listed["job_total_count"] == 0
    assert (await other(get_visualization_job, 1))[0] == 404
    _, created = await other(
        create_visualization_job, body=VisualizationCreateRequest(job_name="mine", train_url="/o/")
    )
    assert created["job_id"] == 1


async def test_sqlite_state_survives_a_restart(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    first = create_app(state_file=state, clock="manual")
    async with _client(first, auth) as http:
        api = Api(Client(base_url=BASE_URL).set_async_httpx_client(http), first.state.emulator.clock)
        await api(create_training_job_config, body=TrainConfigCreateRequest.from_dict(_config("kept")))
        await api(create_visualization_job, body=VisualizationCreateRequest(job_name="kept", train_url="/o/"))
    first.state.emulator.close()
    second = create_app(state_file=state, clock="manual")
    async with _client(second, auth) as http:
        api = Api(Client(base_url=BASE_URL).set_async_httpx_client(http), second.state.emulator.clock)
        assert (await api(get_training_job_config, "kept"))[1]["config_name"] == "kept"
        _, created = await api(
            create_visualization_job, body=VisualizationCreateRequest(job_name="new", train_url="/o/")
        )
        assert created["job_id"] == 2  # the id counter survived too
    second.state.emulator.close()


# ------------------------------------------------------------------------ live server


def test_live_server_fixture(modelarts_emulator: EmulatorHandle) -> None:
    emu = modelarts_emulator
    emu.reset()
    auth = AkSkAuth(emu.access_key, emu.secret_key)
    with httpx.Client(base_url=emu.url, auth=auth, timeout=10) as http:
        client = Client(base_url=emu.url).set_httpx_client(http)
        created = create_visualization_job.sync_detailed(
            emu.project_id, client=client, body=VisualizationCreateRequest(job_name="live", train_url="/o/")
        )
        assert created.status_code == 200, created.content
        job_id = json.loads(created.content)["job_id"]
        emu.advance(2)
        got = get_visualization_job.sync_detailed(emu.project_id, job_id, client=client)
        assert json.loads(got.content)["status"] == 8
        assert http.get("/_emulator/health").json()["status"] == "ok"
    emu.reset()
    with httpx.Client(base_url=emu.url, auth=auth, timeout=10) as http:
        listed = list_visualization_jobs.sync_detailed(
            emu.project_id, client=Client(base_url=emu.url).set_httpx_client(http)
        )
        assert json.loads(listed.content)["job_total_count"] == 0
