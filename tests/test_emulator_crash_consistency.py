"""Crash consistency of the emulator's state: one request is one transaction, and only what can be
read back is ever stored.

Why three levels: the stores' own guarantees (rollback restores objects, order and counters; an
unstorable object leaves nothing behind) are checked directly on both backends; a fault injected in
the middle of a multi-row create shows the dispatcher's transaction; and a real ``kill -9`` of an
emulator serving creates with ``--state`` shows that every acknowledged create is whole after a
restart and that no half-written one survives.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from modelarts_emulator import create_app
from modelarts_emulator.auth import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY
from modelarts_emulator.framework import Clock
from modelarts_emulator.state import MemoryStore, SqliteStore, UnstorableObject
from modelarts_overlays.signing import AkSkAuth

from .test_emulator_core import BASE_URL, PROJECT

TRAINING_CONFIG = {
    "worker_server_num": 1,
    "app_url": "/bucket/code/",
    "boot_file_url": "/bucket/code/train.py",
    "data_url": "/bucket/data/",
    "train_url": "/bucket/output/",
    "spec_id": 1,
    "engine_id": 1,
}


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MemoryStore | SqliteStore]:
    backend = MemoryStore() if request.param == "memory" else SqliteStore(tmp_path / "state.db")
    yield backend
    backend.close()


def _snapshot(store: MemoryStore | SqliteStore) -> tuple[list[Any], list[Any]]:
    return store.list("p", "job"), store.list("p", "version")


def test_a_failed_transaction_leaves_no_trace(store: MemoryStore | SqliteStore) -> None:
    for n in range(1, 4):
        store.insert("p", "job", str(n), {"n": n})
    store.insert("p", "version", "1", {"job": 1})
    assert store.next_id("p", "job") == 1
    before = _snapshot(store)
    with pytest.raises(RuntimeError), store.transaction():
        store.insert("p", "job", "4", {"n": 4})
        store.update("p", "job", "1", {"n": "changed"})
        store.delete("p", "job", "2")
        store.delete("p", "version", "1")
        assert store.next_id("p", "job") == 2
        with store.transaction():  # a nested transaction joins the outer one
            store.insert("p", "version", "2", {"job": 4})
        raise RuntimeError("crash in the middle")
    assert _snapshot(store) == before  # objects, values and listing order
    assert store.next_id("p", "job") == 2  # the counter was rolled back too


def test_a_committed_transaction_keeps_everything(store: MemoryStore | SqliteStore) -> None:
    with store.transaction():
        store.insert("p", "job", "1", {"n": 1})
        store.insert("p", "version", "1", {"job": 1})
    assert _snapshot(store) == ([{"n": 1}], [{"job": 1}])


UNSTORABLE = [
    {"x": float("nan")},
    {"x": float("inf")},
    {"x": [1, {"y": float("-inf")}]},
    {"x": "\ud800"},
    {"x": ["ok", "a\udfffb"]},
    {"\udc00": 1},
]


@pytest.mark.parametrize("obj", UNSTORABLE, ids=range(len(UNSTORABLE)))
def test_only_what_can_be_read_back_is_stored(store: MemoryStore | SqliteStore, obj: dict[str, Any]) -> None:
    store.insert("p", "job", "1", {"n": 1})
    with pytest.raises(UnstorableObject):
        store.insert("p", "job", "2", obj)
    with pytest.raises(UnstorableObject):
        store.update("p", "job", "1", obj)
    assert store.list("p", "job") == [{"n": 1}]
    json.dumps(store.list("p", "job"), allow_nan=False).encode("utf-8")


@pytest.mark.parametrize("backend", ["memory", "sqlite"])
async def test_a_fault_between_the_rows_of_a_create_leaves_nothing(
    backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job and its first version are two rows: a failure writing the second undoes the first."""
    app = create_app(clock=Clock("manual"), state_file=tmp_path / "s.db" if backend == "sqlite" else None)
    store = app.state.emulator.store
    real_insert = store.insert

    def failing_insert(project_id: str, kind: str, obj_id: str, obj: Any) -> None:
        if kind == "training_job_version":
            raise OSError("disk full")
        real_insert(project_id, kind, obj_id, obj)

    auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL, auth=auth) as http:
        monkeypatch.setattr(store, "insert", failing_insert)
        body = {"job_name": "halfjob", "config": TRAINING_CONFIG}
        failed = await http.post(f"/v1/{PROJECT}/training-jobs", json=body)
        assert failed.status_code == 500 and failed.json()["error_code"] == "ModelArts.0010"
        assert (await http.get(f"/v1/{PROJECT}/training-jobs")).json()["jobs"] == []
        monkeypatch.setattr(store, "insert", real_insert)
        again = await http.post(f"/v1/{PROJECT}/training-jobs", json=body)  # the name was never taken
        assert again.status_code == 200, again.text
        assert again.json()["job_id"] == 1  # nor was the id
    store.close()


# ------------------------------------------------------------------------------ kill -9, for real


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(state: Path, port: int) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "modelarts_emulator", "--port", str(port), "--state", str(state)]
    process = subprocess.Popen(
        [*command, "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/_emulator/health", timeout=0.5)
            return process
        except httpx.HTTPError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the emulator did not start")


def _create_until_killed(url: str, prefix: str, acknowledged: list[int], stop: threading.Event) -> None:
    auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
    with httpx.Client(base_url=url, auth=auth, timeout=5) as http:
        n = 0
        while not stop.is_set():
            n += 1
            try:
                answer = http.post(
                    f"/v1/{PROJECT}/training-jobs", json={"job_name": f"{prefix}{n}", "config": TRAINING_CONFIG}
                )
            except httpx.HTTPError:
                return  # the server died mid-request: not acknowledged
            if answer.status_code == 200:
                acknowledged.append(int(answer.json()["job_id"]))


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal")
def test_kill_9_mid_write_loses_no_acknowledged_create_and_keeps_no_half(tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    rng = random.Random(20201214)
    acknowledged: list[int] = []
    for round_number in range(3):
        port = _free_port()
        process = _start(state, port)
        stop = threading.Event()
        worker = threading.Thread(
            target=_create_until_killed,
            args=(f"http://127.0.0.1:{port}", f"crash{round_number}x", acknowledged, stop),
        )
        worker.start()
        time.sleep(rng.uniform(0.3, 0.8))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        stop.set()
        worker.join()
    assert len(acknowledged) > 10, "too few creates to make the test meaningful"

    port = _free_port()
    process = _start(state, port)
    try:
        auth = AkSkAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", auth=auth, timeout=10) as http:
            listed = http.get(f"/v1/{PROJECT}/training-jobs", params={"per_page": 1000}).json()
            jobs = {int(job["job_id"]): job for job in listed["jobs"]}
            assert set(acknowledged) <= set(jobs), "an acknowledged create was lost"
            for job_id, job in jobs.items():
                assert job["version_count"] >= 1, f"job {job_id} was stored without its version"
                versions = http.get(f"/v1/{PROJECT}/training-jobs/{job_id}/versions").json()
                assert versions["versions"], f"job {job_id} has no readable version"
    finally:
        process.kill()
        process.wait()
