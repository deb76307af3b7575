"""How fast the emulator answers a typical list, next to a bare app answering the same bytes.

What is measured: requests per second of a signed ``GET /v1/{project_id}/training-jobs?per_page=50``
(``list_training_jobs``, 50 jobs in the answer) served by the emulator on uvicorn, against a bare
Starlette app on the same uvicorn settings that returns the very bytes the emulator answered.  Both
servers run in their own process on 127.0.0.1 (an ephemeral port each, a socket handed over by the
parent); one load generator in this process sends the same pre-signed request bytes over kept-alive
connections to both, with 1 and with 8 concurrent clients.  The ratio emulator/bare is what the
emulator's own work costs (routing, signature check, validation, the handler, rendering) next to
what any app on this server pays for HTTP; the goal is ``>= 0.3``.

Why a bare app and not an absolute number: requests/s depend on the machine and its load; the bare
app on the same server, measured in interleaved rounds (``common.compare``), moves with them.

Flatness: the same list (50 jobs per page) against an emulator holding 50 jobs and one holding 2,000
jobs (each job with two versions); the ratio big/small shows whether a request costs what it returns
or what the store holds.  Goal ``>= 0.8``: a page of 50 out of 2,000 may cost a little more (a
bigger count, deeper indexes), never in proportion to the store.

Each row gives the median ratio of the rounds, its spread, and in ``details`` the requests/s and the
p50 latency of each side.  Run: ``python bench/emulator.py`` (prints the rows as JSON).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from common import Comparison, Row, compare

HERE = Path(__file__).resolve().parent
PROJECT_ID = "0123456789abcdef0123456789abcdef"
SMALL_STORE = 50
BIG_STORE = 2000
PER_PAGE = 50
VERSIONS_PER_JOB = 2
ROUNDS = 15
BATCH_SECONDS = 0.5
"""The slower side of a pair runs about this long per batch (the faster one less)."""
ROW_BUDGET_SECONDS = 16.0
"""Rounds are cut below ``ROUNDS`` (to at least 3) when a row would take longer than this."""
FILL_CONNECTIONS = 4
START_TIMEOUT_S = 60.0


@dataclass
class _Server:
    """A server process serving on a socket this process bound."""

    name: str
    process: subprocess.Popen[bytes]
    host: str
    port: int

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _start(kind: str, *extra: str) -> _Server:
    """Start ``kind`` ("emulator" or "bare") in a child process on an ephemeral 127.0.0.1 port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    port = int(sock.getsockname()[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
    try:
        process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve", kind, str(sock.fileno()), *extra],
            pass_fds=[sock.fileno()],
            env=env,
            stdin=subprocess.DEVNULL,
        )
    finally:
        sock.close()  # the child holds its own copy
    return _Server(kind, process, "127.0.0.1", port)


def _serve(kind: str, fd: int, extra: list[str]) -> None:
    """Child process: serve ``kind`` with uvicorn on the inherited socket until terminated."""
    import uvicorn
    from starlette.applications import Starlette

    sock = socket.socket(fileno=fd)
    app: Starlette
    if kind == "emulator":
        from modelarts_emulator.app import create_app

        app = create_app(clock="manual")
    else:
        from starlette.requests import Request
        from starlette.responses import Response
        from starlette.routing import Route

        body = Path(extra[0]).read_bytes()

        async def answer(request: Request) -> Response:
            return Response(body, media_type="application/json")

        app = Starlette(routes=[Route("/{path:path}", answer, methods=["GET"])])
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    uvicorn.Server(config).run(sockets=[sock])


# --------------------------------------------------------------------------- the load generator


def _signed_request(server: _Server, method: str, target: str, body: bytes = b"") -> bytes:
    """One HTTP/1.1 request, signed with the emulator's default key pair, as bytes on the wire."""
    from modelarts_emulator.auth import Credentials
    from modelarts_overlays.signing import sign

    creds = Credentials.from_env()
    headers = [("Content-Type", "application/json")] if body else []
    parts = sign(
        method,
        f"http://{server.host}:{server.port}{target}",
        headers,
        body,
        datetime.now(timezone.utc),
        access_key=creds.access_key,
        secret_key=creds.secret_key,
    )
    lines = [f"{method} {target} HTTP/1.1", *(f"{k}: {v}" for k, v in parts.headers)]
    lines.append(f"Authorization: {parts.authorization}")
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


class _Connection:
    """One kept-alive HTTP/1.1 connection: send request bytes, read one answer (status, body).

    A connection the server closed while idle (uvicorn's keep-alive timeout, passed while the other
    side of a pair was measured) is opened again once, before anything of the request was answered.
    """

    def __init__(self, server: _Server, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.server = server
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, server: _Server) -> _Connection:
        reader, writer = await asyncio.open_connection(server.host, server.port)
        return cls(server, reader, writer)

    async def request(self, payload: bytes) -> tuple[int, bytes]:
        try:
            self.writer.write(payload)
            head = await self.reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            if isinstance(exc, asyncio.IncompleteReadError) and exc.partial:
                raise
            self.writer.close()
            self.reader, self.writer = await asyncio.open_connection(self.server.host, self.server.port)
            self.writer.write(payload)
            head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = await self.reader.readexactly(length) if length else b""
        return status, body

    def close(self) -> None:
        self.writer.close()


@dataclass
class _Target:
    """A server with its open connections and the request to send it; latencies pile up here."""

    server: _Server
    payload: bytes
    connections: list[_Connection]
    expected_length: int
    latencies: list[float] = field(default_factory=list)

    async def batch(self, count: int) -> None:
        """``count`` requests spread over the connections (each sends its next when answered)."""
        remaining = count

        async def client(conn: _Connection) -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                start = time.perf_counter()
                status, body = await conn.request(self.payload)
                self.latencies.append(time.perf_counter() - start)
                if status != 200 or len(body) != self.expected_length:
                    raise RuntimeError(f"{self.server.name}: unexpected answer {status} ({len(body)} bytes)")

        await asyncio.gather(*(client(conn) for conn in self.connections))


async def _open_all(server: _Server, count: int) -> list[_Connection]:
    return [await _Connection.open(server) for _ in range(count)]


async def _wait_ready(server: _Server, target: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    payload = f"GET {target} HTTP/1.1\r\nHost: {server.host}:{server.port}\r\n\r\n".encode()
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(f"the {server.name} server exited with {server.process.returncode}")
        try:
            conn = await asyncio.wait_for(_Connection.open(server), 5)
            try:
                await asyncio.wait_for(conn.request(payload), 30)
                return
            finally:
                conn.close()
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.05)


async def _fill(server: _Server, jobs: int) -> None:
    """Create ``jobs`` training jobs through the API, each with ``VERSIONS_PER_JOB`` versions."""
    conns = await _open_all(server, FILL_CONNECTIONS)
    queue = list(range(jobs))
    base = f"/v1/{PROJECT_ID}/training-jobs"

    async def post(conn: _Connection, target: str, body: dict[str, Any]) -> dict[str, Any]:
        raw = json.dumps(body).encode()
        status, answer = await conn.request(_signed_request(server, "POST", target, raw))
        if status != 200:
            raise RuntimeError(f"POST {target} -> {status}: {answer[:300]!r}")
        result: dict[str, Any] = json.loads(answer)
        return result

    async def worker(conn: _Connection) -> None:
        while queue:
            index = queue.pop()
            config = {"worker_server_num": 1, "spec_id": 1, "engine_id": 1, "train_url": "/bench/train/"}
            created = await post(conn, base, {"job_name": f"job-{index:05d}", "job_desc": "bench", "config": config})
            previous = int(created["version_id"])
            for _ in range(VERSIONS_PER_JOB - 1):
                version_config = {**config, "pre_version_id": previous}
                made = await post(conn, f"{base}/{created['job_id']}/versions", {"config": version_config})
                previous = int(made["version_id"])

    try:
        await asyncio.gather(*(worker(conn) for conn in conns))
    finally:
        for conn in conns:
            conn.close()


# --------------------------------------------------------------------------- the rows


def _p50_ms(latencies: list[float]) -> float:
    return statistics.median(latencies) * 1e3 if latencies else float("nan")


def _probe_rate(run: Callable[[int], Awaitable[None]], loop: asyncio.AbstractEventLoop, concurrency: int) -> float:
    """Requests/s from a short probe (a batch of growing size until it lasts 0.2 s)."""
    count = concurrency
    while True:
        start = time.perf_counter()
        loop.run_until_complete(run(count))
        elapsed = time.perf_counter() - start
        if elapsed >= 0.2 or count >= 4096:
            return count / elapsed
        count *= 4


def _pair(
    loop: asyncio.AbstractEventLoop, ours: _Target, baseline: _Target, concurrency: int
) -> tuple[Comparison, dict[str, Any]]:
    """Interleaved rounds of equal request counts on both; ratios are ours_rps / baseline_rps."""
    slower = min(_probe_rate(ours.batch, loop, concurrency), _probe_rate(baseline.batch, loop, concurrency))
    count = max(concurrency, round(slower * BATCH_SECONDS))
    rounds = ROUNDS
    per_round = 2 * count / slower  # an upper bound: the faster side takes less
    if per_round * rounds > ROW_BUDGET_SECONDS:
        rounds = max(3, int(ROW_BUDGET_SECONDS / per_round))
    ours.latencies.clear()
    baseline.latencies.clear()
    result = compare(
        lambda: loop.run_until_complete(ours.batch(count)),
        lambda: loop.run_until_complete(baseline.batch(count)),
        ops_per_batch=count,
        rounds=rounds,
        warmup=0,
    )
    details = {
        "concurrency": concurrency,
        "requests_per_batch": count,
        "rounds": rounds,
        "ours_rps": 1.0 / result.ours_s,
        "baseline_rps": 1.0 / result.baseline_s,
        "ours_p50_ms": _p50_ms(ours.latencies),
        "baseline_p50_ms": _p50_ms(baseline.latencies),
    }
    return result, details


def _row(key: str, metric: str, ours: str, baseline: str, comparison: Comparison, bound: float, **details: Any) -> Row:
    """``Row.of`` with each side shown as requests/s (the reciprocal of its time per request)."""
    row = Row.of(key, metric, comparison, bound=bound, **details)
    row.ours = f"{ours}: {1.0 / comparison.ours_s:.0f} req/s"
    row.baseline = f"{baseline}: {1.0 / comparison.baseline_s:.0f} req/s"
    return row


async def _target(server: _Server, payload: bytes, concurrency: int, expected_length: int) -> _Target:
    return _Target(server, payload, await _open_all(server, concurrency), expected_length)


def run() -> list[Row]:
    """Start the servers, fill the stores, measure the three rows; every process is stopped after."""
    servers: list[_Server] = []
    loop = asyncio.new_event_loop()
    targets: list[_Target] = []
    with tempfile.TemporaryDirectory(prefix="bench-emulator-") as tmp:
        try:
            small = _start("emulator")
            servers.append(small)
            big = _start("emulator")
            servers.append(big)
            target = f"/v1/{PROJECT_ID}/training-jobs?per_page={PER_PAGE}"
            for server in (small, big):
                loop.run_until_complete(_wait_ready(server, "/_emulator/health"))
            fill_start = time.perf_counter()
            loop.run_until_complete(_fill(small, SMALL_STORE))
            loop.run_until_complete(_fill(big, BIG_STORE))
            fill_s = time.perf_counter() - fill_start

            small_payload = _signed_request(small, "GET", target)
            big_payload = _signed_request(big, "GET", target)
            probe = loop.run_until_complete(_Connection.open(small))
            status, answer = loop.run_until_complete(probe.request(small_payload))
            probe.close()
            if status != 200 or len(json.loads(answer)["jobs"]) != PER_PAGE:
                raise RuntimeError(f"the emulator's list answered {status}: {answer[:300]!r}")
            body_file = Path(tmp) / "answer.json"
            body_file.write_bytes(answer)
            bare = _start("bare", str(body_file))
            servers.append(bare)
            loop.run_until_complete(_wait_ready(bare, target))
            status, big_answer = loop.run_until_complete(_one(big, big_payload))
            if status != 200 or json.loads(big_answer)["job_total_count"] != BIG_STORE:
                raise RuntimeError(f"the big emulator's list answered {status}: {big_answer[:300]!r}")

            rows: list[Row] = []
            for concurrency, bound in ((1, 0.3), (8, 0.3)):
                ours = loop.run_until_complete(_target(small, small_payload, concurrency, len(answer)))
                base = loop.run_until_complete(_target(bare, small_payload, concurrency, len(answer)))
                targets += [ours, base]
                comparison, details = _pair(loop, ours, base, concurrency)
                rows.append(
                    _row(
                        f"emulator_list_rps_c{concurrency}",
                        f"signed list_training_jobs?per_page={PER_PAGE} req/s, {concurrency} client(s), emulator/bare",
                        "emulator",
                        "bare Starlette",
                        comparison,
                        bound,
                        answer_bytes=len(answer),
                        jobs_in_store=SMALL_STORE,
                        **details,
                    )
                )
            ours = loop.run_until_complete(_target(big, big_payload, 1, len(big_answer)))
            base = loop.run_until_complete(_target(small, small_payload, 1, len(answer)))
            targets += [ours, base]
            comparison, details = _pair(loop, ours, base, 1)
            rows.append(
                _row(
                    "emulator_list_flatness",
                    f"list_training_jobs?per_page={PER_PAGE} req/s, store of {BIG_STORE} jobs / store of {SMALL_STORE}",
                    f"{BIG_STORE} jobs",
                    f"{SMALL_STORE} jobs",
                    comparison,
                    0.8,
                    versions_per_job=VERSIONS_PER_JOB,
                    fill_seconds=fill_s,
                    **details,
                )
            )
            return rows
        finally:
            for item in targets:
                for conn in item.connections:
                    conn.close()
            loop.close()
            for server in servers:
                server.stop()


async def _one(server: _Server, payload: bytes) -> tuple[int, bytes]:
    conn = await _Connection.open(server)
    try:
        return await conn.request(payload)
    finally:
        conn.close()


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--serve":
        _serve(sys.argv[2], int(sys.argv[3]), sys.argv[4:])
    else:
        for found in run():
            print(json.dumps(found.as_dict()))
