"""List handlers read their page from an index; the answers are those of the full scan they replace.

Why: ``list_training_jobs``, ``list_models`` and ``list_services`` read one page through a store
index when only the workspace filters and the order is a stored field, and summarise every object
otherwise.  Each test fills a project with ties on purpose (names equal but for case, equal
descriptions, equal timestamps on the manual clock, equal sizes) and asks for every order,
direction and page twice: through the index, and with the indexes taken away, which sends the same
request down the full scan.  Both answers must be equal, byte for byte, on both backends.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from modelarts_emulator import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, create_app
from modelarts_emulator.framework import Clock
from modelarts_emulator.resources import models, services, training
from modelarts_overlays.signing import AkSkAuth

PROJECT = "0123456789abcdef0123456789abcdef"
BASE = f"/v1/{PROJECT}"
DURATIONS = {"model_publish": 3.0, "service_deploy": 5.0}


class Http:
    def __init__(self, client: httpx.AsyncClient, clock: Clock, app: Any) -> None:
        self.client = client
        self.clock = clock
        self.app = app

    async def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.client.post(BASE + path, json=body)
        assert response.status_code in (200, 201), response.text
        answer: dict[str, Any] = response.json()
        return answer

    async def get(self, path: str, **query: Any) -> bytes:
        response = await self.client.get(BASE + path, params=query)
        assert response.status_code == 200, response.text
        return response.content

    async def delete(self, path: str) -> None:
        response = await self.client.delete(BASE + path)
        assert response.status_code == 200, response.text


@pytest.fixture(params=["memory", "sqlite"])
async def http(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Http]:
    clock = Clock("manual")
    state_file = tmp_path / "state.db" if request.param == "sqlite" else None
    app = create_app(clock=clock, durations=DURATIONS, state_file=state_file)
    transport = httpx.ASGITransport(app=app)
    auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator.test", auth=auth) as client:
        yield Http(client, clock, app)
    app.state.emulator.close()


async def _both_ways(
    http: Http, monkeypatch: pytest.MonkeyPatch, module: Any, attribute: str, path: str, queries: list[dict[str, Any]]
) -> list[Any]:
    """Each query's answer through the index, checked equal to the full scan's; returns the answers."""
    indexed = [await http.get(path, **query) for query in queries]
    with monkeypatch.context() as patch:
        patch.setattr(module, attribute, {})
        scanned = [await http.get(path, **query) for query in queries]
    for query, fast, slow in zip(queries, indexed, scanned, strict=True):
        assert fast == slow, query
    return [json.loads(answer) for answer in indexed]


def _training_config() -> dict[str, Any]:
    return {"worker_server_num": 1, "spec_id": 1, "engine_id": 1, "train_url": "/o/train/"}


async def test_training_job_pages_match_the_full_scan(http: Http, monkeypatch: pytest.MonkeyPatch) -> None:
    names = ["beta", "Alpha", "alpha", "gamma", "Beta", "delta", "ALPHA"]
    for n, name in enumerate(names):
        body = {"job_name": name, "job_desc": "same" if n % 3 else f"d{n}", "config": _training_config()}
        created = await http.post("/training-jobs", body)
        if n % 2:
            version = {"config": {**_training_config(), "pre_version_id": created["version_id"]}}
            await http.post(f"/training-jobs/{created['job_id']}/versions", version)
        if n in (2, 5):
            http.clock.advance(3)  # several jobs share a create_time, others are apart
    await http.post("/training-jobs", {"job_name": "other-ws", "workspace_id": "ws1", "config": _training_config()})
    queries: list[dict[str, Any]] = [{}]
    for sort_by in ("job_name", "job_desc", "create_time"):
        for order in ("asc", "desc"):
            for page, per_page in ((1, 2), (2, 2), (3, 3), (4, 2), (9, 2), (1, 50)):
                queries.append({"sortBy": sort_by, "order": order, "page": page, "per_page": per_page})
    queries.append({"workspace_id": "ws1"})
    queries.append({"workspace_id": "nowhere", "per_page": 5})
    answers = await _both_ways(http, monkeypatch, training, "_JOB_ORDERS", "/training-jobs", queries)
    assert [j["job_name"] for j in answers[0]["jobs"]] == ["Alpha", "alpha", "ALPHA", "beta", "Beta", "delta", "gamma"]
    assert answers[0]["job_total_count"] == len(names)
    by_name_desc = [q == {"sortBy": "job_name", "order": "desc", "page": 1, "per_page": 50} for q in queries]
    newest_names = answers[by_name_desc.index(True)]["jobs"]
    assert [j["job_name"] for j in newest_names] == ["gamma", "delta", "beta", "Beta", "Alpha", "alpha", "ALPHA"]
    assert {j["version_count"] for j in newest_names} == {1, 2}


async def test_training_job_versions_page_newest_first(http: Http) -> None:
    created = await http.post("/training-jobs", {"job_name": "versions", "config": _training_config()})
    job_id, previous = created["job_id"], created["version_id"]
    for _ in range(4):
        made = await http.post(
            f"/training-jobs/{job_id}/versions", {"config": {**_training_config(), "pre_version_id": previous}}
        )
        previous = made["version_id"]
    await http.post("/training-jobs", {"job_name": "another", "config": _training_config()})  # not counted
    pages = []
    for page in (0, 1, 2, 3, 4):
        answer = json.loads(await http.get(f"/training-jobs/{job_id}/versions", page=page, per_page=2))
        assert answer["version_count"] == 5
        pages.append([v["version_name"] for v in answer["versions"]])
    assert pages == [["V0005", "V0004"], ["V0005", "V0004"], ["V0003", "V0002"], ["V0001"], []]


async def test_model_pages_match_the_full_scan(http: Http, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(7):
        body = {
            "model_name": f"m{n % 3}",
            "model_version": f"1.0.{n}",
            "source_location": f"https://models.example.com/{n % 2}",  # two sizes, many ties
            "model_type": "TensorFlow",
        }
        await http.post("/models", body)
        if n == 3:
            http.clock.advance(1)
    queries: list[dict[str, Any]] = [{}]
    for sort_by in ("create_at", "model_size"):
        for order in ("asc", "desc"):
            for offset, limit in ((0, 2), (1, 2), (3, 2), (5, 2), (0, 1000), (1, 3)):
                queries.append({"sort_by": sort_by, "order": order, "offset": offset, "limit": limit})
    queries.append({"workspace_id": "0", "limit": 4})
    answers = await _both_ways(http, monkeypatch, models, "_LIST_ORDERS", "/models", queries)
    assert answers[0]["total_count"] == 7 and answers[0]["count"] == 7


async def test_service_pages_match_the_full_scan(http: Http, monkeypatch: pytest.MonkeyPatch) -> None:
    body = {
        "model_name": "svc-model",
        "model_version": "1.0.0",
        "source_location": "https://models.example.com/svc",
        "model_type": "TensorFlow",
    }
    model_id = (await http.post("/models", body))["model_id"]
    http.clock.advance(DURATIONS["model_publish"])
    for n, name in enumerate(["b", "a", "c", "B", "d"]):
        config = [{"model_id": model_id, "weight": 100, "specification": "modelarts.vm.cpu.2u", "instance_count": 1}]
        await http.post("/services", {"service_name": name, "infer_type": "real-time", "config": config})
        if n == 2:
            http.clock.advance(1)
    queries: list[dict[str, Any]] = [{}]
    for sort_by in ("publish_at", "service_name"):
        for order in ("asc", "desc"):
            for offset, limit in ((0, 2), (1, 2), (2, 2), (4, 2), (0, 1000)):
                queries.append({"sort_by": sort_by, "order": order, "offset": offset, "limit": limit})
    answers = await _both_ways(http, monkeypatch, services, "_LIST_ORDERS", "/services", queries)
    assert answers[0]["total_count"] == 5
    assert [s["service_name"] for s in answers[0]["services"]] == ["B", "d", "b", "a", "c"]


async def test_what_a_job_keeps_of_its_versions_matches_the_versions(http: Http) -> None:
    """Jobs keep their version count and latest version for the list; after creates, stops and
    deletes of versions, the list says what it says when every job is summarised from its versions."""
    job_ids = []
    for n in range(4):
        body: dict[str, Any] = {"job_name": f"job-{n}", "config": _training_config()}
        if n == 3:
            body["config"]["create_version"] = False
        job_ids.append((await http.post("/training-jobs", body))["job_id"])
    versions: dict[int, list[int]] = {job_id: [] for job_id in job_ids}
    for job_id in job_ids[:3]:
        listed = json.loads(await http.get(f"/training-jobs/{job_id}/versions"))
        previous = listed["versions"][0]["version_id"]
        versions[job_id].append(previous)
        for _ in range(2):
            http.clock.advance(1)
            made = await http.post(
                f"/training-jobs/{job_id}/versions", {"config": {**_training_config(), "pre_version_id": previous}}
            )
            previous = made["version_id"]
            versions[job_id].append(previous)
    first, second, third = job_ids[:3]
    await http.post(f"/training-jobs/{first}/versions/{versions[first][-1]}/stop", {})  # the latest, stopped
    await http.post(f"/training-jobs/{second}/versions/{versions[second][0]}/stop", {})  # an older one
    await http.delete(f"/training-jobs/{second}/versions/{versions[second][-1]}")  # the latest, deleted
    await http.delete(f"/training-jobs/{third}/versions/{versions[third][1]}")  # one in the middle
    http.clock.advance(4)
    queries: list[dict[str, Any]] = [
        {},
        {"sortBy": "status"},
        {"status": "12"},
        {"sortBy": "duration", "order": "desc"},
    ]
    kept = [json.loads(await http.get("/training-jobs", **query)) for query in queries]
    store = http.app.state.emulator.store
    for job in store.list(PROJECT, training.JOB_KIND):  # forget the records: as if stored by an older emulator
        for name in ("version_count", *training._LATEST_FIELDS):
            job.pop(name, None)
        store.update(PROJECT, training.JOB_KIND, str(job["job_id"]), job)
    recounted = [json.loads(await http.get("/training-jobs", **query)) for query in queries]
    assert kept == recounted
    by_id = {job["job_id"]: job for job in kept[0]["jobs"]}
    assert [by_id[job_id]["version_count"] for job_id in job_ids] == [3, 2, 2, 0]
    assert by_id[first]["status"] == 12 and by_id[second]["version_id"] == versions[second][1]
    assert "status" not in by_id[job_ids[3]]


OLD_SCHEMA = """
CREATE TABLE objects (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    project TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    doc TEXT NOT NULL,
    UNIQUE (project, kind, id)
);
CREATE TABLE counters (project TEXT NOT NULL, kind TEXT NOT NULL, value INTEGER NOT NULL, PRIMARY KEY (project, kind));
"""


async def test_a_state_file_from_before_the_indexes_is_read_right(tmp_path: Path) -> None:
    """A file with no index table and jobs without their version records: the store builds the
    indexes when it opens, and the list summarises those jobs from their versions."""
    clock = Clock("manual")
    source = create_app(clock=clock, durations=DURATIONS)
    auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    transport = httpx.ASGITransport(app=source)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator.test", auth=auth) as client:
        http = Http(client, clock, source)
        for n, name in enumerate(["b", "a", "c"]):
            created = await http.post("/training-jobs", {"job_name": name, "config": _training_config()})
            if n:
                version = {"config": {**_training_config(), "pre_version_id": created["version_id"]}}
                await http.post(f"/training-jobs/{created['job_id']}/versions", version)
        expected = await http.get("/training-jobs", per_page=2, page=1)
        also = await http.get("/training-jobs", sortBy="job_name", order="desc")
    store = source.state.emulator.store
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(OLD_SCHEMA)
    for kind in (training.JOB_KIND, training.VERSION_KIND):
        for obj in store.list(PROJECT, kind):
            for name in ("version_count", *training._LATEST_FIELDS):
                obj.pop(name, None)
            obj_id = str(obj["job_id"] if kind == training.JOB_KIND else obj["version_id"])
            db.execute(
                "INSERT INTO objects (project, kind, id, doc) VALUES (?, ?, ?, ?)",
                (PROJECT, kind, obj_id, json.dumps(obj)),
            )
    db.commit()
    db.close()
    reopened = create_app(clock=clock, durations=DURATIONS, state_file=path)
    transport = httpx.ASGITransport(app=reopened)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator.test", auth=auth) as client:
        http = Http(client, clock, reopened)
        assert await http.get("/training-jobs", per_page=2, page=1) == expected
        assert await http.get("/training-jobs", sortBy="job_name", order="desc") == also
    reopened.state.emulator.close()
