"""Retries for transient ModelArts failures, driven by ``tenacity``.

Why this module exists: gateways in front of ModelArts throttle (429) and
fail transiently (502/503/504), and connections drop; a client should ride
those out without repeating requests that are not safe to repeat.  The retry
loop itself is ``tenacity``'s; this module only decides *what* is retried,
*how long* to wait and *what* is re-sent:

* only idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) are retried;
  POST and PATCH may create a second job or apply a change twice, so they are
  retried only when the caller says so (:attr:`RetryPolicy.retry_post`, or
  :func:`allow_retry_on_post` around the call);
* retryable answers: the statuses in :attr:`RetryPolicy.retry_statuses` and
  ``httpx.TransportError`` (connect/read/write errors and timeouts), except
  the ones repeating cannot fix (unsupported scheme, a request httpx cannot
  encode);
* waits: full-jitter exponential backoff (``random() * min(cap, base *
  2**n)``), or the server's ``Retry-After`` (seconds or HTTP date) when given;
* budget: no attempt is started after ``max_attempts`` nor when its wait would
  end past :attr:`RetryPolicy.budget` seconds after the call began.  A
  ``Retry-After`` longer than the remaining budget is honoured by *not*
  retrying (the answer is returned at once) rather than by retrying earlier
  than the server asked;
* every attempt re-enters the client's auth flow with a pristine copy of the
  request (method, URL, headers, body bytes, extensions) snapshotted before
  the first attempt, so :class:`~modelarts_overlays.signing.AkSkAuth` signs
  each attempt afresh (new ``X-Sdk-Date``, new signature) instead of
  re-sending the first attempt's signature.  A request whose body is a stream
  that was not read yet cannot be replayed and is sent once;
* when retries run out, the last answer is returned (or the last transport
  error raised) as if no retry layer existed; responses that are retried are
  closed first.

Why the first attempt is sent before ``tenacity`` is involved: almost every
call succeeds at once, and building a ``Retrying`` per call (and importing
``tenacity`` and ``asyncio`` at all) cost more than signing the request.  Only
an answer or error that is retryable hands over to ``tenacity``, which then
sees that attempt as its first: the budget, the attempt count and the waits
are exactly as if it had run the first attempt itself.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, Final

import httpx

if TYPE_CHECKING:
    import tenacity
    from httpx._client import UseClientDefault
    from httpx._types import AuthTypes

__all__ = [
    "DEFAULT_TIMEOUT",
    "IDEMPOTENT_METHODS",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "RetryingAsyncClient",
    "RetryingClient",
    "allow_retry_on_post",
    "parse_retry_after",
]

_log = logging.getLogger(__name__)

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
"""Per-attempt timeouts: 10 s to connect, 30 s for each read/write/pool wait.

Why not httpx's 5 s default: list and create calls of ModelArts routinely take
several seconds, and a read timeout on a slow but healthy call would only
cause retries.  The total time of a call is bounded by the retry budget.
"""

IDEMPOTENT_METHODS: Final[frozenset[str]] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
"""Methods whose repetition has the same effect as one request (RFC 9110 9.2.2)."""

RETRYABLE_STATUSES: Final[frozenset[int]] = frozenset({429, 502, 503, 504})
"""Throttling and gateway failures: the request was most likely not processed."""

_UNFIXABLE_TRANSPORT_ERRORS: Final = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)

_RETRY_NON_IDEMPOTENT: ContextVar[bool] = ContextVar("modelarts_overlays.retry.allow_post", default=False)

_SECONDS_RE: Final = re.compile(r"\d+(?:\.\d+)?")


@contextmanager
def allow_retry_on_post() -> Iterator[None]:
    """Let requests sent inside the block be retried whatever their method.

    Why a context variable: the caller knows a given POST is safe to repeat
    (a read-only query, a create with a client token) but the call goes
    through generated code that takes no retry argument.  The permission is
    per thread and per asyncio task (tasks created inside the block inherit
    it); it covers PATCH too.
    """
    token = _RETRY_NON_IDEMPOTENT.set(True)
    try:
        yield
    finally:
        _RETRY_NON_IDEMPOTENT.reset(token)


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported when first needed: sync users never load ``asyncio``."""
    import asyncio

    await asyncio.sleep(seconds)


def parse_retry_after(value: str, now: datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` value, or ``None`` if unreadable.

    Accepts delay-seconds (a fraction too) and an HTTP date, which is
    measured from *now* (a past date means 0).
    """
    text = value.strip()
    if _SECONDS_RE.fullmatch(text):
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - now).total_seconds())


@dataclass(frozen=True)
class RetryPolicy:
    """What is retried, how often, how long to wait and for how long overall.

    ``sleep``, ``async_sleep``, ``random``, ``clock`` (monotonic seconds) and
    ``wall_clock`` (for ``Retry-After`` dates when the answer has no ``Date``)
    are injectable so tests run without waiting; they take no part in
    equality.
    """

    max_attempts: int = 4
    budget: float = 60.0
    """Total seconds, from the first attempt, within which retries must start."""
    backoff_base: float = 0.5
    backoff_cap: float = 20.0
    retry_statuses: frozenset[int] = RETRYABLE_STATUSES
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS
    retry_post: bool = False
    """Retry non-idempotent methods (POST, PATCH) too, for every call."""
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=_asyncio_sleep, compare=False, repr=False)
    random: Callable[[], float] = field(default=random.random, compare=False, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)
    wall_clock: Callable[[], datetime] = field(default=_utc_now, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.budget < 0 or self.backoff_base < 0 or self.backoff_cap < 0:
            raise ValueError("budget, backoff_base and backoff_cap must not be negative")
        # Normalise so that sets, lists and lower-case names work as input.
        object.__setattr__(self, "retry_statuses", frozenset(int(s) for s in self.retry_statuses))
        object.__setattr__(self, "idempotent_methods", frozenset(m.upper() for m in self.idempotent_methods))

    def allows(self, method: str) -> bool:
        """Whether a request with *method* may be sent more than once."""
        if self.max_attempts < 2:
            return False
        return method.upper() in self.idempotent_methods or self.retry_post or _RETRY_NON_IDEMPOTENT.get()

    def backoff(self, retry_number: int) -> float:
        """Full-jitter wait before retry number *retry_number* (1 = first retry)."""
        exponent = min(max(retry_number - 1, 0), 64)  # bounded: 2.0**1100 overflows
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0**exponent)
        return self.random() * ceiling

    def retry_after(self, response: httpx.Response) -> float | None:
        """The answer's ``Retry-After`` in seconds, ``None`` if absent or unreadable.

        An HTTP date is measured from the answer's own ``Date`` (server clock
        against server clock, so local clock skew does not matter), else from
        :attr:`wall_clock`.
        """
        value = response.headers.get("Retry-After")
        if value is None:
            return None
        now: datetime | None = None
        date = response.headers.get("Date")
        if date is not None:
            try:
                now = parsedate_to_datetime(date)
            except (TypeError, ValueError, IndexError):
                now = None
            if now is not None and now.tzinfo is None:
                now = now.replace(tzinfo=timezone.utc)
        return parse_retry_after(value, now or self.wall_clock())

    def is_retryable_response(self, response: httpx.Response) -> bool:
        return response.status_code in self.retry_statuses

    @staticmethod
    def is_retryable_error(error: BaseException) -> bool:
        return isinstance(error, httpx.TransportError) and not isinstance(error, _UNFIXABLE_TRANSPORT_ERRORS)


@dataclass(frozen=True)
class _Snapshot:
    """What is needed to rebuild the request exactly as the caller made it."""

    method: str
    url: httpx.URL
    headers: tuple[tuple[bytes, bytes], ...]
    content: bytes
    extensions: dict[str, Any]

    @classmethod
    def take(cls, request: httpx.Request) -> _Snapshot | None:
        """Snapshot *request*; ``None`` when its body is an unread stream."""
        try:
            content = request.content
        except httpx.RequestNotRead:
            return None
        return cls(request.method, request.url, tuple(request.headers.raw), content, dict(request.extensions))

    def build(self) -> httpx.Request:
        # A ByteStream (not content=) so httpx adds no default header: the
        # headers are replayed byte for byte, then the body is loaded.
        request = httpx.Request(
            self.method,
            self.url,
            headers=list(self.headers),
            stream=httpx.ByteStream(self.content),
            extensions=dict(self.extensions),
        )
        request.read()
        return request


class _Call:
    """The state of one retried call: tenacity's stop/wait/retry callbacks.

    Why per call: the budget is measured from the call's start, and the
    client is shared between threads and tasks.
    """

    def __init__(self, policy: RetryPolicy, request: httpx.Request, snapshot: _Snapshot) -> None:
        self.policy = policy
        self.snapshot = snapshot
        self.started = policy.clock()
        self._first: httpx.Request | None = request

    @property
    def _label(self) -> str:
        """Method and URL for the log, without the query string (not needed to follow retries)."""
        return f"{self.snapshot.method} {self.snapshot.url.copy_with(query=None, fragment=None)}"

    def next_request(self) -> httpx.Request:
        """The caller's request for the first attempt, a pristine copy after."""
        first, self._first = self._first, None
        return first if first is not None else self.snapshot.build()

    def should_retry(self, state: tenacity.RetryCallState) -> bool:
        outcome = state.outcome
        if outcome is None:
            return False
        if outcome.failed:
            error = outcome.exception()
            return error is not None and self.policy.is_retryable_error(error)
        response: httpx.Response = outcome.result()
        return self.policy.is_retryable_response(response)

    def wait(self, state: tenacity.RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            delay = self.policy.retry_after(outcome.result())
            if delay is not None:
                return delay
        return self.policy.backoff(state.attempt_number)

    def stop(self, state: tenacity.RetryCallState) -> bool:
        if state.attempt_number >= self.policy.max_attempts:
            return True
        elapsed = self.policy.clock() - self.started
        return elapsed + (state.upcoming_sleep or 0.0) > self.policy.budget

    def _discarded(self, state: tenacity.RetryCallState) -> httpx.Response | None:
        outcome = state.outcome
        if outcome is None or outcome.failed:
            cause = type(outcome.exception()).__name__ if outcome is not None else "?"
            response = None
        else:
            response = outcome.result()
            cause = f"HTTP {response.status_code}"
        _log.info(
            "retrying %s after %s (attempt %d of %d) in %.2f s",
            self._label,
            cause,
            state.attempt_number + 1,
            self.policy.max_attempts,
            state.upcoming_sleep,
        )
        return response

    def before_sleep(self, state: tenacity.RetryCallState) -> None:
        """Close the answer being replaced so its connection returns to the pool."""
        response = self._discarded(state)
        if response is not None:
            response.close()

    async def before_sleep_async(self, state: tenacity.RetryCallState) -> None:
        response = self._discarded(state)
        if response is not None:
            await response.aclose()

    def give_up(self, state: tenacity.RetryCallState) -> Any:
        """Out of attempts or budget: the last response, or re-raise the last error."""
        if state.attempt_number > 1:
            _log.info("giving up on %s after %d attempts", self._label, state.attempt_number)
        if state.outcome is None:  # tenacity only gives up after an attempt
            raise RuntimeError("retry stopped before any attempt")
        return state.outcome.result()

    def options(self) -> dict[str, Any]:
        return {
            "stop": self.stop,
            "wait": self.wait,
            "retry": self.should_retry,
            "retry_error_callback": self.give_up,
        }


class _First:
    """The outcome of the attempt sent before ``tenacity`` took over, replayed as its attempt 1."""

    def __init__(self, *, response: httpx.Response | None = None, error: Exception | None = None) -> None:
        self._response, self._error, self._pending = response, error, True

    def take(self) -> httpx.Response | None:
        """The first outcome once (returned, or raised), then ``None``: send a new attempt."""
        if not self._pending:
            return None
        self._pending = False
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        return self._response


def _plan(policy: RetryPolicy, request: httpx.Request) -> _Call | None:
    if not policy.allows(request.method):
        return None
    snapshot = _Snapshot.take(request)
    return None if snapshot is None else _Call(policy, request, snapshot)


class RetryingClient(httpx.Client):
    """``httpx.Client`` whose :meth:`send` retries under a :class:`RetryPolicy`.

    Takes every ``httpx.Client`` keyword; ``timeout`` defaults to
    :data:`DEFAULT_TIMEOUT`.  ``request()``, ``get()``, ... and the
    generated client all go through :meth:`send`.
    """

    def __init__(self, *, retry: RetryPolicy | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        super().__init__(**kwargs)
        self.retry = retry or RetryPolicy()

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send *request*, re-sending a pristine copy while the policy allows."""
        call = _plan(self.retry, request)
        if call is None:
            return super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        send_once = super().send
        try:
            response = send_once(call.next_request(), stream=stream, auth=auth, follow_redirects=follow_redirects)
        except Exception as error:
            if not self.retry.is_retryable_error(error):
                raise
            first = _First(error=error)
        else:
            if not self.retry.is_retryable_response(response):
                return response
            first = _First(response=response)

        def attempt() -> httpx.Response:
            replayed = first.take()
            if replayed is not None:
                return replayed
            return send_once(call.next_request(), stream=stream, auth=auth, follow_redirects=follow_redirects)

        import tenacity

        retrying = tenacity.Retrying(sleep=self.retry.sleep, before_sleep=call.before_sleep, **call.options())
        retried: httpx.Response = retrying(attempt)
        return retried


class RetryingAsyncClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` twin of :class:`RetryingClient`."""

    def __init__(self, *, retry: RetryPolicy | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        super().__init__(**kwargs)
        self.retry = retry or RetryPolicy()

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        """Send *request*, re-sending a pristine copy while the policy allows."""
        call = _plan(self.retry, request)
        if call is None:
            return await super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
        send_once = super().send
        try:
            response = await send_once(call.next_request(), stream=stream, auth=auth, follow_redirects=follow_redirects)
        except Exception as error:
            if not self.retry.is_retryable_error(error):
                raise
            first = _First(error=error)
        else:
            if not self.retry.is_retryable_response(response):
                return response
            first = _First(response=response)

        async def attempt() -> httpx.Response:
            replayed = first.take()
            if replayed is not None:
                return replayed
            return await send_once(call.next_request(), stream=stream, auth=auth, follow_redirects=follow_redirects)

        import tenacity

        retrying = tenacity.AsyncRetrying(
            sleep=self.retry.async_sleep, before_sleep=call.before_sleep_async, **call.options()
        )
        retried: httpx.Response = await retrying(attempt)
        return retried
