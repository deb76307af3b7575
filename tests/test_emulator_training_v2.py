"""The emulator's v2 training jobs: lifecycle on the manual clock through every phase, the failure
path, stop and delete, creation checks, the search (pages, filters, orders), events, task logs with
their 5 MiB window, metrics, and the flavor and engine catalogues.

Why through ``test_emulator_core``'s ``Api``: every answer is checked against the spec's response
schema, so the emulator's answers and the spec are tested together.  Default durations: Creating
2 s, Pending 3 s, Running 10 s (finished at 15 s), Terminating 2 s.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from modelarts_client import Client
from modelarts_client.api.training_flavors_and_engines_v2 import list_training_engines_v2, list_training_flavors_v2
from modelarts_client.api.training_jobs_v2 import (
    create_training_job_v2,
    delete_training_job_v2,
    get_training_job_v2,
    get_training_task_log_preview_v2,
    get_training_task_log_url_v2,
    get_training_task_metrics_v2,
    list_training_job_events_v2,
    list_training_jobs_v2,
    stop_training_job_v2,
    update_training_job_description_v2,
)
from modelarts_client.models.training_job_v2_action_request import TrainingJobV2ActionRequest
from modelarts_client.models.training_job_v2_create_request import TrainingJobV2CreateRequest
from modelarts_client.models.training_job_v2_description_update_request import TrainingJobV2DescriptionUpdateRequest
from modelarts_client.models.training_job_v2_search_request import TrainingJobV2SearchRequest
from modelarts_emulator import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, create_app
from modelarts_emulator.framework import Context, NotFound, ProjectStore
from modelarts_emulator.resources import algorithms_v2, specs_v2, training_v2
from modelarts_overlays.signing import AkSkAuth
from modelarts_overlays.task_logs import LogTail

from .test_emulator_core import BASE_URL, PROJECT, Api, Clock, _client
from .test_emulator_core import api as api  # fixtures shared with the core tests
from .test_emulator_core import app as app
from .test_emulator_core import clock as clock
from .test_emulator_core import http as http

CPU8 = "modelarts.vm.cpu.8u"
GPU_FREE = "modelarts.p3.large.public.free"


def _job(
    name: str,
    *,
    flavor: str | None = CPU8,
    nodes: int | None = 2,
    pool: str | None = None,
    env: dict[str, str] | None = None,
    **algorithm: Any,
) -> TrainingJobV2CreateRequest:
    resource: dict[str, Any] = {}
    if flavor is not None:
        resource["flavor_id"] = flavor
    if nodes is not None:
        resource["node_count"] = nodes
    if pool is not None:
        resource["pool_id"] = pool
    algo: dict[str, Any] = {"code_dir": "/bucket/code/", "boot_file": "/bucket/code/train.py", **algorithm}
    if env is not None:
        algo["environments"] = env
    body = {
        "kind": "job",
        "metadata": {"name": name, "description": f"{name} desc"},
        "algorithm": algo,
        "spec": {"resource": resource},
    }
    return TrainingJobV2CreateRequest.from_dict(body)


async def _create(api: Api, name: str, **kw: Any) -> dict[str, Any]:
    status, body = await api(create_training_job_v2, body=_job(name, **kw))
    assert status == 201, body
    created: dict[str, Any] = body
    return created


async def _get(api: Api, job_id: str) -> dict[str, Any]:
    status, body = await api(get_training_job_v2, job_id)
    assert status == 200, body
    job: dict[str, Any] = body
    return job


async def _phase(api: Api, job_id: str) -> tuple[str, str]:
    status = (await _get(api, job_id))["status"]
    return status["phase"], status["secondary_phase"]


async def _preview(api: Api, job_id: str, task: str = "worker-0") -> tuple[int, Any]:
    result: tuple[int, Any] = await api(get_training_task_log_preview_v2, job_id, task)
    return result


async def _stop(api: Api, job_id: str, action: str = "terminate") -> tuple[int, Any]:
    result: tuple[int, Any] = await api(
        stop_training_job_v2, job_id, body=TrainingJobV2ActionRequest.from_dict({"action_type": action})
    )
    return result


async def _search(api: Api, **body: Any) -> dict[str, Any]:
    status, answer = await api(list_training_jobs_v2, body=TrainingJobV2SearchRequest.from_dict(body))
    assert status == 200, answer
    page: dict[str, Any] = answer
    return page


async def _error(result: Any, status: int, code: str) -> None:
    got_status, body = result
    assert got_status == status, body
    assert body["error_code"] == code, body


# ------------------------------------------------------------------------------ lifecycle


async def test_lifecycle_through_every_phase(api: Api, clock: Clock) -> None:
    created = await _create(api, "job-life")
    job_id = created["metadata"]["id"]
    assert created["status"]["phase"] == "Creating" and created["status"]["start_time"] == 0
    assert created["status"]["tasks"] == ["worker-0", "worker-1"]
    assert created["status"]["node_count_metrics"] is None
    assert created["spec"]["resource"]["flavor_name"] == "Computing CPU(8U) instance"
    assert created["spec"]["resource"]["flavor_detail"]["flavor_info"]["disk"]["size"] == "50"
    create_time = created["metadata"]["create_time"]

    clock.advance(1.999)
    assert await _phase(api, job_id) == ("Creating", "Creating")
    clock.advance(0.001)
    assert await _phase(api, job_id) == ("Pending", "Queuing")
    clock.advance(3)
    running = await _get(api, job_id)
    assert running["status"]["phase"] == "Running"
    assert running["status"]["start_time"] == create_time + 5000
    assert running["status"]["node_count_metrics"] == [[create_time + 5000, 2]]
    clock.advance(4.5)
    assert (await _get(api, job_id))["status"]["duration"] == 4500
    clock.advance(5.5)
    done = (await _get(api, job_id))["status"]
    assert (done["phase"], done["secondary_phase"], done["duration"]) == ("Completed", "Completed", 10000)
    assert done["node_count_metrics"] == [[create_time + 5000, 2], [create_time + 15000, 0]]
    assert [(t["task"], t["exit_code"]) for t in done["task_statuses"]] == [("worker-0", 0), ("worker-1", 0)]
    clock.advance(100)
    assert (await _get(api, job_id))["status"]["duration"] == 10000

    status, log = await _preview(api, job_id, "worker-1")
    lines = log["content"].splitlines()
    assert status == 200 and len(lines) == 12  # start, 10 steps, end
    assert "training started" in lines[0] and lines[-1].endswith("process exited with code 0")
    assert lines[1].endswith("[worker-1] step 1 loss=1.9058")

    _, events = await api(list_training_job_events_v2, job_id, order="asc")
    messages = [e["message"] for e in events["events"]]
    assert messages[:2] == ["Training job created.", "Training job is queuing for resources."]
    assert messages[-1] == "Training job completed."
    assert "[worker-1] training started." in messages and "[worker-0] Training finished. Exit code 0." in messages
    assert events["total"] == len(messages) == 10  # 1 + 1 + 2 containers + 1 + 2 started + 2 finished + 1


async def test_exit_code_variable_makes_the_job_fail(api: Api, clock: Clock) -> None:
    job_id = (await _create(api, "job-fail", nodes=1, env={"EMULATOR_EXIT_CODE": "3", "A": "b"}))["metadata"]["id"]
    clock.advance(14)
    assert await _phase(api, job_id) == ("Running", "Running")
    clock.advance(1)
    job = await _get(api, job_id)
    assert (job["status"]["phase"], job["status"]["secondary_phase"]) == ("Failed", "Failed")
    assert job["status"]["task_statuses"][0]["exit_code"] == 3
    assert job["algorithm"]["environments"] == [{"EMULATOR_EXIT_CODE": "3", "A": "b"}]
    _, log = await _preview(api, job_id)
    assert log["content"].endswith("process exited with code 3\n")
    _, errors = await api(list_training_job_events_v2, job_id, level="Error")
    assert [e["message"] for e in errors["events"]] == [
        "Training job failed.",
        "[worker-0] Training finished. Exit code 3.",
    ]
    for bad in ("x", "256", "-1"):
        refused = await api(create_training_job_v2, body=_job("bad-exit", env={"EMULATOR_EXIT_CODE": bad}))
        await _error(refused, 400, "ModelArts.2788")


async def test_stop_running_and_creating_jobs(api: Api, clock: Clock) -> None:
    running_id = (await _create(api, "job-stop"))["metadata"]["id"]
    early_id = (await _create(api, "job-stop-early"))["metadata"]["id"]
    await _error(await _stop(api, running_id, "pause"), 400, "ModelArts.0107")  # not an action of the spec
    status, stopped = await _stop(api, early_id)  # Creating
    assert status == 202 and stopped["status"]["phase"] == "Terminating"
    clock.advance(7)
    status, stopped = await _stop(api, running_id)  # 2 s into Running
    assert status == 202 and stopped["status"]["phase"] == "Terminating" and stopped["status"]["duration"] == 2000
    clock.advance(1)
    assert (await _stop(api, running_id))[0] == 202  # still terminating: answered as it is
    assert await _phase(api, running_id) == ("Terminating", "Terminating")
    clock.advance(1)
    job = (await _get(api, running_id))["status"]
    assert (job["phase"], job["duration"]) == ("Terminated", 2000)
    assert job["task_statuses"][0]["exit_code"] == 137
    await _error(await _stop(api, running_id), 409, "ModelArts.2796")
    _, log = await _preview(api, running_id)
    assert log["content"].count(" step ") == 2 and log["content"].endswith("process exited with code 137\n")
    _, events = await api(list_training_job_events_v2, running_id, order="asc", source="Job")
    assert [e["message"] for e in events["events"]][-2:] == ["Training job is terminating.", "Training job terminated."]

    early = (await _get(api, early_id))["status"]
    assert (early["phase"], early["start_time"], early["duration"]) == ("Terminated", 0, 0)
    assert "task_statuses" not in early and early["node_count_metrics"] is None
    assert await _preview(api, early_id) == (200, {"content": "", "current_size": 0, "full_size": 0})
    status, metrics = await api(get_training_task_metrics_v2, early_id, "worker-0")
    assert status == 200 and all(series["value"] == [] for series in metrics["metrics"])
    _, events = await api(list_training_job_events_v2, early_id, order="asc")
    assert [e["message"] for e in events["events"]] == [
        "Training job created.",
        "Training job is terminating.",
        f"[Job: modelarts-job-{early_id}] ExecuteAction: Start to execute action TerminateJob",
        "Training job terminated.",
    ]


async def test_delete_and_description(api: Api, clock: Clock) -> None:
    job_id = (await _create(api, "job-del"))["metadata"]["id"]
    body = TrainingJobV2DescriptionUpdateRequest.from_dict({"description": "new words"})
    status, answer = await api(update_training_job_description_v2, job_id, body=body)
    assert status == 200 and not answer
    assert (await _get(api, job_id))["metadata"]["description"] == "new words"
    clock.advance(6)
    status, answer = await api(delete_training_job_v2, job_id)
    assert status == 202 and answer is None
    await _error(await api(get_training_job_v2, job_id), 404, "ModelArts.2775")
    await _error(await _preview(api, job_id), 404, "ModelArts.2775")
    await _error(await api(list_training_job_events_v2, job_id), 404, "ModelArts.2775")
    await _error(await api(delete_training_job_v2, job_id), 404, "ModelArts.2775")
    await _error(await api(update_training_job_description_v2, job_id, body=body), 404, "ModelArts.2775")
    assert (await _create(api, "job-del"))["metadata"]["id"] != job_id  # the name is free again


# ------------------------------------------------------------------------------ creation checks


async def test_create_validation(api: Api, app: Any) -> None:
    async def refused(request: TrainingJobV2CreateRequest, code: str) -> None:
        await _error(await api(create_training_job_v2, body=request), 400, code)

    await refused(_job("x", flavor="modelarts.vm.none"), "ModelArts.2763")
    await refused(_job("x", flavor=None), "ModelArts.2763")
    await refused(_job("x", flavor="modelarts.vm.cpu.2u", nodes=2), "ModelArts.2793")  # max_num 1
    await refused(_job("x", nodes=0), "ModelArts.2788")
    await refused(_job("x", pool="pool-a", nodes=101), "ModelArts.2793")
    await refused(_job("x", engine={"engine_id": "no-such-engine"}), "ModelArts.2780")
    await refused(_job("x", engine={"engine_name": "PyTorch", "engine_version": "0.1"}), "ModelArts.2780")
    await refused(_job("x", id="0c1a4e2b-0000-4000-8000-000000000000"), "ModelArts.2755")

    pooled = await _create(api, "in-pool", flavor="modelarts.pool.visual.xlarge", pool="poolfaf38d76", nodes=4)
    resource = pooled["spec"]["resource"]
    assert resource["pool_id"] == "poolfaf38d76" and "flavor_detail" not in resource
    assert pooled["status"]["tasks"][-1] == "worker-3"

    torch = "pytorch_2.1.0-cuda_12.1-py_3.10-ubuntu_22.04-x86_64"
    by_name = await _create(api, "by-name", engine={"engine_name": "PyTorch", "engine_version": torch})
    assert by_name["algorithm"]["engine"]["engine_id"] == torch
    custom = await _create(api, "custom", engine={"image_url": "org/image:1"}, command="python run.py")
    assert custom["algorithm"]["engine"] == {"image_url": "org/image:1"}

    algorithm_id = "7b1c2d3e-0000-4000-8000-000000000001"
    app.state.emulator.store.insert(
        PROJECT,
        algorithms_v2.KIND,
        algorithm_id,
        {
            "metadata": {"id": algorithm_id, "name": "algo-one"},
            "job_config": {
                "code_dir": "/algo/code/",
                "boot_file": "/algo/code/main.py",
                "engine": {"engine_id": "pytorch-cp36-1.4.0-v2"},
                "parameters": [{"name": "lr", "value": "0.1", "constraint": {"type": "Float", "editable": True}}],
            },
        },
    )
    body = _job("from-algo", parameters=[{"name": "lr", "value": "0.5"}, {"name": "epochs", "value": "3"}]).to_dict()
    body["algorithm"] = {"id": algorithm_id, "parameters": body["algorithm"]["parameters"]}
    status, from_algo = await api(create_training_job_v2, body=TrainingJobV2CreateRequest.from_dict(body))
    assert status == 201, from_algo
    algorithm = from_algo["algorithm"]
    assert (algorithm["name"], algorithm["code_dir"], algorithm["engine"]["engine_id"]) == (
        "algo-one",
        "/algo/code/",
        "pytorch-cp36-1.4.0-v2",
    )
    assert algorithm["parameters"] == [
        {"name": "lr", "value": "0.5", "constraint": {"type": "Float", "editable": True}},
        {"name": "epochs", "value": "3"},
    ]
    await refused(_job("from-algo"), "ModelArts.2751")


# ------------------------------------------------------------------------------ search


async def test_search_pages_filters_and_orders(api: Api, clock: Clock) -> None:
    names = ["b-job", "A-job", "c-other", "d-job", "e-other"]
    ids = []
    for name in names:
        ids.append((await _create(api, name, nodes=1))["metadata"]["id"])
        clock.advance(1)
    other_ws = _job("elsewhere").to_dict()
    other_ws["metadata"]["workspace_id"] = "ws1"
    assert (await api(create_training_job_v2, body=TrainingJobV2CreateRequest.from_dict(other_ws)))[0] == 201

    pages = [await _search(api, offset=page, limit=2) for page in range(3)]
    assert [len(p["items"]) for p in pages] == [2, 2, 1]
    assert all((p["count"], p["total"], p["limit"]) == (5, 6, 2) for p in pages)
    assert [p["offset"] for p in pages] == [0, 1, 2]
    assert [item["metadata"]["id"] for p in pages for item in p["items"]] == ids[::-1]  # newest first
    assert (await _search(api, offset=3, limit=2))["items"] == []
    assert pages[0]["ai_project"] == "default-ai-project" and pages[0]["order"] == "desc"

    by_name = await _search(api, sort_by="name", order="asc", limit=5)
    assert [i["metadata"]["name"] for i in by_name["items"]] == ["A-job", "b-job", "c-other", "d-job", "e-other"]
    # the reference's sample filters (empty placeholders) filter nothing: the full scan, same answer
    placeholders = [
        {"key": "create_time", "operator": "between", "value": ["", ""]},
        {"key": "phase", "operator": "in", "value": [""]},
        {"key": "kind", "operator": "in", "value": []},
        {"key": "user_id", "operator": "in", "value": [""]},
    ]
    assert await _search(api, sort_by="name", order="asc", limit=5, filters=placeholders) == by_name

    liked = await _search(api, filters=[{"key": "name", "operator": "like", "value": ["JOB"]}])
    assert [i["metadata"]["name"] for i in liked["items"]] == ["d-job", "A-job", "b-job"] and liked["count"] == 3
    first = liked["items"][-1]["metadata"]["create_time"]
    window = [{"key": "create_time", "operator": "between", "value": [str(first + 1000), str(first + 3000)]}]
    assert [i["metadata"]["name"] for i in (await _search(api, filters=window, order="asc"))["items"]] == [
        "A-job",
        "c-other",
        "d-job",
    ]
    assert (await _search(api, workspace_id="ws1"))["count"] == 1

    clock.advance(0.5)  # jobs 5.5, 4.5, 3.5, 2.5 and 1.5 s old: Running, Pending x3, Creating
    assert (await _stop(api, ids[1]))[0] == 202
    in_phases = [{"key": "phase", "operator": "in", "value": ["Terminating", "Pending"]}]
    phases = await _search(api, filters=in_phases)
    assert [i["metadata"]["name"] for i in phases["items"]] == ["d-job", "c-other", "A-job"]
    not_running = await _search(api, filters=[{"key": "phase", "operator": "not", "value": ["Running"]}])
    assert not_running["count"] == 4
    by_phase = await _search(api, sort_by="phase", order="asc", limit=5)
    assert [i["metadata"]["name"] for i in by_phase["items"]] == ["e-other", "c-other", "d-job", "b-job", "A-job"]

    algo = await _search(api, filters=[{"key": "algorithm_name", "operator": "like", "value": ["x"]}])
    assert algo["count"] == 0
    await _error(
        await api(list_training_jobs_v2, body=TrainingJobV2SearchRequest.from_dict({"sort_by": "colour"})),
        400,
        "ModelArts.2790",
    )
    bad_filter = {"filters": [{"key": "colour", "operator": "in", "value": ["red"]}]}
    await _error(
        await api(list_training_jobs_v2, body=TrainingJobV2SearchRequest.from_dict(bad_filter)), 400, "ModelArts.2789"
    )
    bad_time = {"filters": [{"key": "create_time", "operator": "between", "value": ["yesterday", ""]}]}
    await _error(
        await api(list_training_jobs_v2, body=TrainingJobV2SearchRequest.from_dict(bad_time)), 400, "ModelArts.2788"
    )
    assert (await api(list_training_jobs_v2))[1]["count"] == 5  # no body at all


# ------------------------------------------------------------------------------ events


async def test_events_paging_and_filters(api: Api, clock: Clock) -> None:
    job_id = (await _create(api, "job-events", nodes=3))["metadata"]["id"]
    clock.advance(15)
    _, every = await api(list_training_job_events_v2, job_id, order="asc", limit=100)
    assert every["total"] == 13  # created, queuing, 3 containers, running, 3 started, 3 finished, completed
    records = every["events"]
    pages = [await api(list_training_job_events_v2, job_id, order="asc", offset=o, limit=4) for o in (0, 4, 8, 12)]
    assert [e for _, p in pages for e in p["events"]] == records
    assert [(p["offset"], p["limit"], p["total"]) for _, p in pages][-1] == (12, 4, 13)
    _, newest = await api(list_training_job_events_v2, job_id, limit=2)
    assert newest["order"] == "desc" and newest["events"] == records[::-1][:2]
    _, tasks = await api(list_training_job_events_v2, job_id, source="Task", pattern="FINISHED")
    assert tasks["total"] == 3
    _, k8s = await api(list_training_job_events_v2, job_id, source="K8S", level="Info")
    assert k8s["total"] == 3
    assert (await api(list_training_job_events_v2, job_id, level="Warning"))[1]["total"] == 0

    created = (await _get(api, job_id))["metadata"]["create_time"]
    status, early = await api(
        list_training_job_events_v2, job_id, start_time=str(created), end_time=str(created + 2000), order="asc"
    )
    assert status == 200 and [e["message"] for e in early["events"]] == [
        "Training job created.",
        "Training job is queuing for resources.",
    ]
    assert early["start_time"].endswith("+00:00")
    await _error(await api(list_training_job_events_v2, job_id, start_time=str(created)), 400, "ModelArts.2788")
    await _error(await api(list_training_job_events_v2, job_id, order="sideways"), 400, "ModelArts.2788")


# ------------------------------------------------------------------------------ logs and metrics


async def test_logs_grow_one_line_per_second(api: Api, clock: Clock) -> None:
    job_id = (await _create(api, "job-logs", nodes=2))["metadata"]["id"]
    assert await _preview(api, job_id) == (204, None)  # ModelArts.2776: nothing written yet
    await _error(await _preview(api, job_id, "worker-2"), 404, "ModelArts.2788")
    clock.advance(5)
    status, log = await _preview(api, job_id)
    assert status == 200 and log["content"].count("\n") == 1 and "training started: job job-logs" in log["content"]
    tail = LogTail()
    seen = tail.feed(log["content"], log["full_size"])
    for second in range(1, 4):
        clock.advance(1)
        _, log = await _preview(api, job_id)
        assert log["current_size"] == log["full_size"] == len(log["content"].encode())
        fresh = tail.feed(log["content"], log["full_size"])
        assert len(fresh) == 1 and fresh[0].endswith(f"[worker-0] step {second} loss={2 / (1 + 0.05 * second):.4f}")
        seen += fresh
    assert len(seen) == 4

    status, link = await api(get_training_task_log_url_v2, job_id, "worker-1")
    assert status == 200 and link["obs_url"].startswith("https://") and f"/{job_id}/worker-1.log?" in link["obs_url"]
    await _error(await api(get_training_task_log_url_v2, job_id, "ps-0"), 404, "ModelArts.2788")


async def _api_with(clock: Clock, durations: dict[str, float]) -> AsyncIterator[Api]:
    app = create_app(clock=clock, durations=durations)
    async with _client(app, AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)) as client:
        yield Api(Client(base_url=BASE_URL).set_async_httpx_client(client), clock)


@pytest.fixture
async def long_api(clock: Clock) -> AsyncIterator[Api]:
    async for long in _api_with(clock, {"training_v2_run": 10_000_000.0}):
        yield long


async def test_log_sizes_and_the_5_mib_window(long_api: Api, clock: Clock) -> None:
    api = long_api
    job_id = (await _create(api, "job-long", nodes=1))["metadata"]["id"]
    clock.advance(5 + 12_000)  # step numbers of 1 to 5 digits: the size formula against the text
    _, log = await _preview(api, job_id)
    assert log["full_size"] == log["current_size"] == len(log["content"].encode())
    assert log["content"].count("\n") == 12_001

    clock.advance(100_000)  # 112,000 lines of about 57 bytes: more than 5 MiB
    _, log = await _preview(api, job_id)
    window = 5 * 1024 * 1024
    assert log["current_size"] == len(log["content"].encode()) == window < log["full_size"]
    last = f"[worker-0] step 112000 loss={2 / (1 + 0.05 * 112_000):.4f}"
    assert log["content"].endswith(last + "\n") and "training started" not in log["content"]
    tail = LogTail(emitted=log["full_size"] - 20)  # as if a follower had read all but the last 20 bytes
    assert tail.feed(log["content"], log["full_size"]) == [last[-19:]]
    clock.advance(1)
    _, later = await _preview(api, job_id)
    growth = later["full_size"] - log["full_size"]
    assert tail.feed(later["content"], later["full_size"]) == [later["content"].splitlines()[-1]]
    assert growth == len(later["content"].splitlines()[-1]) + 1 and later["current_size"] == window


async def test_metrics_grow_every_ten_seconds(api: Api, clock: Clock) -> None:
    cpu_id = (await _create(api, "job-cpu", nodes=1))["metadata"]["id"]
    gpu_id = (await _create(api, "job-gpu", flavor=GPU_FREE, nodes=1))["metadata"]["id"]
    clock.advance(14.9)
    assert await api(get_training_task_metrics_v2, cpu_id, "worker-0") == (204, None)  # ModelArts.2777
    clock.advance(0.1)
    status, metrics = await api(get_training_task_metrics_v2, gpu_id, "worker-0")
    series = {m["metric"]: m["value"] for m in metrics["metrics"]}
    assert status == 200 and list(series) == [
        "cpuUsage",
        "memUsage",
        "gpuUtil",
        "gpuMemUsage",
        "npuUtil",
        "npuMemUsage",
    ]
    assert all(len(v) == 1 for v in series.values()) and series["gpuUtil"][0] >= 0 and series["npuUtil"] == [-1]
    _, cpu = await api(get_training_task_metrics_v2, cpu_id, "worker-0")
    assert {m["metric"]: m["value"] for m in cpu["metrics"]}["gpuUtil"] == [-1]
    clock.advance(100)  # the GPU job is finished (10 s of running): still one point
    _, metrics = await api(get_training_task_metrics_v2, gpu_id, "worker-0")
    assert [len(m["value"]) for m in metrics["metrics"]] == [1] * 6
    await _error(await api(get_training_task_metrics_v2, gpu_id, "worker-1"), 404, "ModelArts.2788")


async def test_metrics_series_lengthen_while_running(long_api: Api, clock: Clock) -> None:
    job_id = (await _create(long_api, "job-m", nodes=1))["metadata"]["id"]
    clock.advance(5 + 25)
    _, metrics = await long_api(get_training_task_metrics_v2, job_id, "worker-0")
    assert [len(m["value"]) for m in metrics["metrics"]] == [2] * 6
    clock.advance(10)
    _, later = await long_api(get_training_task_metrics_v2, job_id, "worker-0")
    assert later["metrics"][0]["value"][:2] == metrics["metrics"][0]["value"] and len(later["metrics"][0]["value"]) == 3
    clock.advance(100_000)
    _, capped = await long_api(get_training_task_metrics_v2, job_id, "worker-0")
    assert len(capped["metrics"][0]["value"]) == training_v2.MAX_METRIC_POINTS


# ------------------------------------------------------------------------------ catalogues, load_job


async def test_flavors_and_engines(api: Api) -> None:
    status, every = await api(list_training_flavors_v2)
    assert status == 200 and every["total_count"] == len(every["flavors"]) == len(specs_v2.FLAVORS)
    _, cpu = await api(list_training_flavors_v2, flavor_type="CPU")
    assert [f["flavor_id"] for f in cpu["flavors"]] == ["modelarts.vm.cpu.2u", "modelarts.vm.cpu.8u"]
    _, gpu = await api(list_training_flavors_v2, flavor_type="GPU")
    assert gpu["total_count"] >= 1 and all(f["flavor_info"]["gpu"]["unit_num"] >= 1 for f in gpu["flavors"])
    assert (await api(list_training_flavors_v2, flavor_type="Ascend"))[1] == {"total_count": 0, "flavors": []}
    _, engines = await api(list_training_engines_v2)
    assert engines["total"] == len(engines["items"])
    assert any(e["engine_name"] == "PyTorch" and e["engine_version"].startswith("pytorch_2.") for e in engines["items"])


async def test_load_job_answers_like_get(api: Api, app: Any) -> None:
    job_id = (await _create(api, "job-load"))["metadata"]["id"]
    emulator = app.state.emulator

    def ctx() -> Context:
        return Context(
            "x", PROJECT, {}, {}, None, ProjectStore(emulator.store, PROJECT), emulator.clock, emulator.durations
        )

    assert training_v2.load_job(ctx(), job_id) == await _get(api, job_id)
    with pytest.raises(NotFound):
        training_v2.load_job(ctx(), "no-such-job")
