"""The client's rows: what ``Session`` and the generated functions add to a plain signed httpx call.

Every row talks to :mod:`loopback` (a server in its own process that costs next to nothing), so the
time measured is the client's: building and signing the request, httpx, parsing into the generated
models, error checks, retries' bookkeeping, paging.  The baseline of each row is the least a caller
could write by hand with the same tools: a signed ``httpx`` request and ``json.loads``.

- call: ``session.call("list_training_jobs")`` (50 jobs, ~9.7 KB) vs ``httpx.Client.get`` + ``json.loads``;
- generated: ``list_training_jobs.sync`` on a plain signed ``httpx.Client``, same baseline;
- acall: 16 concurrent ``session.acall`` vs 16 concurrent ``AsyncClient.get`` + ``json.loads``;
- paginate: ``session.paginate`` over 100,000 jobs (100 pages of 1,000) vs the generated ``sync``
  called page by page (the same typed models), and vs a raw ``json.loads`` loop for reference;
- apaginate: a consumer that takes longer per page than the server, ``session.apaginate`` (which
  fetches the next page while the caller works) vs sequential ``acall`` page by page;
- import: a fresh interpreter running ``from modelarts_overlays import Session`` vs ``import httpx``.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from typing import Any

import httpx
from common import Comparison, Row, compare
from loopback import Loopback

from modelarts_client import Client
from modelarts_client.api.training_jobs import list_training_jobs
from modelarts_overlays import Session
from modelarts_overlays.signing import AkSkAuth

AK, SK, PROJECT = "BENCHAK0000000000000", "bench-secret-key-0123456789abcdefghijkl", "benchproject"
PATH = f"/v1/{PROJECT}/training-jobs"
QUERY: dict[str, str | int] = {"per_page": 10, "page": 1, "sortBy": "job_name", "order": "asc", "workspace_id": "0"}


def _auth() -> AkSkAuth:
    return AkSkAuth(AK, SK, project_id=PROJECT)


def _session(url: str) -> Session:
    return Session(access_key=AK, secret_key=SK, project_id=PROJECT, endpoint=url)


def call_rows(url: str) -> list[Row]:
    session = _session(url)
    raw = httpx.Client(base_url=url, auth=_auth())
    plain = Client(base_url=url)
    plain.set_httpx_client(httpx.Client(base_url=url, auth=_auth()))

    def ours() -> None:
        for _ in range(20):
            session.call("list_training_jobs")

    def generated() -> None:
        for _ in range(20):
            list_training_jobs.sync(PROJECT, client=plain)

    def baseline() -> None:
        for _ in range(20):
            json.loads(raw.get(PATH, params=QUERY).content)

    call = compare(ours, baseline, ops_per_batch=20, rounds=21)
    gen = compare(generated, baseline, ops_per_batch=20, rounds=21)
    session.close()
    raw.close()
    plain.get_httpx_client().close()
    return [
        Row.of("call.session", "session.call vs signed httpx get + json.loads", call, bound=0.85),
        Row.of("call.generated", "generated sync on a signed httpx.Client vs the same", gen, bound=0.92),
    ]


def acall_row(url: str) -> Row:
    session = _session(url)
    raw = httpx.AsyncClient(base_url=url, auth=_auth())
    loop = asyncio.new_event_loop()

    async def raw_get() -> Any:
        return json.loads((await raw.get(PATH, params=QUERY)).content)

    async def ours_batch() -> None:
        await asyncio.gather(*(session.acall("list_training_jobs") for _ in range(16)))

    async def base_batch() -> None:
        await asyncio.gather(*(raw_get() for _ in range(16)))

    def ours() -> None:
        loop.run_until_complete(ours_batch())

    def baseline() -> None:
        loop.run_until_complete(base_batch())

    result = compare(ours, baseline, ops_per_batch=16, rounds=21, batches=2)
    loop.run_until_complete(session.aclose())
    loop.run_until_complete(raw.aclose())
    loop.close()
    return Row.of("call.acall16", "16 concurrent session.acall vs AsyncClient.get + json.loads", result, bound=0.9)


def paginate_rows(url: str) -> list[Row]:
    session = _session(url)
    plain = Client(base_url=url)
    plain.set_httpx_client(httpx.Client(base_url=url, auth=_auth()))
    raw = httpx.Client(base_url=url, auth=_auth())
    pages, size = 100, 1000

    def ours() -> None:
        count = sum(1 for _ in session.paginate("list_training_jobs", page_size=size))
        assert count == pages * size, count

    def generated() -> None:
        count = 0
        for page in range(1, pages + 1):
            parsed = list_training_jobs.sync(PROJECT, client=plain, page=page, per_page=size)
            jobs = getattr(parsed, "jobs", None) or []
            count += sum(1 for _ in jobs)
        assert count == pages * size, count

    def raw_loop() -> None:
        count = 0
        for page in range(1, pages + 1):
            body = json.loads(raw.get(PATH, params={**QUERY, "page": page, "per_page": size}).content)
            count += sum(1 for _ in body["jobs"])
        assert count == pages * size, count

    vs_generated = compare(ours, generated, ops_per_batch=pages * size, rounds=7)
    vs_raw = compare(ours, raw_loop, ops_per_batch=pages * size, rounds=5)
    session.close()
    plain.get_httpx_client().close()
    raw.close()
    return [
        Row.of("paginate.vs_generated", "session.paginate, 100 x 1,000 jobs, vs generated sync page by page",
               vs_generated, unit=1e9, unit_name="ns/item", bound=0.8),
        Row.of("paginate.vs_raw", "session.paginate vs a raw json.loads page loop (reference)",
               vs_raw, unit=1e9, unit_name="ns/item", direction=""),
    ]  # fmt: skip


def apaginate_row(url: str, *, consume_s: float, pages: int, size: int) -> Row:
    """The consumer spends ``consume_s`` per page; the server ``delay_ms`` per answer."""
    session = _session(url)
    loop = asyncio.new_event_loop()
    peaks: list[int] = []

    async def consume(item_index: int) -> None:
        if item_index % size == size - 1:
            await asyncio.sleep(consume_s)

    async def prefetching() -> None:
        index = 0
        async for _ in session.apaginate("list_training_jobs", page_size=size, max_items=pages * size):
            await consume(index)
            index += 1
        assert index == pages * size, index

    async def sequential() -> None:
        index = 0
        for page in range(1, pages + 1):
            parsed = await session.acall("list_training_jobs", page=page, per_page=size)
            for _ in parsed.jobs or []:
                await consume(index)
                index += 1
        assert index == pages * size, index

    result = compare(
        lambda: loop.run_until_complete(prefetching()),
        lambda: loop.run_until_complete(sequential()),
        ops_per_batch=pages,
        rounds=5,
    )
    tracemalloc.start()
    loop.run_until_complete(prefetching())
    peaks.append(tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    loop.run_until_complete(session.aclose())
    loop.close()
    return Row.of(
        "paginate.aprefetch", "apaginate with a slow consumer vs sequential acall pages", result,
        unit=1e3, unit_name="ms/page", bound=1.5, peak_traced_kib=peaks[0] / 1024,
    )  # fmt: skip


def _process_seconds(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def import_row() -> Row:
    """Whole fresh processes, interpreter start included, interleaved."""
    ours_code, base_code = "from modelarts_overlays import Session", "import httpx"
    ours: list[float] = []
    base: list[float] = []
    ratios: list[float] = []
    _process_seconds(ours_code)
    _process_seconds(base_code)
    for index in range(21):
        order: list[tuple[str, list[float]]] = [(ours_code, ours), (base_code, base)]
        if index % 2:
            order.reverse()
        for code, samples in order:
            samples.append(_process_seconds(code))
        ratios.append(ours[-1] / base[-1])
    result = Comparison(statistics.median(ours), statistics.median(base), ratios)
    return Row.of(
        "import.session", "cold `from modelarts_overlays import Session` vs cold `import httpx`", result,
        unit=1e3, unit_name="ms", direction="<=", bound=1.3, modules=_modules_loaded(),
    )  # fmt: skip


def _modules_loaded() -> dict[str, int]:
    code = (
        "import sys; before = set(sys.modules); import httpx; mid = set(sys.modules);"
        "from modelarts_overlays import Session; print(len(mid - before), len(set(sys.modules) - mid))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    return {"httpx": int(out[0]), "overlays_beyond_httpx": int(out[1])}


def run() -> list[Row]:
    rows: list[Row] = []
    with Loopback(total=50, per_page=50) as server:
        rows += call_rows(server.url)
        rows.append(acall_row(server.url))
    with Loopback(total=100_000, per_page=None) as server:
        rows += paginate_rows(server.url)
    with Loopback(total=20 * 200, per_page=None, delay_ms=20) as server:
        rows.append(apaginate_row(server.url, consume_s=0.03, pages=20, size=200))
    rows.append(import_row())
    return rows


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row.as_dict()))
