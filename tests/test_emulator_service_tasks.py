"""The emulator's service tasks and AI engine runtimes, through ``Session`` against the live emulator.

A task's lifecycle on the manual clock (PENDING, STARTING, RUNNING; STOPPING, STOPPED; SUCCEEDED for
files in OBS), the refusals (unknown service or task, a service that is not an edge one, start and stop
in the wrong state, a scheduled task on OBS files), the list's filters, sort and paging, the secret
that is never stored, the cascade when the service goes, and the runtimes catalogue and its paging.
"""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

import pytest

from modelarts_emulator.framework import DEFAULT_DURATIONS
from modelarts_emulator.pytest_plugin import EmulatorHandle
from modelarts_overlays import BadRequestError, ConflictError, NotFoundError, Session

from .test_inference import deploy

START = DEFAULT_DURATIONS["service_task_start"]
STOP = DEFAULT_DURATIONS["service_task_stop"]
RUN = DEFAULT_DURATIONS["service_task_run"]
EDGE_NODE = "2c9080f86d37da64016d381fe5940002"

Env = tuple[EmulatorHandle, Session]


def edge_service(emulator: EmulatorHandle, session: Session) -> str:
    """A running edge service (the only kind with tasks)."""
    model = session.call(
        "create_model",
        body={
            "model_name": f"edge-{uuid.uuid4().hex[:6]}",
            "model_version": "1.0.0",
            "source_location": "https://models.obs.example.com/edge",
            "model_type": "TensorFlow",
        },
    )
    emulator.advance(5)
    created = session.call_json(
        "create_service",
        body={
            "service_name": f"edge-{uuid.uuid4().hex[:6]}",
            "infer_type": "edge",
            "config": [{"model_id": model.model_id, "specification": "modelarts.vm.cpu.2u", "nodes": [EDGE_NODE]}],
        },
    )
    emulator.advance(5)
    service_id: str = created["service_id"]
    return service_id


def task_body(name: str = "task-a", kind: str = "url", **extra: Any) -> dict[str, Any]:
    data = {"obs": {"bucket": "videos", "path": "in/"}, "url": {"url": "rtsp://camera.example/live"}}[kind]
    return {
        "name": name,
        "input": {"type": kind, "data": [data]},
        "output": {"webhook": {"url": "https://hooks.example/out", "headers": {"Content-Type": "application/json"}}},
        **extra,
    }


def create(session: Session, service_id: str, body: dict[str, Any]) -> list[str]:
    answer = session.call_json("create_service_task", service_id=service_id, body=body)
    return [task["id"] for task in answer["tasks"]]


def state(session: Session, service_id: str, task_id: str) -> str:
    task = session.call_json("get_service_task", service_id=service_id, task_id=task_id)
    value: str = task["state"]
    return value


@pytest.fixture
def edge(env: Env) -> str:
    return edge_service(*env)


def test_a_stream_task_runs_until_stopped_and_starts_again(env: Env, edge: str) -> None:
    emulator, session = env
    [task_id] = create(session, edge, task_body(description="watch the gate", config={"threshold": 0.5}))
    task = session.call_json("get_service_task", service_id=edge, task_id=task_id)
    assert len(task_id) == 32 and int(task_id, 16) >= 0
    assert task["state"] == "PENDING" and task["service_id"] == edge and task["project_id"] == session.project_id
    assert (task["description"], task["config"], task["input"]["type"]) == ("watch the gate", {"threshold": 0.5}, "url")
    assert task["created_at"].endswith("Z") and "schedule_status" not in task
    emulator.advance(START / 2)
    assert state(session, edge, task_id) == "STARTING"
    with pytest.raises(ConflictError, match="STARTING"):
        session.call("start_service_task", service_id=edge, task_id=task_id)
    emulator.advance(START / 2)
    assert state(session, edge, task_id) == "RUNNING"
    emulator.advance(RUN * 10)
    assert state(session, edge, task_id) == "RUNNING"  # a stream does not end by itself
    assert session.call("stop_service_task", service_id=edge, task_id=task_id) is None
    assert state(session, edge, task_id) == "STOPPING"
    with pytest.raises(ConflictError):
        session.call("stop_service_task", service_id=edge, task_id=task_id)
    emulator.advance(STOP)
    stopped = session.call_json("get_service_task", service_id=edge, task_id=task_id)
    assert stopped["state"] == "STOPPED" and stopped["updated_at"] >= stopped["created_at"]
    session.call("start_service_task", service_id=edge, task_id=task_id)
    assert state(session, edge, task_id) == "STARTING"
    running = session.wait("get_service_task", service_id=edge, task_id=task_id, sleep=emulator.advance)
    assert running.state == "RUNNING"


def test_an_obs_task_succeeds_and_several_inputs_make_several_tasks(env: Env, edge: str) -> None:
    emulator, session = env
    body = task_body(kind="obs")
    body["input"]["data"].append({"bucket": "videos", "path": "more/"})
    first, second = create(session, edge, body)
    emulator.advance(START + RUN)
    done = session.call_json("get_service_task", service_id=edge, task_id=first)
    assert done["state"] == "SUCCEEDED" and done["input"]["data"] == [{"bucket": "videos", "path": "in/"}]
    other = session.call_json("get_service_task", service_id=edge, task_id=second)
    assert other["input"]["data"] == [{"bucket": "videos", "path": "more/"}]
    with pytest.raises(ConflictError):  # finished: nothing to stop
        session.call("stop_service_task", service_id=edge, task_id=first)
    session.call("start_service_task", service_id=edge, task_id=first)  # a finished task runs again
    assert state(session, edge, first) == "STARTING"


def test_schedules_and_the_vcn_password(env: Env, edge: str) -> None:
    emulator, session = env
    schedule = {"type": "DAILY", "timezone": "+08:00", "execution_mode": "period",
                "periods": [{"begin_at": "08:00:00", "end_at": "20:00:00"}]}  # fmt: skip
    with pytest.raises(BadRequestError, match="no OBS input"):
        create(session, edge, task_body(kind="obs", schedule=schedule))
    [scheduled] = create(session, edge, task_body(schedule=schedule))
    task = session.call_json("get_service_task", service_id=edge, task_id=scheduled)
    assert task["schedule"] == schedule and task["schedule_status"] == "ACTIVATED"
    emulator.advance(START)
    session.call("stop_service_task", service_id=edge, task_id=scheduled)
    assert session.call_json("get_service_task", service_id=edge, task_id=scheduled)["schedule_status"] == "INACTIVATED"

    vcn_secret = f"vcn-{uuid.uuid4().hex}"
    body = task_body()
    body["input"] = {"type": "vcn", "data": [{"device_id": "cam-1"}],
                     "vcn": {"ip": "10.0.0.8", "port": 9000, "username": "viewer", "password": vcn_secret}}  # fmt: skip
    [vcn_task] = create(session, edge, body)
    got = session.call_json("get_service_task", service_id=edge, task_id=vcn_task)
    assert got["input"]["vcn"] == {"ip": "10.0.0.8", "port": 9000, "username": "viewer"}
    listed = session.call_json("list_service_tasks", service_id=edge)
    assert vcn_secret not in json.dumps(listed) and vcn_secret not in json.dumps(got)


def test_the_list_filters_sorts_and_pages(env: Env, edge: str) -> None:
    emulator, session = env
    ids = {}
    for name in ("gate-north", "gate-south", "yard"):
        [ids[name]] = create(session, edge, task_body(name=name))
        emulator.advance(1)
    session.call("stop_service_task", service_id=edge, task_id=ids["yard"])

    def listed(**query: Any) -> tuple[int, list[str]]:
        answer = session.call_json("list_service_tasks", service_id=edge, **query)
        return answer["count"], [task["name"] for task in answer["tasks"]]

    assert listed() == (3, ["yard", "gate-south", "gate-north"])  # newest first by default
    assert listed(sort_key="name", sort_dir="asc") == (3, ["gate-north", "gate-south", "yard"])
    assert listed(name_like="GATE", sort_key="name", sort_dir="asc") == (2, ["gate-north", "gate-south"])
    assert listed(state="STOPPING") == (1, ["yard"])
    assert listed(id=ids["gate-south"]) == (1, ["gate-south"])
    first = session.call_json("get_service_task", service_id=edge, task_id=ids["gate-north"])
    created_ms = emulator.clock.now_ms() - 3000
    assert first["created_at"] <= first["updated_at"]
    assert listed(created_since=created_ms + 1000, sort_dir="asc") == (2, ["gate-south", "yard"])
    assert listed(created_until=created_ms + 1000, sort_dir="asc") == (2, ["gate-north", "gate-south"])
    assert listed(offset=1, limit=1) == (3, ["gate-south"])
    assert listed(offset=5) == (3, [])
    paged = [t.name for t in session.paginate("list_service_tasks", service_id=edge, page_size=2)]
    assert paged == ["yard", "gate-south", "gate-north"]


def test_refusals_and_deletion(env: Env, edge: str) -> None:
    emulator, session = env
    missing = str(uuid.uuid4())
    with pytest.raises(NotFoundError) as no_service:
        create(session, missing, task_body())
    assert no_service.value.error_code == "ModelArts.3502"
    with pytest.raises(NotFoundError):
        session.call("list_service_tasks", service_id=missing)
    realtime = deploy(emulator, session)
    with pytest.raises(ConflictError, match="only edge services"):
        create(session, realtime, task_body())
    [task_id] = create(session, edge, task_body())
    other_edge = edge_service(emulator, session)
    for operation in ("get_service_task", "start_service_task", "stop_service_task", "delete_service_task"):
        with pytest.raises(NotFoundError):  # a task is reached only through its own service
            session.call(operation, service_id=other_edge, task_id=task_id)
        with pytest.raises(NotFoundError):
            session.call(operation, service_id=edge, task_id=uuid.uuid4().hex)
    assert session.call("delete_service_task", service_id=edge, task_id=task_id) is None
    with pytest.raises(NotFoundError):
        session.call("get_service_task", service_id=edge, task_id=task_id)
    with pytest.raises(NotFoundError):
        session.call("delete_service_task", service_id=edge, task_id=task_id)

    [kept] = create(session, edge, task_body())
    session.call("delete_service", service_id=edge)
    with pytest.raises(NotFoundError):
        session.call("get_service_task", service_id=edge, task_id=kept)


def test_the_runtimes_catalogue_and_its_pages(env: Env) -> None:
    _, session = env
    every = session.call_json("list_model_runtimes")
    engines = [engine["ai_engine"] for engine in every["engine_runtimes"]]
    assert engines == ["TensorFlow", "PyTorch", "MindSpore", "Custom"]
    assert every["count"] == every["total_count"] == 4
    for engine in every["engine_runtimes"]:
        size = len(engine["runtimes"])
        assert all(len(engine[key]) == size for key in ("request_mode", "accelerators", "arch", "status_list"))
    pytorch = every["engine_runtimes"][1]
    npu = pytorch["runtimes"].index("pytorch_1.11.0-cann_7.0.1-py_3.9-euler_2.10.7-aarch64-snt9b")
    assert (pytorch["accelerators"][npu]["type"], pytorch["arch"][npu]) == ("npu", "aarch64")
    page = session.call_json("list_model_runtimes", offset=1, limit=2)
    assert (page["count"], page["total_count"]) == (4, 2)
    assert [e["ai_engine"] for e in page["engine_runtimes"]] == ["PyTorch", "MindSpore"]
    walked = [e.ai_engine for e in session.paginate("list_model_runtimes", page_size=3)]
    assert walked == engines
    assert copy.deepcopy(every) == session.call_json("list_model_runtimes")  # the same catalogue each time
