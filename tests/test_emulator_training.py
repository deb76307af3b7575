"""The emulator's chapter 5 training jobs: lifecycle on the manual clock, versions, paging/sorting/
filtering, both log operations with their cursors, built-in algorithms.

Why the helpers come from ``test_emulator_core``: one spec-checking client wrapper and one set of
app fixtures for all emulator tests, so every answer here is validated against the spec as well.
"""

from __future__ import annotations

from typing import Any

import pytest

from modelarts_client.api.training_jobs import (
    create_training_job,
    create_training_job_version,
    delete_training_job,
    delete_training_job_version,
    get_training_job_log_lines,
    get_training_job_logs,
    get_training_job_version,
    list_builtin_algorithms,
    list_training_job_log_files,
    list_training_job_versions,
    list_training_jobs,
    stop_training_job_version,
    update_training_job_description,
)
from modelarts_client.models.train_job_create_request import TrainJobCreateRequest
from modelarts_client.models.train_job_description_update_request import TrainJobDescriptionUpdateRequest
from modelarts_client.models.train_job_version_create_request import TrainJobVersionCreateRequest

from .test_emulator_core import Api, Clock
from .test_emulator_core import api as api  # fixtures shared with the core tests
from .test_emulator_core import app as app
from .test_emulator_core import clock as clock
from .test_emulator_core import http as http


def _job(name: str, **config: Any) -> TrainJobCreateRequest:
    body = {
        "job_name": name,
        "job_desc": f"{name} desc",
        "config": {"worker_server_num": 2, "spec_id": 1, "engine_id": 1, "train_url": "/o/train/", **config},
    }
    return TrainJobCreateRequest.from_dict(body)


async def _status(api: Api, job_id: int, version_id: int) -> int:
    status, body = await api(get_training_job_version, job_id, version_id)
    assert status == 200, body
    return int(body["status"])


async def test_training_lifecycle(api: Api, clock: Clock) -> None:
    status, created = await api(create_training_job, body=_job("job-a"))
    assert status == 200 and created["status"] == 1 and created["version_name"] == "V0001"
    job_id, version_id = created["job_id"], created["version_id"]
    clock.advance(1.9)
    assert await _status(api, job_id, version_id) == 1
    clock.advance(0.1)
    assert await _status(api, job_id, version_id) == 8
    clock.advance(8)
    _, detail = await api(get_training_job_version, job_id, version_id)
    assert detail["status"] == 10 and detail["duration"] == 8000 and detail["engine_name"] == "TensorFlow"
    status, refused = await api(stop_training_job_version, job_id, version_id)
    assert status == 409 and refused["error_code"] == "ModelArts.0105"  # a state conflict, not a bad request


async def test_stop_freezes_killed(api: Api, clock: Clock) -> None:
    _, created = await api(create_training_job, body=_job("job-stop"))
    job_id, version_id = created["job_id"], created["version_id"]
    clock.advance(5)
    assert (await api(stop_training_job_version, job_id, version_id))[0] == 200
    clock.advance(100)
    _, detail = await api(get_training_job_version, job_id, version_id)
    assert detail["status"] == 12 and detail["duration"] == 3000


async def test_versions_and_job_updates(api: Api, clock: Clock) -> None:
    _, created = await api(create_training_job, body=_job("job-v"))
    job_id, v1 = created["job_id"], created["version_id"]
    clock.advance(1)
    config = {"worker_server_num": 1, "spec_id": 4, "train_url": "/o/t2/", "pre_version_id": v1}
    status, v2 = await api(
        create_training_job_version, job_id, body=TrainJobVersionCreateRequest.from_dict({"config": config})
    )
    assert status == 200 and v2["status"] == 1
    bad = {**config, "pre_version_id": 99999}
    status, missing = await api(
        create_training_job_version, job_id, body=TrainJobVersionCreateRequest.from_dict({"config": bad})
    )
    assert status == 404 and missing["error_code"] == "ModelArts.0102"
    _, versions = await api(list_training_job_versions, job_id, per_page=1)
    assert versions["version_count"] == 2 and [v["version_id"] for v in versions["versions"]] == [v2["version_id"]]
    assert versions["versions"][0]["pre_version_id"] == v1 and versions["versions"][0]["gpu_num"] == 1
    _, page2 = await api(list_training_job_versions, job_id, per_page=1, page=2)
    assert [v["version_name"] for v in page2["versions"]] == ["V0001"]
    upd = TrainJobDescriptionUpdateRequest(job_desc="changed")
    assert (await api(update_training_job_description, job_id, body=upd))[0] == 200
    _, jobs = await api(list_training_jobs)
    assert jobs["jobs"][0]["job_desc"] == "changed" and jobs["jobs"][0]["version_count"] == 2
    assert (await api(delete_training_job_version, job_id, v1))[0] == 200
    assert (await api(get_training_job_version, job_id, v1))[0] == 404
    # Version names come from a per-job counter: after a delete, the next one is not a duplicate.
    config3 = {**config, "pre_version_id": v2["version_id"]}
    status, v3 = await api(
        create_training_job_version, job_id, body=TrainJobVersionCreateRequest.from_dict({"config": config3})
    )
    assert status == 200
    _, listed = await api(list_training_job_versions, job_id)
    assert [v["version_name"] for v in listed["versions"]] == ["V0003", "V0002"], listed
    assert listed["versions"][0]["version_id"] == v3["version_id"]
    assert (await api(delete_training_job, job_id))[0] == 200
    assert (await api(get_training_job_version, job_id, v2["version_id"]))[0] == 404
    assert (await api(list_training_job_versions, job_id))[0] == 404
    await api(create_training_job, body=_job("same"))
    status, dup = await api(create_training_job, body=_job("same"))
    assert status == 409 and dup["error_code"] == "ModelArts.0103"


async def test_list_paging_sorting_filtering(api: Api, clock: Clock) -> None:
    for name in ["delta", "alpha", "charlie", "bravo"]:
        await api(create_training_job, body=_job(name))
        clock.advance(1)
    await api(create_training_job, body=_job("ws-job"))
    _, page = await api(list_training_jobs, per_page=2, page=1, sort_by="job_name", order="asc")
    assert page["job_total_count"] == 5 and [j["job_name"] for j in page["jobs"]] == ["alpha", "bravo"]
    _, last = await api(list_training_jobs, per_page=2, page=3, sort_by="job_name", order="asc")
    assert [j["job_name"] for j in last["jobs"]] == ["ws-job"]
    _, newest = await api(list_training_jobs, sort_by="create_time", order="desc", per_page=2)
    assert [j["job_name"] for j in newest["jobs"]] == ["ws-job", "bravo"]
    _, running = await api(list_training_jobs, status="8")
    assert sorted(j["job_name"] for j in running["jobs"]) == ["alpha", "charlie", "delta"]
    _, found = await api(list_training_jobs, search_content="ALPH")
    assert [j["job_name"] for j in found["jobs"]] == ["alpha"]
    body = _job("in-ws").to_dict()
    body["workspace_id"] = "ws1"
    await api(create_training_job, body=TrainJobCreateRequest.from_dict(body))
    _, ws = await api(list_training_jobs, workspace_id="ws1")
    assert [j["job_name"] for j in ws["jobs"]] == ["in-ws"]


async def test_byte_log_cursor(api: Api, clock: Clock) -> None:
    _, created = await api(create_training_job, body=_job("logs"))
    job_id, version_id = created["job_id"], created["version_id"]
    _, files = await api(list_training_job_log_files, job_id, version_id)
    assert len(files["log_file_list"]) == 2
    log_file = files["log_file_list"][0]
    _, empty = await api(get_training_job_logs, job_id, version_id, log_file=log_file)
    assert empty["log"] == "" and empty["end_byte"] == 0
    clock.advance(7)
    text = ""
    cursor = 0
    while True:
        _, window = await api(
            get_training_job_logs, job_id, version_id, log_file=log_file, start_byte=cursor, offset=64
        )
        if not window["log"]:
            break
        assert window["count"] == len(window["log"].encode()) <= 64
        text += window["log"]
        cursor = window["end_byte"]
    assert cursor == window["log_byte_count"]
    assert text.count("\n") == 6 and "started" in text and "step 500" in text
    clock.advance(10)
    _, more = await api(get_training_job_logs, job_id, version_id, log_file=log_file, start_byte=cursor)
    assert more["log"].rstrip().endswith("training completed")
    _, tail = await api(get_training_job_logs, job_id, version_id, log_file=log_file, start_byte=-1, offset=-30)
    assert tail["log"].endswith("training completed\n") and len(tail["log"]) == 30
    status, nofile = await api(get_training_job_logs, job_id, version_id, log_file="nope")
    assert status == 404 and nofile["is_success"] is False


@pytest.mark.parametrize(("spec_id", "nodes"), [(1, 2), (4, 4), (999, 4)])  # max_num of the flavour; unknown: largest
async def test_a_huge_worker_count_is_kept_but_simulates_at_most_the_flavours_nodes(
    api: Api, clock: Clock, spec_id: int, nodes: int
) -> None:
    """A schema-valid count of two billion once made listing the log files hang the emulator."""
    _, created = await api(
        create_training_job, body=_job(f"big-{spec_id}", worker_server_num=2**31 - 1, spec_id=spec_id)
    )
    job_id, version_id = created["job_id"], created["version_id"]
    _, version = await api(get_training_job_version, job_id, version_id)
    assert version["worker_server_num"] == 2**31 - 1  # what was sent is kept
    _, files = await api(list_training_job_log_files, job_id, version_id)
    assert len(files["log_file_list"]) == nodes
    clock.advance(3)
    status, last = await api(get_training_job_log_lines, job_id, version_id, log_file=files["log_file_list"][-1])
    assert status == 200 and f"worker-{nodes - 1}" in last["content"]


async def test_line_log_cursor(api: Api, clock: Clock) -> None:
    _, created = await api(create_training_job, body=_job("lines"))
    job_id, version_id = created["job_id"], created["version_id"]
    _, files = await api(list_training_job_log_files, job_id, version_id)
    log_file = files["log_file_list"][1]
    _, nothing = await api(get_training_job_log_lines, job_id, version_id, log_file=log_file)
    assert nothing["lines"] == 0 and nothing["content"] == ""
    clock.advance(6)  # 4 s running: started + 4 step lines
    _, latest = await api(get_training_job_log_lines, job_id, version_id, log_file=log_file, lines=2)
    assert latest["lines"] == 2 and "step 400" in latest["content"] and "worker-1" in latest["content"]
    _, earlier = await api(
        get_training_job_log_lines, job_id, version_id, log_file=log_file, base_line=latest["start_line"], order="asc"
    )
    assert earlier["lines"] == 3 and earlier["content"].startswith("[") and "started" in earlier["content"]
    collected: list[str] = []
    cursor = str(int(earlier["start_line"]) - 1)
    for _ in range(10):
        _, chunk = await api(
            get_training_job_log_lines, job_id, version_id, log_file=log_file, base_line=cursor, lines=2, order="desc"
        )
        if chunk["lines"] == 0:
            assert chunk["end_line"] == cursor
            break
        collected.extend(chunk["content"].splitlines())
        cursor = chunk["end_line"]
    assert len(collected) == 5
    clock.advance(10)
    _, rest = await api(
        get_training_job_log_lines, job_id, version_id, log_file=log_file, base_line=cursor, order="desc"
    )
    assert rest["lines"] == 5 and rest["content"].rstrip().endswith("training completed")
    status, bad = await api(get_training_job_log_lines, job_id, version_id, log_file=log_file, base_line="abc")
    assert status == 400 and bad["error_code"] == "ModelArts.0107"


async def test_builtin_algorithms(api: Api) -> None:
    _, all_ = await api(list_builtin_algorithms)
    total = all_["model_total_count"]
    assert total == len(all_["models"]) >= 1
    _, first = await api(list_builtin_algorithms, per_page=1, sort_by="model_name", order="asc")
    names = sorted(m["model_name"] for m in all_["models"])
    assert [m["model_name"] for m in first["models"]] == names[:1]
    _, found = await api(list_builtin_algorithms, search_content=names[0][:4].lower())
    assert names[0] in [m["model_name"] for m in found["models"]]
