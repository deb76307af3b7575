"""The paging engine's decisions, checked against scripted servers for each paging style.

The "servers" here are plain functions over a list of records that honour the declared parameters,
so each style (page numbers, offsets in records or pages, cursors) is exercised without HTTP; the
emulator tests drive the same engine over real requests.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from typing import Any

import pytest

from modelarts_client.models import ServiceListResponse, TrainJobListResponse, TrainJobLogLinesResponse
from modelarts_overlays.operations import resolve_operation
from modelarts_overlays.pagination import PageCursor, Paging, iterate_pages, iterate_pages_async

JOBS = resolve_operation("list_training_jobs").declared("x-pagination")  # page/per_page, first page 1
SERVICES = resolve_operation("list_services").declared("x-pagination")  # offset counts pages
DEVENV = resolve_operation("list_devenv_instances").declared("x-pagination")  # offset counts records, limit 0 = all
LOG_LINES = resolve_operation("get_training_job_log_lines").declared("x-pagination")  # cursor


def job_server(records: int, calls: list[dict[str, Any]], total: bool = True) -> Any:
    def call(params: dict[str, Any]) -> TrainJobListResponse:
        calls.append(params)
        size, page = params["per_page"], params["page"]
        jobs = [{"job_id": i, "job_name": f"job-{i}"} for i in range((page - 1) * size, min(page * size, records))]
        body: dict[str, Any] = {"is_success": True, "jobs": jobs}
        if total:
            body["job_total_count"] = records
        return TrainJobListResponse.from_dict(body)

    return call


def service_server(records: int, calls: list[dict[str, Any]]) -> Any:
    def call(params: dict[str, Any]) -> ServiceListResponse:
        calls.append(params)
        size, page = params["limit"], params["offset"]
        services = [{"service_id": f"s-{i}"} for i in range(page * size, min((page + 1) * size, records))]
        return ServiceListResponse.from_dict({"services": services, "total_count": records, "count": len(services)})

    return call


def walk(decl: dict[str, Any], call: Any, paging: Paging, **params: Any) -> tuple[list[Any], PageCursor]:
    cursor = PageCursor(decl, params, paging)
    items = [item for _, page in iterate_pages(cursor, call) for item in page]
    return items, cursor


@pytest.mark.parametrize(("records", "size", "expected_calls"), [(25, 10, 3), (30, 10, 3), (0, 10, 1), (5, 10, 1)])
def test_page_numbers_stop_on_the_total(records: int, size: int, expected_calls: int) -> None:
    calls: list[dict[str, Any]] = []
    items, _ = walk(JOBS, job_server(records, calls), Paging(page_size=size))
    assert [job.job_id for job in items] == list(range(records))
    assert [c["page"] for c in calls] == list(range(1, expected_calls + 1))
    assert all(c["per_page"] == size for c in calls)


def test_without_a_total_a_short_page_ends_the_walk() -> None:
    calls: list[dict[str, Any]] = []
    items, _ = walk(JOBS, job_server(23, calls, total=False), Paging(page_size=10))
    assert len(items) == 23 and len(calls) == 3


def test_without_a_total_an_exact_multiple_ends_on_an_empty_page() -> None:
    calls: list[dict[str, Any]] = []
    items, _ = walk(JOBS, job_server(20, calls, total=False), Paging(page_size=10))
    assert len(items) == 20 and len(calls) == 3


def test_default_page_size_comes_from_the_declaration() -> None:
    calls: list[dict[str, Any]] = []
    walk(JOBS, job_server(3, calls), Paging())
    assert calls[0]["per_page"] == JOBS["default_size"]


def test_page_size_above_the_declared_maximum_is_refused() -> None:
    with pytest.raises(ValueError, match="maximum"):
        PageCursor(JOBS, {}, Paging(page_size=JOBS["max_size"] + 1))


def test_max_items_stops_early_and_says_where_to_resume() -> None:
    calls: list[dict[str, Any]] = []
    items, cursor = walk(JOBS, job_server(100, calls), Paging(page_size=10, max_items=15))
    assert [job.job_id for job in items] == list(range(15))
    assert len(calls) == 2
    assert cursor.resume_params["page"] == 2  # page 2 was only half handed out
    rest, _ = walk(JOBS, job_server(100, []), Paging(page_size=10), page=3)
    assert rest[0].job_id == 20


def test_offset_counting_pages_advances_by_one() -> None:
    calls: list[dict[str, Any]] = []
    items, _ = walk(SERVICES, service_server(7, calls), Paging(page_size=3))
    assert [s.service_id for s in items] == [f"s-{i}" for i in range(7)]
    assert [c["offset"] for c in calls] == [0, 1, 2]


def test_offset_counting_records_advances_by_the_page_length() -> None:
    calls: list[dict[str, Any]] = []
    from modelarts_client.models import DevEnvInstanceList

    def call(params: dict[str, Any]) -> DevEnvInstanceList:
        calls.append(params)
        start, size = params["offset"], params["limit"]
        rows = [{"id": f"i-{i}"} for i in range(start, min(start + size, 8))] if size else []
        return DevEnvInstanceList.from_dict({"total_count": 8, "instances": rows})

    items, _ = walk(DEVENV, call, Paging(page_size=3), de_type="Notebook")
    assert [i.id for i in items] == [f"i-{i}" for i in range(8)]
    assert [c["offset"] for c in calls] == [0, 3, 6]


def test_a_server_repeating_the_same_page_does_not_loop_forever() -> None:
    calls: list[dict[str, Any]] = []

    def stuck(params: dict[str, Any]) -> TrainJobListResponse:
        calls.append(params)
        jobs = [{"job_id": i} for i in range(10)]
        return TrainJobListResponse.from_dict({"is_success": True, "jobs": jobs})  # no total, ignores page

    items, _ = walk(JOBS, stuck, Paging(page_size=10))
    assert len(calls) == 2 and len(items) == 20


def test_cursor_follows_next_cursor_and_stops_when_it_stops_moving() -> None:
    lines = [f"line {i}" for i in range(7)]
    calls: list[dict[str, Any]] = []

    def call(params: dict[str, Any]) -> TrainJobLogLinesResponse:
        calls.append(params)
        start = int(params.get("base_line", "-1")) + 1
        chunk = lines[start : start + params["lines"]]
        end = str(start + len(chunk) - 1) if chunk else params.get("base_line", "-1")
        body = {"is_success": True, "content": "\n".join(chunk), "lines": len(chunk), "end_line": end}
        return TrainJobLogLinesResponse.from_dict(body)

    chunks, _ = walk(LOG_LINES, call, Paging(page_size=3), log_file="log1.log")
    assert "\n".join(chunks).split("\n") == lines
    assert all(c["order"] == "desc" for c in calls)  # fixed by the declaration's params


def test_memory_stays_flat_over_many_pages() -> None:
    def call(params: dict[str, Any]) -> TrainJobListResponse:
        page = params["page"]
        jobs = [{"job_id": page * 100 + i, "job_name": "x" * 200} for i in range(100)]
        return TrainJobListResponse.from_dict({"is_success": True, "jobs": jobs, "job_total_count": 500_000})

    cursor = PageCursor(JOBS, {}, Paging(page_size=100, max_items=100_000))
    tracemalloc.start()
    count = 0
    for index, (_, page) in enumerate(iterate_pages(cursor, call)):
        count += len(page)
        if index == 10:
            early, _ = tracemalloc.get_traced_memory()
    late, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 100_000
    assert late < early + 256 * 1024, (early, late)


# -- the async loop fetches one page ahead ---------------------------------------------------------


class AsyncJobServer:
    """``job_server`` as a coroutine that records what was asked and how many fetches overlap."""

    def __init__(self, records: int, *, fail_on_page: int | None = None) -> None:
        self.sync_call = job_server(records, [])
        self.asked: list[int] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.finished: list[int] = []
        self.fail_on_page = fail_on_page

    async def __call__(self, params: dict[str, Any]) -> TrainJobListResponse:
        self.asked.append(params["page"])
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0)
            if params["page"] == self.fail_on_page:
                raise RuntimeError(f"page {params['page']} failed")
            parsed: TrainJobListResponse = self.sync_call(params)
            self.finished.append(params["page"])
            return parsed
        finally:
            self.in_flight -= 1


async def test_the_next_page_is_asked_for_while_the_caller_works_on_this_one() -> None:
    server = AsyncJobServer(25)
    cursor = PageCursor(JOBS, {}, Paging(page_size=10))
    seen: list[int] = []
    async for _, items in iterate_pages_async(cursor, server):
        await asyncio.sleep(0)  # the caller works; the loop gets control
        await asyncio.sleep(0)
        page = len(seen) // 10 + 1
        # page n is being handled: page n + 1 has been asked for already, unless n was the last
        assert server.asked == list(range(1, min(page + 1, 3) + 1))
        seen += [job.job_id for job in items]
    assert seen == list(range(25))
    assert server.most_in_flight == 1  # one page ahead, never more: memory stays bounded


async def test_an_error_of_the_page_fetched_ahead_is_raised_when_that_page_is_wanted() -> None:
    server = AsyncJobServer(100, fail_on_page=2)
    cursor = PageCursor(JOBS, {}, Paging(page_size=10))
    pages = iterate_pages_async(cursor, server)
    _, first = await pages.__anext__()
    assert [job.job_id for job in first] == list(range(10))  # page 1 is handed out whole
    with pytest.raises(RuntimeError, match="page 2 failed"):
        await pages.__anext__()


async def test_stopping_early_cancels_the_fetch_in_flight_and_says_where_to_resume() -> None:
    server = AsyncJobServer(100)
    cursor = PageCursor(JOBS, {}, Paging(page_size=10))
    pages = iterate_pages_async(cursor, server)
    await pages.__anext__()
    await asyncio.sleep(0)  # page 2's fetch starts and waits for its answer
    assert server.in_flight == 1
    await pages.aclose()
    for _ in range(3):
        await asyncio.sleep(0)
    assert server.asked == [1, 2] and server.finished == [1]  # page 2 was asked for, then cancelled
    assert server.in_flight == 0
    assert cursor.resume_params["page"] == 2


# Paging fields inside a JSON request body (POST .../training-job-searches): `offset` counts pages there.
BODY_PAGES = {"mode": "offset", "in": "body", "offset_param": "offset", "offset_unit": "page", "size_param": "limit",
              "items": "items", "total": "total"}  # fmt: skip


class Page:
    """A parsed answer as the generated models look to the engine: attributes."""

    def __init__(self, items: list[int], total: int) -> None:
        self.items, self.total = items, total


def body_server(records: int, calls: list[dict[str, Any]]) -> Any:
    def call(params: dict[str, Any]) -> Page:
        calls.append(params)
        body = params["body"]
        start = body["offset"] * body["limit"]
        return Page(list(range(start, min(start + body["limit"], records))), records)

    return call


@pytest.mark.parametrize(("records", "pages"), [(7, [0, 1, 2]), (6, [0, 1]), (0, [0])])
def test_offset_in_the_body_counts_pages_and_keeps_the_other_fields(records: int, pages: list[int]) -> None:
    calls: list[dict[str, Any]] = []
    body = {"filters": [{"key": "phase", "operator": "in", "value": ["Running"]}], "offset": 0}
    items, cursor = walk(BODY_PAGES, body_server(records, calls), Paging(page_size=3), body=body)
    assert items == list(range(records))
    assert [c["body"]["offset"] for c in calls] == pages  # each request kept its own body
    assert all(c["body"]["filters"] == body["filters"] and c["body"]["limit"] == 3 for c in calls)
    assert body == {"filters": [{"key": "phase", "operator": "in", "value": ["Running"]}], "offset": 0}
    assert "offset" not in cursor.resume_params  # nothing leaks into the query parameters


def test_a_body_given_as_a_model_is_paged_on_its_wire_form() -> None:
    class Model:
        def to_dict(self) -> dict[str, Any]:
            return {"sort_by": "create_time"}

    calls: list[dict[str, Any]] = []
    items, _ = walk(BODY_PAGES, body_server(4, calls), Paging(page_size=2), body=Model())
    assert items == [0, 1, 2, 3]
    assert [c["body"] for c in calls] == [
        {"sort_by": "create_time", "limit": 2, "offset": 0},
        {"sort_by": "create_time", "limit": 2, "offset": 1},
    ]


def test_a_body_that_is_neither_a_dict_nor_a_model_is_refused() -> None:
    with pytest.raises(TypeError, match="body must be a dict"):
        PageCursor(BODY_PAGES, {"body": "offset=0"}, Paging())


async def test_async_paging_in_the_body_gives_each_request_its_own_body() -> None:
    calls: list[dict[str, Any]] = []
    sync_call = body_server(10, calls)

    async def call(params: dict[str, Any]) -> Page:
        await asyncio.sleep(0)
        page: Page = sync_call(params)
        return page

    cursor = PageCursor(BODY_PAGES, {"body": {}}, Paging(page_size=4))
    seen = [item async for _, page in iterate_pages_async(cursor, call) for item in page]
    assert seen == list(range(10))
    assert [c["body"]["offset"] for c in calls] == [0, 1, 2]
