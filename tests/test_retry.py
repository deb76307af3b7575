"""Tests for ``modelarts_overlays.retry`` with fault injection through ``httpx.MockTransport``.

Time is fake: the policy's sleeps are recorded and advance a fake monotonic
clock, so backoff, ``Retry-After`` and the budget are checked exactly and the
whole module runs in well under a second.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from modelarts_overlays.retry import (
    DEFAULT_TIMEOUT,
    RetryingAsyncClient,
    RetryingClient,
    RetryPolicy,
    allow_retry_on_post,
    parse_retry_after,
)
from modelarts_overlays.signing import AkSkAuth, verify

AK = "HPUAXXXXXXXXXXXXXXXX"
SK = "sk-retry-test-secret-0123456789"
BASE = "https://modelarts.example.test"
WALL = datetime(2024, 3, 15, 12, 0, 0, tzinfo=timezone.utc)

Step = int | httpx.Response | type[httpx.TransportError]


@dataclass
class FakeTime:
    """Monotonic clock that only moves when the policy sleeps (or a test says so)."""

    now: float = 0.0
    sleeps: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that is not pre-read and records whether it was closed."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self.data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.data

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@dataclass
class Script:
    """A transport handler that answers with the next scripted step.

    A step is a status code, a ready ``Response`` or a transport error type to
    raise.  Every request is recorded with the bytes of its body.
    """

    steps: list[Step]
    time: FakeTime | None = None
    attempt_duration: float = 0.0
    requests: list[httpx.Request] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    responses: list[httpx.Response] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        if self.time is not None:
            self.time.now += self.attempt_duration
        step = self.steps.pop(0)
        if isinstance(step, int):
            step = httpx.Response(step, content=b'{"ok": true}' if step < 300 else b"busy")
        if isinstance(step, httpx.Response):
            self.responses.append(step)
            return step
        raise step("injected fault", request=request)


def make_policy(fake: FakeTime, **overrides: Any) -> RetryPolicy:
    options: dict[str, Any] = {
        "sleep": fake.sleep,
        "async_sleep": fake.async_sleep,
        "clock": fake.clock,
        "random": lambda: 1.0,  # the backoff ceiling itself: 0.5, 1, 2, ...
        "wall_clock": lambda: WALL,
    }
    options.update(overrides)
    return RetryPolicy(**options)


def run(
    mode: str,
    policy: RetryPolicy,
    script: Script,
    method: str = "GET",
    url: str = f"{BASE}/v1/p/jobs",
    *,
    stream: bool = False,
    **kwargs: Any,
) -> httpx.Response:
    """Send one request through the sync or the async retrying client."""
    transport = httpx.MockTransport(script)
    if mode == "sync":
        with RetryingClient(retry=policy, transport=transport, **kwargs) as client:
            return client.send(client.build_request(method, url), stream=stream)

    async def go() -> httpx.Response:
        async with RetryingAsyncClient(retry=policy, transport=transport, **kwargs) as client:
            return await client.send(client.build_request(method, url), stream=stream)

    return asyncio.run(go())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


# --------------------------------------------------------------------------
# Fault injection, sync and async
# --------------------------------------------------------------------------


@MODES
def test_connection_error_then_success(mode: str) -> None:
    fake = FakeTime()
    script = Script([httpx.ConnectError, 200])
    response = run(mode, make_policy(fake), script)
    assert response.status_code == 200
    assert len(script.requests) == 2
    assert fake.sleeps == [0.5]


@MODES
def test_503_three_times_then_success(mode: str) -> None:
    fake = FakeTime()
    streams = [TrackedStream(b"busy"), TrackedStream(b"busy"), TrackedStream(b"busy"), TrackedStream(b"ok")]
    script = Script([httpx.Response(503 if s.data == b"busy" else 200, stream=s) for s in streams])
    response = run(mode, make_policy(fake), script, stream=True)
    assert response.status_code == 200
    assert len(script.requests) == 4
    assert fake.sleeps == [0.5, 1.0, 2.0]
    # Replaced answers were closed before retrying; the returned one is left to the caller.
    assert [s.closed for s in streams] == [True, True, True, False]
    assert not response.is_closed


@MODES
def test_full_jitter_uses_injected_random(mode: str) -> None:
    fake = FakeTime()
    script = Script([502, 504, 200])
    run(mode, make_policy(fake, random=lambda: 0.25), script)
    assert fake.sleeps == [0.125, 0.25]


@MODES
def test_attempts_exhausted_returns_last_response(mode: str) -> None:
    fake = FakeTime()
    last = httpx.Response(503, content=b"still busy")
    script = Script([503, 503, 503, last])
    response = run(mode, make_policy(fake), script)
    assert response is last
    assert response.content == b"still busy"
    assert len(script.requests) == 4
    assert len(fake.sleeps) == 3


@MODES
def test_transport_error_exhausted_is_raised_as_is(mode: str) -> None:
    fake = FakeTime()
    script = Script([httpx.ReadTimeout, httpx.ConnectError, httpx.RemoteProtocolError])
    with pytest.raises(httpx.RemoteProtocolError, match="injected fault"):
        run(mode, make_policy(fake, max_attempts=3), script)
    assert len(script.requests) == 3


@MODES
def test_retry_after_seconds_is_honoured(mode: str) -> None:
    fake = FakeTime()
    script = Script([httpx.Response(429, headers={"Retry-After": "7"}), 200])
    response = run(mode, make_policy(fake), script)
    assert response.status_code == 200
    assert fake.sleeps == [7.0]


@MODES
def test_retry_after_http_date_measured_from_date_header(mode: str) -> None:
    fake = FakeTime()
    server_now = datetime(2030, 1, 1, 0, 0, 0, tzinfo=timezone.utc)  # far from WALL: wall clock unused
    headers = {
        "Date": format_datetime(server_now, usegmt=True),
        "Retry-After": format_datetime(server_now + timedelta(seconds=12), usegmt=True),
    }
    script = Script([httpx.Response(503, headers=headers), 200])
    run(mode, make_policy(fake), script)
    assert fake.sleeps == [12.0]


@MODES
def test_retry_after_http_date_without_date_header_uses_wall_clock(mode: str) -> None:
    fake = FakeTime()
    headers = {"Retry-After": format_datetime(WALL + timedelta(seconds=3), usegmt=True)}
    script = Script([httpx.Response(429, headers=headers), 200])
    run(mode, make_policy(fake), script)
    assert fake.sleeps == [3.0]


@MODES
def test_retry_after_beyond_budget_returns_at_once(mode: str) -> None:
    fake = FakeTime()
    throttled = httpx.Response(429, headers={"Retry-After": "3600"})
    script = Script([throttled, 200])
    response = run(mode, make_policy(fake, budget=60.0), script)
    assert response is throttled
    assert fake.sleeps == []
    assert len(script.requests) == 1


@MODES
def test_budget_counts_attempt_time_and_waits(mode: str) -> None:
    fake = FakeTime()
    # Each attempt takes 2 s: 2 + 0.5 wait + 2 + 1.0 wait = 5.5; the next try
    # would start at 5.5 + 2 + 2.0 = 9.5 > 8, so three attempts are made.
    script = Script([503, 503, 503, 200], time=fake, attempt_duration=2.0)
    response = run(mode, make_policy(fake, budget=8.0, max_attempts=10), script)
    assert response.status_code == 503
    assert len(script.requests) == 3
    assert fake.sleeps == [0.5, 1.0]


@MODES
def test_500_is_not_retried(mode: str) -> None:
    fake = FakeTime()
    script = Script([500, 200])
    response = run(mode, make_policy(fake), script)
    assert response.status_code == 500
    assert len(script.requests) == 1
    assert fake.sleeps == []


@MODES
def test_unfixable_transport_error_not_retried(mode: str) -> None:
    fake = FakeTime()
    script = Script([httpx.UnsupportedProtocol, 200])
    with pytest.raises(httpx.UnsupportedProtocol):
        run(mode, make_policy(fake), script)
    assert len(script.requests) == 1


@MODES
def test_custom_statuses_and_single_attempt(mode: str) -> None:
    fake = FakeTime()
    script = Script([500, 200])
    assert run(mode, make_policy(fake, retry_statuses={500}), script).status_code == 200
    script = Script([503, 200])
    assert run(mode, make_policy(fake, max_attempts=1), script).status_code == 503
    assert len(script.requests) == 1


# --------------------------------------------------------------------------
# Methods
# --------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
def test_idempotent_methods_are_retried(method: str) -> None:
    script = Script([503, 200])
    assert run("sync", make_policy(FakeTime()), script, method).status_code == 200
    assert [r.method for r in script.requests] == [method, method]


@MODES
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_non_idempotent_methods_not_retried_by_default(mode: str, method: str) -> None:
    script = Script([503, 200])
    assert run(mode, make_policy(FakeTime()), script, method).status_code == 503
    script = Script([httpx.ConnectError, 200])
    with pytest.raises(httpx.ConnectError):
        run(mode, make_policy(FakeTime()), script, method)
    assert len(script.requests) == 1


@MODES
def test_post_retried_inside_allow_retry_on_post(mode: str) -> None:
    script = Script([503, httpx.ConnectError, 200])
    with allow_retry_on_post():
        assert run(mode, make_policy(FakeTime()), script, "POST").status_code == 200
    assert len(script.requests) == 3
    # The permission ends with the block.
    script = Script([503, 200])
    assert run(mode, make_policy(FakeTime()), script, "POST").status_code == 503


def test_post_retried_with_policy_flag() -> None:
    script = Script([503, 200])
    assert run("sync", make_policy(FakeTime(), retry_post=True), script, "POST").status_code == 200
    assert len(script.requests) == 2


def test_allow_retry_on_post_does_not_leak_into_other_threads() -> None:
    results: dict[str, int] = {}

    def other_thread() -> None:
        script = Script([503, 200])
        results["other"] = run("sync", make_policy(FakeTime()), script, "POST").status_code

    with allow_retry_on_post():
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
        results["here"] = run("sync", make_policy(FakeTime()), Script([503, 200]), "POST").status_code
    assert results == {"other": 503, "here": 200}


async def test_allow_retry_on_post_is_per_task() -> None:
    policy = make_policy(FakeTime())
    entered = asyncio.Event()
    release = asyncio.Event()

    async def post(script: Script) -> int:
        async with RetryingAsyncClient(retry=policy, transport=httpx.MockTransport(script)) as client:
            return (await client.post(f"{BASE}/v1/p/jobs", json={"a": 1})).status_code

    async def allowed() -> int:
        with allow_retry_on_post():
            entered.set()
            await release.wait()  # stay inside the block while the other task posts
            inner = asyncio.create_task(post(Script([503, 200])))  # inherits the permission
            return await inner

    async def outsider() -> int:
        await entered.wait()
        try:
            return await post(Script([503, 200]))
        finally:
            release.set()

    assert list(await asyncio.gather(allowed(), outsider())) == [200, 503]


# --------------------------------------------------------------------------
# Pristine copies and AK/SK signing
# --------------------------------------------------------------------------


def _ticking_clock(start: datetime) -> Callable[[], datetime]:
    ticks = iter(range(1000))
    return lambda: start + timedelta(seconds=next(ticks))


def _check_signed_attempts(script: Script, count: int) -> None:
    dates = [r.headers["X-Sdk-Date"] for r in script.requests]
    assert len(dates) == count
    assert len(set(dates)) == count, dates
    assert len({r.headers["Authorization"] for r in script.requests}) == count
    for request, content in zip(script.requests, script.bodies, strict=True):
        assert verify(request.method, str(request.url), request.headers.multi_items(), content, SK)
        # One Authorization and one X-Sdk-Date per attempt: nothing left over from the last one.
        assert len(request.headers.get_list("X-Sdk-Date")) == 1
        assert len(request.headers.get_list("Authorization")) == 1


@MODES
def test_each_attempt_is_signed_afresh(mode: str) -> None:
    auth = AkSkAuth(AK, SK, project_id="p", clock=_ticking_clock(WALL))
    script = Script([503, httpx.ConnectError, 200])
    response = run(mode, make_policy(FakeTime()), script, url=f"{BASE}/v1/p/jobs?b=2&a=1", auth=auth)
    assert response.status_code == 200
    _check_signed_attempts(script, 3)
    assert script.requests[0].headers["X-Sdk-Date"] == "20240315T120000Z"
    assert {str(r.url) for r in script.requests} == {f"{BASE}/v1/p/jobs?a=1&b=2"}


def test_retried_post_replays_body_and_headers() -> None:
    auth = AkSkAuth(AK, SK, clock=_ticking_clock(WALL))
    script = Script([502, 200])
    transport = httpx.MockTransport(script)
    with allow_retry_on_post(), RetryingClient(retry=make_policy(FakeTime()), transport=transport, auth=auth) as client:
        request = client.build_request(
            "POST",
            f"{BASE}/v1/p/jobs",
            json={"job_name": "j1", "config": {"x": 1}},
            headers=[("X-Custom", "one"), ("X-Custom", "two")],
            extensions={"note": "kept"},
        )
        original_headers = request.headers.multi_items()
        response = client.send(request)
    assert response.status_code == 200
    first, second = script.requests
    assert script.bodies[0] == script.bodies[1] == b'{"job_name":"j1","config":{"x":1}}'
    assert first.headers["Content-Length"] == second.headers["Content-Length"] == str(len(script.bodies[0]))
    assert second.headers.get_list("X-Custom") == first.headers.get_list("X-Custom") == ["one, two"]
    assert second.extensions["note"] == "kept"
    assert second.extensions["timeout"] == first.extensions["timeout"]
    assert second is not first
    # The snapshot was taken before signing: the caller's headers had no signature.
    assert "Authorization" not in dict(original_headers)
    _check_signed_attempts(script, 2)


def test_streamed_upload_is_sent_once() -> None:
    script = Script([503, 200])

    def chunks() -> Iterator[bytes]:
        yield b"part-1"
        yield b"part-2"

    with RetryingClient(retry=make_policy(FakeTime()), transport=httpx.MockTransport(script)) as client:
        response = client.put(f"{BASE}/v1/p/upload", content=chunks())
    assert response.status_code == 503
    assert len(script.requests) == 1


# --------------------------------------------------------------------------
# Logging, policy, defaults
# --------------------------------------------------------------------------


def test_retry_log_has_no_query_or_credentials(caplog: pytest.LogCaptureFixture) -> None:
    auth = AkSkAuth(AK, SK, security_token="sts-token-value", clock=_ticking_clock(WALL))
    script = Script([503, 200])
    with caplog.at_level(logging.DEBUG, logger="modelarts_overlays.retry"):
        run("sync", make_policy(FakeTime()), script, url=f"{BASE}/v1/p/jobs?marker=private-marker", auth=auth)
    text = caplog.text
    assert "retrying GET https://modelarts.example.test/v1/p/jobs after HTTP 503 (attempt 2 of 4)" in text
    for secret in ("private-marker", SK, "sts-token-value", "Signature="):
        assert secret not in text


def test_policy_validation_and_normalisation() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(budget=-1)
    policy = RetryPolicy(idempotent_methods=frozenset({"get"}), retry_statuses=frozenset({503}))
    assert policy.allows("GET") and policy.allows("get") and not policy.allows("DELETE")
    assert RetryPolicy() == RetryPolicy(sleep=lambda s: None)  # injected callables do not affect equality


def test_backoff_ceiling_doubles_and_is_capped() -> None:
    policy = RetryPolicy(random=lambda: 1.0)
    assert [policy.backoff(n) for n in range(1, 9)] == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 20.0, 20.0]
    assert policy.backoff(5000) == 20.0
    assert RetryPolicy(random=lambda: 0.0).backoff(3) == 0.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 1.5 ", 1.5),
        ("0", 0.0),
        ("Fri, 15 Mar 2024 12:00:30 GMT", 30.0),
        ("Fri, 15 Mar 2024 11:00:00 GMT", 0.0),  # in the past
        ("soon", None),
        ("-5", None),
        ("", None),
    ],
)
def test_parse_retry_after(value: str, expected: float | None) -> None:
    assert parse_retry_after(value, WALL) == expected


def test_unreadable_retry_after_falls_back_to_backoff() -> None:
    fake = FakeTime()
    script = Script([httpx.Response(503, headers={"Retry-After": "later"}), 200])
    run("sync", make_policy(fake), script)
    assert fake.sleeps == [0.5]


async def test_default_timeouts() -> None:
    assert DEFAULT_TIMEOUT.connect == 10.0 and DEFAULT_TIMEOUT.read == 30.0
    with RetryingClient() as client:
        assert client.timeout == DEFAULT_TIMEOUT
        assert client.retry == RetryPolicy()
    async with RetryingAsyncClient(timeout=5.0) as aclient:
        assert aclient.timeout == httpx.Timeout(5.0)
