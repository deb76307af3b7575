"""A minimal HTTP/1.1 server on 127.0.0.1 that answers ModelArts-shaped job lists, for client benchmarks.

Why not the emulator: the client rows measure what the client adds on top of a request, so the
server must cost as little as possible and the same for every client compared.  This one parses just
enough HTTP (request line, headers, ``Content-Length`` bodies, keep-alive) to answer every ``GET``
with a prepared body (50 workspaces for a path ending in ``/workspaces``, else a job list): the
``page`` and ``per_page`` query parameters pick which jobs are listed
(``per_page`` up to 1,000; pages differ, so a paging engine never sees the same page twice) out of
``total`` jobs.  ``--delay-ms`` makes each answer wait, to stand for a slow server.

Run as a script it prints its port on the first line of stdout, then serves until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
from functools import cache
from urllib.parse import parse_qsl, urlsplit

JOB_DESC = "resnet50, flowers"


@cache
def job_list(page: int, per_page: int, total: int) -> bytes:
    """The answer for one page: ``per_page`` jobs (fewer on the last page) and the total."""
    first = (page - 1) * per_page
    jobs = [
        {
            "job_id": 100000 + index,
            "job_name": f"bench-job-{index:06d}",
            "version_id": 200000 + index,
            "status": 10,
            "create_time": 1767225600000 + index,
            "duration": 3600000,
            "job_desc": JOB_DESC,
            "version_count": 3,
        }
        for index in range(first, min(first + per_page, total))
    ]
    body = {"is_success": True, "job_total_count": total, "job_count_limit": 100, "quotas": 200, "jobs": jobs}
    return json.dumps(body).encode()


@cache
def workspace_list(count: int = 50) -> bytes:
    """The answer of ``list_workspaces``: ``count`` workspaces, the one list both SDKs can call."""
    workspaces = [
        {
            "id": f"{index:032x}",
            "name": f"bench-workspace-{index:03d}",
            "description": "benchmark workspace",
            "owner": "bench-user",
            "create_time": 1767225600000 + index,
            "update_time": 1767225600000 + index,
            "enterprise_project_id": "0",
            "enterprise_project_name": "default",
            "auth_type": "PUBLIC",
            "status": "NORMAL",
        }
        for index in range(count)
    ]
    return json.dumps({"total_count": count, "count": count, "workspaces": workspaces}).encode()


def _answer(target: bytes, total: int) -> bytes:
    url = urlsplit(target.decode("latin-1"))
    query = dict(parse_qsl(url.query))
    try:
        page, per_page = int(query.get("page", "1")), min(int(query.get("per_page", "50")), 1000)
    except ValueError:
        page, per_page = 1, 50
    body = workspace_list() if url.path.endswith("/workspaces") else job_list(max(page, 1), max(per_page, 1), total)
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nX-request-id: bench\r\n\r\n"
    )
    return head.encode() + body


async def _serve_connection(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, total: int, fixed_per_page: int | None, delay: float
) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            target = lines[0].split(b" ")[1]
            length = 0
            for line in lines[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            if length:
                await reader.readexactly(length)
            if fixed_per_page is not None:
                target = target.split(b"?")[0] + b"?" + _with_per_page(target, fixed_per_page)
            if delay:
                await asyncio.sleep(delay)
            writer.write(_answer(target, total))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def _with_per_page(target: bytes, per_page: int) -> bytes:
    query = [(k, v) for k, v in parse_qsl(urlsplit(target.decode("latin-1")).query) if k != "per_page"]
    return "&".join([*(f"{k}={v}" for k, v in query), f"per_page={per_page}"]).encode()


async def _main(total: int, fixed_per_page: int | None, delay_ms: float) -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _serve_connection(reader, writer, total, fixed_per_page, delay_ms / 1000)

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


class Loopback:
    """The server in a child process (so it runs on the other core); a context manager."""

    def __init__(self, *, total: int = 50, per_page: int | None = 50, delay_ms: float = 0.0) -> None:
        self.args = ["--total", str(total), "--delay-ms", str(delay_ms)]
        if per_page is not None:
            self.args += ["--per-page", str(per_page)]
        self.process: subprocess.Popen[str] | None = None
        self.url = ""

    def __enter__(self) -> Loopback:
        self.process = subprocess.Popen(
            [sys.executable, __file__, *self.args], stdout=subprocess.PIPE, text=True, bufsize=1
        )
        assert self.process.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.process.stdout.readline())}"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--total", type=int, default=50)
    parser.add_argument("--per-page", type=int, default=None, help="answer this many jobs whatever is asked")
    parser.add_argument("--delay-ms", type=float, default=0.0)
    options = parser.parse_args()
    asyncio.run(_main(options.total, options.per_page, options.delay_ms))
